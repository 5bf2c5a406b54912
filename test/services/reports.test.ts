import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/lib/errors';
import { getAssessedGoal, getAssessedReport, getReport, importReportFor, setFinalLevel } from '../../src/services';
import { demoDoc, makeTestDb, principal } from '../helpers/db';

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.close());

const editor = principal('editor');

describe('loading and assessing a report', () => {
  it('gives the stored report of the caller’s organisation, and a not-found naming it to another organisation', async () => {
    await importReportFor(t.db, editor, demoDoc('load-1'));
    const { doc } = await getReport(t.db, editor, 'load-1');
    expect(doc.report.id).toBe('load-1');
    const err = await getReport(t.db, principal('editor', 'another-org'), 'load-1').catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'not_found' });
    expect(err.message).toContain('"load-1"');
  });

  it('assesses with the official’s final level, and the computed level beside it', async () => {
    await importReportFor(t.db, editor, demoDoc('load-2'));
    const before = await getAssessedGoal(t.db, editor, 'load-2', 'g2');
    expect(before.goalAssessment.level).toBe(before.goalAssessment.computedLevel);
    const other = before.doc.scale!.levels.find((l) => l.id !== before.goalAssessment.level)!.id;
    await setFinalLevel(t.db, editor, {
      reportId: 'load-2',
      goalId: 'g2',
      level: other,
      reason: 'Medarbetarenkäten visar en tydlig förbättring.',
    });
    const after = await getAssessedReport(t.db, editor, 'load-2');
    const g2 = after.assessment.goals.find((g) => g.goalId === 'g2')!;
    expect(g2.level).toBe(other);
    expect(g2.computedLevel).toBe(before.goalAssessment.computedLevel);
  });

  it('never shows old figures after a re-import', async () => {
    await importReportFor(t.db, editor, demoDoc('load-3', 7.8));
    const first = await getReport(t.db, editor, 'load-3');
    const again = await getReport(t.db, editor, 'load-3');
    expect(again.doc).toBe(first.doc); // unchanged revision: the document is not rebuilt
    await importReportFor(t.db, editor, demoDoc('load-3', 5.1));
    const { doc } = await getReport(t.db, editor, 'load-3');
    const value = doc.goals[1]!.indicators[0]!.values.find((v) => v.period === '2022')!.value;
    expect(value).toBe(5.1);
  });

  it('names a goal the report does not have', async () => {
    await importReportFor(t.db, editor, demoDoc('load-4'));
    await expect(getAssessedGoal(t.db, editor, 'load-4', 'g99')).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('"g99"'),
    });
  });
});

describe('importing a report', () => {
  it('refuses a document of another organisation and stores nothing', async () => {
    const err = await importReportFor(t.db, principal('editor', 'another-org'), demoDoc('import-1')).catch((e) => e);
    expect(err).toMatchObject({ code: 'forbidden' });
    await expect(getReport(t.db, editor, 'import-1')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('says whether the report was created, and bumps the revision on a re-import', async () => {
    const created = await importReportFor(t.db, editor, demoDoc('import-2'));
    expect(created).toMatchObject({ created: true, revision: 1, staleSuggestions: [] });
    const updated = await importReportFor(t.db, editor, demoDoc('import-2', 6.0));
    expect(updated).toMatchObject({ created: false, revision: 2 });
  });
});
