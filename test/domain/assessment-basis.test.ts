import { describe, expect, it } from 'vitest';
import { assessReport, rulesForScale } from '../../src/domain/assessment';
import { levelsBestFirst, scaleOf, parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { demoFile } from '../helpers/app';

/** vb-2022 with g5's etappmål taken away (and every other goal's too when `all`): nothing left to judge there. */
function withoutTargets(goalIds: string[]): ReportDocument {
  const raw = demoFile('vb-2022') as { goals: { id: string; indicators: { targets: unknown[] }[] }[] };
  for (const g of raw.goals) if (goalIds.includes(g.id)) for (const i of g.indicators) i.targets = [];
  const parsed = parseReportDocument(raw);
  if (!parsed.ok) throw new Error('bad test data');
  return parsed.doc;
}

describe('what a computed level rests on', () => {
  it('says basis "none" where no etappmål can be judged, with the scale’s cannot-assess level as the computed one', () => {
    const doc = withoutTargets(['g5']);
    const a = assessReport(doc);
    const g5 = a.goals.find((g) => g.goalId === 'g5')!;
    expect(g5.basis).toBe('none');
    const cannot = levelsBestFirst(scaleOf(doc))[rulesForScale(scaleOf(doc)).cannotAssessPosition]!;
    expect(g5.computedLevel).toBe(cannot.id);
    expect(a.goals.find((g) => g.goalId === 'g2')!.basis).toBe('outcomes');
  });

  it('leaves such a goal out of the roll-ups until an official sets its level', () => {
    const doc = withoutTargets(['g5']);
    const without = assessReport(doc);
    const area = without.areas.find((x) => x.goals.includes('g5'))!;
    expect(area.goals).toEqual(['g5']);
    // The area has only g5: with nothing counted it falls back to the cannot-assess level, and the report's level ignores g5.
    const others = assessReport(doc).goals.filter((g) => g.goalId !== 'g5');
    const docOthers = { ...doc, goals: doc.goals.filter((g) => g.id !== 'g5') };
    expect(without.overall).toEqual(assessReport(docOthers).overall);
    expect(others.length).toBe(4);

    const set = assessReport(doc, [
      { goalId: 'g5', level: 'ej', reason: 'Inga fordon byttes.', by: 'Handläggare Anna', at: '2023-01-10T10:00:00Z' },
    ]);
    expect(set.areas.find((x) => x.key === area.key)!.level).toBe('ej');
  });
});
