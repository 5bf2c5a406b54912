import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { mentionInDraft, mentionTopics, shortenDraft } from '../../src/domain/chat';
import { groundReply, markFindings } from '../../src/domain/chat';
import { goalsByLevel, indicatorsBy, linkTo, matchGoal, nearby, recogniseIntent, seriesOf } from '../../src/domain/chat';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { demoFile } from '../helpers/app';

function demo(name: 'vb-2022' | 'vp-2026'): ReportDocument {
  const parsed = parseReportDocument(demoFile(name));
  if (!parsed.ok) throw new Error('demo data invalid');
  return parsed.doc;
}
const vb = demo('vb-2022');
const vp = demo('vp-2026');

describe('recognising the common requests', () => {
  it.each([
    ['Hur gick det med sjukfrånvaron?', { kind: 'indicator', goalId: 'g2', indicatorId: 'sjukfranvaro-totalt' }],
    ['hur gick det med sjukfranvaron', { kind: 'indicator', goalId: 'g2', indicatorId: 'sjukfranvaro-totalt' }],
    ['vad blev nettokostnaden', { kind: 'indicator', goalId: 'g1', indicatorId: 'nettokostnad-individ-och-familjeomsorg' }],
    ['Hur går det med fordonen?', { kind: 'indicator', goalId: 'g5' }],
    ['Hur bedöms målet om attraktiv arbetsgivare?', { kind: 'goal', goalId: 'g2' }],
    ['Hur bedoms malet om attraktiv arbetsgivare', { kind: 'goal', goalId: 'g2' }],
    ['mål 2', { kind: 'goal', goalId: 'g2' }],
    ['andra målet', { kind: 'goal', goalId: 'g2' }],
    ['Hur gick det för målet om klimatet?', { kind: 'goal', goalId: 'g5' }],
    ['Vilka mål finns?', { kind: 'list_goals' }],
    ['hjälp', { kind: 'help' }],
    ['Vad är klockan?', { kind: 'unknown' }],
  ])('%s', (message, expected) => {
    expect(recogniseIntent(message, vb)).toMatchObject(expected);
  });

  it('splits a drafting request into the goal and the wishes', () => {
    for (const message of [
      'Skriv en motivering för målet om attraktiv arbetsgivare och nämn medarbetarenkäten',
      'Skriv en motivering för målet om attraktiv arbetsgivare, nämn medarbetarenkäten.',
    ]) {
      expect(recogniseIntent(message, vb)).toEqual({
        kind: 'draft',
        goalId: 'g2',
        candidates: [],
        shorter: false,
        instructions: 'nämn medarbetarenkäten',
      });
    }
    expect(recogniseIntent('Skriv ett utkast för mål 3', vb)).toMatchObject({ kind: 'draft', goalId: 'g3' });
  });

  it('takes the goal in play for "den": shorter, send to review', () => {
    const ctx = { goalInPlay: 'g2', lastInstructions: 'nämn medarbetarenkäten' };
    expect(recogniseIntent('Gör den kortare', vb, ctx)).toMatchObject({
      kind: 'draft',
      goalId: 'g2',
      shorter: true,
      instructions: 'nämn medarbetarenkäten',
    });
    expect(recogniseIntent('Skicka den till granskning', vb, ctx)).toMatchObject({ kind: 'propose', goalId: 'g2' });
    expect(recogniseIntent('Skicka den till granskning', vb)).toMatchObject({ kind: 'propose', goalId: null });
  });

  it('reads a text to check after "Kontrollera:", with the goal named or the one the text is about', () => {
    expect(recogniseIntent('Kontrollera: Sjukfrånvaron var 9,1 procent.', vb)).toEqual({
      kind: 'check',
      text: 'Sjukfrånvaron var 9,1 procent.',
      goalId: 'g2',
      inferred: true,
    });
    expect(recogniseIntent('Kontrollera: Andelen var 9,1 procent.', vb)).toEqual({
      kind: 'check',
      text: 'Andelen var 9,1 procent.',
      goalId: null,
    });
    expect(recogniseIntent('Kontrollera mot mål 2:\nSjukfrånvaron var 7,8 procent.', vb)).toEqual({
      kind: 'check',
      text: 'Sjukfrånvaron var 7,8 procent.',
      goalId: 'g2',
    });
  });

  it('names the candidates when a name fits several goals', () => {
    expect(matchGoal(vb, 'ekonomisk hållbarhet')).toEqual({ goalId: null, candidates: ['g1', 'g2'] });
  });

  it('works on another report of the same organisation', () => {
    expect(recogniseIntent('Hur gick det med sjukfrånvaron?', vp)).toMatchObject({ kind: 'indicator', goalId: 'g7' });
    expect(recogniseIntent('HME?', vp)).toMatchObject({ kind: 'indicator', indicatorId: 'hallbart-medarbetarengagemang-hme-totalt-index' });
  });
});

describe('offline wishes on a draft', () => {
  const draft =
    'Sjukfrånvaro totalt uppgick till 7,8 procent 2022. Därmed nås inte etappmålet om 6,5 procent. Nämndens samlade bedömning är att målet är ej uppfyllt.';

  it('adds the goal’s own note on a topic asked for, before the closing sentence', () => {
    expect(mentionTopics('nämn medarbetarenkäten och lyft fram personalomsättningen')).toEqual([
      'medarbetarenkäten',
      'personalomsättningen',
    ]);
    const out = mentionInDraft(vb, 'g2', draft, ['medarbetarenkäten', 'solenergi']);
    expect(out.text).toMatch(/6,5 procent\. I årets medarbetarenkät har .* föregående år\. Nämndens samlade bedömning/);
    expect(out.missing).toEqual(['solenergi']);
  });

  it('shortens to the opening and the closing sentence', () => {
    const long = `${draft.replace(' Nämndens', ' Den totala sjukfrånvaron har ökat. Korttidsfrånvaron har ökat. Nämndens')}`;
    expect(shortenDraft(long)).toBe(
      'Sjukfrånvaro totalt uppgick till 7,8 procent 2022. Nämndens samlade bedömning är att målet är ej uppfyllt.',
    );
  });
});

describe('grounding a reply', () => {
  const assessment = assessReport(vb);

  it('marks an invented figure after it and lists it; backed figures stay as written', () => {
    const out = groundReply(vb, assessment, 'Sjukfrånvaron var 9,4 procent 2022, över etappmålet 6,5 procent.', ['g2']);
    expect(out.text.startsWith('Sjukfrånvaron var 9,4 procent ⚠ 2022, över etappmålet 6,5 procent.')).toBe(true);
    expect(out.text).toContain('«9,4 procent»');
    expect(out.findings.map((f) => out.text.slice(f.start, f.end))).toEqual(['9,4 procent']);
  });

  it('grounds a figure against any goal when none is in play', () => {
    expect(groundReply(vb, assessment, 'Sjukfrånvaron var 7,8 procent och fordonsandelen 47,4 procent.', []).findings).toEqual([]);
    expect(groundReply(vb, assessment, 'Andelen var 987,6 procent.', []).findings).toHaveLength(1);
  });

  it('moves finding offsets past the marks put in before them', () => {
    const f = (start: number, end: number) => ({
      severity: 'error' as const,
      code: 'wrong_value' as const,
      message: 'x',
      start,
      end,
      facts: [],
    });
    const out = markFindings('a 1 b 2 c', [f(2, 3), f(6, 7)]);
    expect(out.text).toBe('a 1 ⚠ b 2 ⚠ c');
    expect(out.findings.map((x) => out.text.slice(x.start, x.end))).toEqual(['1', '2']);
  });
});

describe('questions the chat answers from the report alone', () => {
  it.each([
    ['Vilka mål är inte uppfyllda?', { kind: 'filter_goals', filter: 'not_met' }],
    ['vilka mål nås inte', { kind: 'filter_goals', filter: 'not_met' }],
    ['Vilka mål är delvis uppfyllda?', { kind: 'filter_goals', filter: 'partly' }],
    ['Vilka mål är uppfyllda?', { kind: 'filter_goals', filter: 'met' }],
    ['Vilka indikatorer har försämrats?', { kind: 'filter_indicators', filter: 'worsened' }],
    ['vilka indikatorer har blivit bättre', { kind: 'filter_indicators', filter: 'improved' }],
    ['Vilka indikatorer når inte etappmålet?', { kind: 'filter_indicators', filter: 'not_met' }],
    ['Vilka indikatorer saknar utfall?', { kind: 'filter_indicators', filter: 'missing' }],
    ['Hur har sjukfrånvaron utvecklats över åren?', { kind: 'indicator', goalId: 'g2', indicatorId: 'sjukfranvaro-totalt', series: true }],
    ['Hur gick det med hemlösheten?', { kind: 'no_match', topic: 'hemlösheten' }],
    ['Vilka mål finns?', { kind: 'list_goals' }],
  ])('«%s»', (message, expected) => {
    expect(recogniseIntent(message, vb)).toMatchObject(expected);
  });

  it('finds the goals by final level and the indicators by trend, from the assessment', () => {
    const a = assessReport(vb);
    expect(goalsByLevel(vb, a, 'not_met').map((g) => g.goalId)).toEqual(a.goals.filter((g) => g.level === 'ej').map((g) => g.goalId));
    expect(goalsByLevel(vb, a, 'not_met').length).toBeGreaterThan(0);
    const worse = indicatorsBy(a, 'worsened');
    expect(worse.map((x) => x.a.indicatorId)).toContain(
      'brukarbedomning-barn-och-ungdomsvard-ifo-vardnadshavare-forbattrad-situation-andel',
    );
    expect(worse.every((x) => x.a.trend === 'worsened')).toBe(true);
  });

  it('gives every year of a series, also when this year’s value is missing, and what exists near an uncovered topic', () => {
    const ind = vb.goals[0]!.indicators[0]!;
    expect(seriesOf(ind).map((p) => [p.period, p.value])).toEqual(ind.values.map((v) => [v.period, v.value]).sort());
    const near = nearby(vb, 'nettokostnaderna inom äldreomsorgen');
    expect(near[0]!.url).toMatch(/^\/rapporter\/vb-2022\/mal\/g1/);
    expect(nearby(vb, 'korttidsfrånvaron').map((l) => l.indicatorId)).toContain('sjukfranvaro-totalt');
    expect(nearby(vb, 'hemlösheten')).toEqual([]);
    expect(linkTo(vb, 'g2', 'sjukfranvaro-totalt')).toBe('/rapporter/vb-2022/mal/g2#indikator-sjukfranvaro-totalt');
  });
});
