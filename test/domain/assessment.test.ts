/** @module Tests of the assessment engine: indicator judgements, proposed levels on each default scale, overrides, roll-ups and the Swedish rationale. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byPeriod, proposeLevel, type LevelEvidence } from '../../src/domain/assessment';
import {
  assessGoal,
  assessIndicator,
  assessReport,
  rulesForScale,
  validateOverride,
  type LevelOverride,
} from '../../src/domain/assessment';
import { comparePeriods, parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';

type LevelsInput = NonNullable<ReportInput['scale']>['levels'];
type GoalInput = ReportInput['goals'][number];
type IndicatorInput = NonNullable<GoalInput['indicators']>[number];

const THREE: LevelsInput = [
  { id: 'uppfyllt', label: 'Uppfyllt', rank: 3 },
  { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
  { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
];
const FOUR: LevelsInput = [
  { id: 'helt', label: 'Helt uppfyllt', rank: 4 },
  { id: 'hog', label: 'I hög grad uppfyllt', rank: 3 },
  { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
  { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
];
// Given worst first on purpose: the engine must go by rank, not by order or label.
const GODTAGBAR: LevelsInput = [
  { id: 'ej-godtagbar', label: 'Ej godtagbar', rank: 10 },
  { id: 'godtagbar', label: 'Godtagbar', rank: 20 },
  { id: 'god', label: 'God', rank: 30 },
  { id: 'mycket-god', label: 'Mycket god', rank: 40 },
];

/** Best first: [top, second, ..., bottom]; `middle` is the default "cannot assess" level. */
const SCALES = [
  { name: 'Uppfyllt / Delvis / Ej (3 nivåer)', levels: THREE, top: 'uppfyllt', second: 'delvis', bottom: 'ej', middle: 'delvis' },
  { name: 'Helt / I hög grad / Delvis / Ej (4 nivåer)', levels: FOUR, top: 'helt', second: 'hog', bottom: 'ej', middle: 'delvis' },
  {
    name: 'Mycket god / God / Godtagbar / Ej godtagbar',
    levels: GODTAGBAR,
    top: 'mycket-god',
    second: 'god',
    bottom: 'ej-godtagbar',
    middle: 'godtagbar',
  },
] as const;

function makeDoc(levels: LevelsInput, goals: GoalInput[], year = 2022): ReportDocument {
  const input: ReportInput = {
    schema: 'report-data/v1',
    organisation: { id: 'test-namnd', name: 'Testnämnden' },
    report: { id: 'r1', kind: 'verksamhetsberattelse', year },
    scale: { id: 'testskala', levels },
    goals,
  };
  const parsed = parseReportDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}

let seq = 0;
/** An indicator; `values` maps period to value, `target` is a number or a direction. */
function ind(
  values: Record<string, number | null>,
  target?: number | 'increase' | 'decrease',
  opts: Partial<Pick<IndicatorInput, 'better' | 'unit' | 'name' | 'id'>> & { targetPeriod?: string } = {},
): IndicatorInput {
  seq += 1;
  return {
    id: opts.id ?? `i${seq}`,
    name: opts.name ?? `Indikator ${seq}`,
    better: opts.better ?? 'higher',
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    values: Object.entries(values).map(([period, value]) => ({ period, value })),
    targets:
      target === undefined
        ? []
        : [
            typeof target === 'number'
              ? { period: opts.targetPeriod ?? '2022', kind: 'etappmal' as const, value: target }
              : { period: opts.targetPeriod ?? '2022', kind: 'etappmal' as const, change: target },
          ],
  };
}

const met = () => ind({ '2021': 50, '2022': 60 }, 55);
const metFlat = () => ind({ '2022': 60 }, 55);
const notMet = () => ind({ '2021': 50, '2022': 50 }, 55);
const notMetFlat = () => ind({ '2022': 50 }, 55);
const missing = () => ind({ '2021': 50, '2022': null }, 55);
const improvedNoTarget = () => ind({ '2021': 1, '2022': 2 });
const worsenedNoTarget = () => ind({ '2021': 2, '2022': 1 });

function goal(id: string, indicators: IndicatorInput[], extra: Partial<GoalInput> = {}): GoalInput {
  return { id, title: `Mål ${id}`, indicators, ...extra };
}

function assessOne(levels: LevelsInput, indicators: IndicatorInput[], year = 2022) {
  const doc = makeDoc(levels, [goal('g', indicators)], year);
  return assessGoal(doc.goals[0]!, doc);
}

/** Swedish numbers use no-break spaces between thousands; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('assessIndicator', () => {
  it('meets a higher-is-better etappmål when the outcome reaches it, equal included', () => {
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [ind({ '2022': 83 }, 83)])]).goals[0]!.indicators[0]!, 2022);
    expect(a.status).toBe('met');
    expect(a.distance).toBe(0);
    const b = assessIndicator(makeDoc(FOUR, [goal('g', [ind({ '2022': 82.9 }, 83)])]).goals[0]!.indicators[0]!, 2022);
    expect(b.status).toBe('not_met');
  });

  it('misses a lower-is-better etappmål when the outcome is above it, with change and distance free of float noise', () => {
    const doc = makeDoc(FOUR, [goal('g', [ind({ '2020': 8, '2021': 7, '2022': 7.8 }, 6.5, { better: 'lower', unit: '%' })])]);
    const a = assessIndicator(doc.goals[0]!.indicators[0]!, 2022);
    expect(a).toMatchObject({ period: '2022', outcome: 7.8, previousPeriod: '2021', previous: 7, status: 'not_met', trend: 'worsened' });
    expect(a.change).toBe(0.8);
    expect(a.distance).toBe(1.3);
    expect(a.target).toEqual({ period: '2022', kind: 'etappmal', value: 6.5 });
  });

  it('meets a lower-is-better etappmål when the outcome is below it, negative values included', () => {
    const doc = makeDoc(FOUR, [goal('g', [ind({ '2021': -16.8, '2022': -22.1 }, -16.8, { better: 'lower' })])]);
    const a = assessIndicator(doc.goals[0]!.indicators[0]!, 2022);
    expect(a.status).toBe('met');
    expect(a.trend).toBe('improved');
    expect(a.distance).toBe(-5.3);
  });

  it('meets a "Minska" target only when the outcome fell below the previous period', () => {
    const judge = (v2022: number) =>
      assessIndicator(
        makeDoc(FOUR, [goal('g', [ind({ '2021': 3926, '2022': v2022 }, 'decrease', { better: 'lower' })])]).goals[0]!.indicators[0]!,
        2022,
      );
    expect(judge(3804).status).toBe('met');
    expect(judge(3926).status).toBe('not_met');
    expect(judge(4000).status).toBe('not_met');
    expect(judge(3804).distance).toBeNull();
  });

  it('meets an "Öka" target only when the outcome rose, whatever direction counts as better', () => {
    const judge = (v2022: number) =>
      assessIndicator(
        makeDoc(FOUR, [goal('g', [ind({ '2021': 10, '2022': v2022 }, 'increase', { better: 'lower' })])]).goals[0]!.indicators[0]!,
        2022,
      );
    expect(judge(11).status).toBe('met');
    expect(judge(11).trend).toBe('worsened');
    expect(judge(9).status).toBe('not_met');
  });

  it('cannot judge a direction target without an earlier value', () => {
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [ind({ '2022': 5 }, 'decrease')])]).goals[0]!.indicators[0]!, 2022);
    expect(a.status).toBe('missing');
    expect(a.outcomeNote).toMatch(/Jämförelsevärde saknas/);
  });

  it('calls a trend unchanged when the values are equal at the precision they are printed with', () => {
    const judge = (values: Record<string, number>) =>
      assessIndicator(makeDoc(FOUR, [goal('g', [ind(values, 50)])]).goals[0]!.indicators[0]!, 2022);
    expect(judge({ '2021': 47.4, '2022': 47.4 }).trend).toBe('unchanged');
    expect(judge({ '2021': 0.3, '2022': 0.1 + 0.2 }).trend).toBe('unchanged');
    expect(judge({ '2021': 0.3, '2022': 0.1 + 0.2 }).change).toBe(0);
    expect(judge({ '2021': 4.2, '2022': 4.25 }).trend).toBe('improved');
  });

  it('uses the latest month period of the year when there is no full-year value, compared with the same month a year earlier', () => {
    const doc = makeDoc(
      FOUR,
      [goal('g', [ind({ '2024': 6, '2024-08': 5.1, '2025-03': 5.5, '2025-08': 5.7 }, 5, { better: 'lower', targetPeriod: '2025' })])],
      2025,
    );
    const a = assessIndicator(doc.goals[0]!.indicators[0]!, 2025);
    expect(a).toMatchObject({
      period: '2025-08',
      outcome: 5.7,
      previousPeriod: '2024-08',
      previous: 5.1,
      status: 'not_met',
      trend: 'worsened',
    });
  });

  it('compares a month outcome with the latest full year when the same month last year is absent', () => {
    const doc = makeDoc(FOUR, [goal('g', [ind({ '2024': 6, '2025-08': 5.7 }, 6, { better: 'lower', targetPeriod: '2025' })])], 2025);
    const a = assessIndicator(doc.goals[0]!.indicators[0]!, 2025);
    expect(a).toMatchObject({ period: '2025-08', previousPeriod: '2024', status: 'met', trend: 'improved' });
  });

  it('prefers the full-year value to month values, and a month value to a full year that is null', () => {
    const both = makeDoc(FOUR, [goal('g', [ind({ '2025-08': 4, '2025': 7 }, 5)])], 2025);
    expect(assessIndicator(both.goals[0]!.indicators[0]!, 2025)).toMatchObject({ period: '2025', outcome: 7 });
    const nullYear = makeDoc(FOUR, [goal('g', [ind({ '2025-08': 4, '2025': null }, 5)])], 2025);
    expect(assessIndicator(nullYear.goals[0]!.indicators[0]!, 2025)).toMatchObject({ period: '2025-08', outcome: 4 });
  });

  it('compares a full-year outcome with the previous full year, not with a month of the same year', () => {
    const doc = makeDoc(FOUR, [goal('g', [ind({ '2021': 10, '2022-08': 30, '2022': 20 }, 15)])]);
    expect(assessIndicator(doc.goals[0]!.indicators[0]!, 2022)).toMatchObject({ previousPeriod: '2021', previous: 10, change: 10 });
  });

  it('reports a missing outcome with its note and keeps the latest earlier value for comparison', () => {
    const input = ind({ '2020': -16.8, '2021': -22.1 }, -16.8, { better: 'lower' });
    input.values!.push({ period: '2022', value: null, note: 'Publiceras sommaren 2023' });
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [input])]).goals[0]!.indicators[0]!, 2022);
    expect(a).toMatchObject({
      period: '2022',
      outcome: null,
      outcomeNote: 'Publiceras sommaren 2023',
      previousPeriod: '2021',
      previous: -22.1,
      status: 'missing',
      trend: 'unknown',
      change: null,
      distance: null,
    });
  });

  it('has period null when the year has no entry at all, and ignores later years', () => {
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [ind({ '2021': 5, '2023': 9 }, 4)])]).goals[0]!.indicators[0]!, 2022);
    expect(a).toMatchObject({ period: null, outcome: null, status: 'missing', previousPeriod: '2021', previous: 5 });
  });

  it('marks an indicator without etappmål as no_target even when it has an outcome', () => {
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [improvedNoTarget()])]).goals[0]!.indicators[0]!, 2022);
    expect(a.status).toBe('no_target');
    expect(a.trend).toBe('improved');
    expect(a.target).toBeNull();
  });

  it("takes the report year's etappmål, else the latest earlier one, and keeps the målvärde as the long-term target", () => {
    const input = ind({ '2022': 70 }, undefined);
    input.targets = [
      { period: '2021', kind: 'etappmal', value: 60 },
      { period: '2023', kind: 'etappmal', value: 80 },
      { period: '2030', kind: 'malvarde', value: 100 },
    ];
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [input])]).goals[0]!.indicators[0]!, 2022);
    expect(a.target).toEqual({ period: '2021', kind: 'etappmal', value: 60 });
    expect(a.longTermTarget).toEqual({ period: '2030', value: 100 });
    expect(a.status).toBe('met');
  });

  it('judges against a målvärde that has come due when there is no etappmål', () => {
    const input = ind({ '2025': 95 }, undefined);
    input.targets = [{ period: '2025', kind: 'malvarde', value: 100 }];
    const a = assessIndicator(makeDoc(FOUR, [goal('g', [input])], 2025).goals[0]!.indicators[0]!, 2025);
    expect(a.target).toMatchObject({ kind: 'malvarde', value: 100 });
    expect(a.status).toBe('not_met');
  });
});

describe.each(SCALES)('assessGoal on the scale $name', (s) => {
  it('proposes the top level when every etappmål is met', () => {
    const a = assessOne(s.levels, [met(), met(), metFlat()]);
    expect(a.computedLevel).toBe(s.top);
    expect(a.level).toBe(s.top);
    expect(a.counts).toMatchObject({ indicators: 3, withTarget: 3, met: 3, notMet: 0, missing: 0, improved: 2 });
  });

  it('proposes the bottom level when no etappmål is met', () => {
    expect(assessOne(s.levels, [notMet(), notMetFlat(), notMetFlat()]).computedLevel).toBe(s.bottom);
  });

  it('proposes a level between when some etappmål are met and the trends are mixed', () => {
    const a = assessOne(s.levels, [metFlat(), notMetFlat()]);
    expect(a.computedLevel).toBe(s.middle);
    expect(a.counts).toMatchObject({ met: 1, notMet: 1 });
  });

  it('withholds the top level while an outcome is missing, and says so', () => {
    const a = assessOne(s.levels, [met(), met(), missing()]);
    expect(a.computedLevel).toBe(s.second);
    expect(a.counts.missing).toBe(1);
    expect(a.rationale).toMatch(/Utfall för 2022 saknas/);
    expect(a.rationale).toMatch(/kan inte föreslås när utfall saknas/);
  });

  it('leaves indicators without etappmål out of the share met', () => {
    const a = assessOne(s.levels, [met(), met(), worsenedNoTarget(), worsenedNoTarget()]);
    expect(a.computedLevel).toBe(s.top);
    expect(a.counts).toMatchObject({ withTarget: 2, noTarget: 2, met: 2 });
  });

  it('gives the middle level and says it cannot assess when every outcome is missing with no history', () => {
    const a = assessOne(s.levels, [ind({ '2022': null }, 5), ind({}, 5)]);
    expect(a.computedLevel).toBe(s.middle);
    expect(a.rationale).toMatch(/kan inte bedömas fullt ut/);
  });

  it('judges the latest known outcomes when none exists for the year, never at the top', () => {
    const a = assessOne(s.levels, [
      ind({ '2021': -22.1, '2022': null }, -16.8, { better: 'lower' }),
      ind({ '2020': 3926, '2021': 3804 }, 'decrease', { better: 'lower' }),
    ]);
    expect(a.computedLevel).toBe(s.second);
    expect(a.rationale).toMatch(/senast kända utfall: 2 av 2 etappmål nås/);
  });

  it('gives the middle level to a goal whose indicators have no etappmål and mixed trends', () => {
    expect(assessOne(s.levels, [improvedNoTarget(), worsenedNoTarget()]).computedLevel).toBe(s.middle);
  });

  it('reads direction targets: "Minska" met counts as met, not met counts against', () => {
    const down = (v: number) => ind({ '2021': 100, '2022': v }, 'decrease', { better: 'lower' });
    expect(assessOne(s.levels, [down(90), down(80)]).computedLevel).toBe(s.top);
    expect(assessOne(s.levels, [down(110), down(100)]).computedLevel).toBe(s.bottom);
  });

  it('maps levels by rank, so the labels of the scale come back', () => {
    const a = assessOne(s.levels, [met(), met()]);
    expect(a.computedLabel).toBe(s.levels.find((l) => l.id === s.top)!.label);
    expect(a.label).toBe(a.computedLabel);
  });
});

describe('assessGoal adjustments', () => {
  it('lifts a borderline share one step when most indicators improved (4 levels)', () => {
    // 2 of 4 met sits at the middle of the Delvis band [1/3, 2/3); 3 of 4 trends improved.
    const a = assessOne(FOUR, [met(), met(), ind({ '2021': 40, '2022': 50 }, 55), notMetFlat()]);
    expect(a.computedLevel).toBe('hog');
    expect(a.rationale).toMatch(/3 av 3 indikatorer med jämförbart utfall har förbättrats/);
    expect(a.rationale).toMatch(/höjs ett steg/);
  });

  it('does not lift a share in the lower half of its band', () => {
    // 2 of 5 = 0.4 < 0.5, the middle of the Delvis band.
    const a = assessOne(FOUR, [met(), met(), ind({ '2021': 40, '2022': 50 }, 55), notMetFlat(), notMetFlat()]);
    expect(a.computedLevel).toBe('delvis');
  });

  it('lowers a share in the lower half of its band one step when most indicators worsened', () => {
    const down = () => ind({ '2021': 54, '2022': 50 }, 55);
    const a = assessOne(FOUR, [metFlat(), metFlat(), down(), down(), down()]);
    expect(a.computedLevel).toBe('ej');
    expect(a.rationale).toMatch(/sänks ett steg/);
  });

  it('never lifts into the top level on trends alone', () => {
    // 3 of 4 on a 3-level scale is Delvis; all trends improved, yet one etappmål is missed.
    const a = assessOne(THREE, [met(), met(), met(), ind({ '2021': 40, '2022': 50 }, 55)]);
    expect(a.computedLevel).toBe('delvis');
  });

  it('needs two etappmål for the top of a 4-level scale but one suffices on 3 levels', () => {
    expect(assessOne(FOUR, [met()]).computedLevel).toBe('hog');
    expect(assessOne(FOUR, [met()]).rationale).toMatch(/Helt uppfyllt kräver minst 2 etappmål med utfall/);
    expect(assessOne(GODTAGBAR, [met()]).computedLevel).toBe('god');
    expect(assessOne(THREE, [met()]).computedLevel).toBe('uppfyllt');
  });

  it('works on scales of 2, 5 and 6 levels by rank order', () => {
    const scale = (n: number): LevelsInput =>
      Array.from({ length: n }, (_, i) => ({ id: `n${i + 1}`, label: `Nivå ${i + 1}`, rank: i + 1 }));
    expect(assessOne(scale(2), [met(), met()]).computedLevel).toBe('n2');
    expect(assessOne(scale(2), [met(), notMetFlat()]).computedLevel).toBe('n1');
    expect(assessOne(scale(5), [metFlat(), notMetFlat()]).computedLevel).toBe('n3');
    expect(assessOne(scale(6), [metFlat(), metFlat(), metFlat(), metFlat(), notMetFlat()]).computedLevel).toBe('n5');
    expect(assessOne(scale(6), [ind({ '2022': null }, 5)]).computedLevel).toBe('n3');
  });

  it('gives a goal without indicators the middle level and says why', () => {
    const a = assessOne(FOUR, []);
    expect(a.computedLevel).toBe('delvis');
    expect(a.rationale).toMatch(/saknar indikatorer/);
  });

  it('can be configured per scale: stricter thresholds and "cannot assess" instead of latest known', () => {
    const doc = makeDoc(FOUR, [goal('g', [metFlat(), metFlat(), metFlat(), notMetFlat()])]);
    expect(assessGoal(doc.goals[0]!, doc).computedLevel).toBe('hog');
    const strict = rulesForScale(doc.scale!, { minShare: [1, 0.9, 0.5, 0] });
    expect(assessGoal(doc.goals[0]!, doc, undefined, strict).computedLevel).toBe('delvis');

    const old = makeDoc(FOUR, [goal('g', [ind({ '2021': 10, '2022': null }, 5), ind({ '2021': 10 }, 5)])]);
    const rules = rulesForScale(old.scale!, { noOutcomes: 'cannot-assess' });
    expect(assessGoal(old.goals[0]!, old).computedLevel).toBe('hog');
    expect(assessGoal(old.goals[0]!, old, undefined, rules).computedLevel).toBe('delvis');
  });

  it('refuses rules that do not fit the scale', () => {
    const doc = makeDoc(FOUR, [goal('g', [met()])]);
    expect(() => rulesForScale(doc.scale!, { minShare: [1, 0.5, 0] })).toThrow(/minShare ska ha 4 värden/);
    expect(() => rulesForScale(doc.scale!, { minShare: [1, 0.2, 0.5, 0] })).toThrow(/fallande/);
    expect(() => rulesForScale(doc.scale!, { cannotAssessPosition: 0 })).toThrow(/cannotAssessPosition/);
    const three = makeDoc(THREE, [goal('g', [met()])]);
    expect(() => assessGoal(doc.goals[0]!, doc, undefined, rulesForScale(three.scale!))).toThrow(/3 nivåer men skalan har 4/);
  });

  it('applies an override as the final level and keeps the computed one', () => {
    const doc = makeDoc(FOUR, [goal('g', [notMetFlat()], { published: { level: 'delvis' } })]);
    const o: LevelOverride = {
      goalId: 'g',
      level: 'delvis',
      reason: 'Medarbetarenkäten visar förbättring',
      by: 'Anna',
      at: '2023-02-01T10:00:00Z',
    };
    const a = assessGoal(doc.goals[0]!, doc, o);
    expect(a).toMatchObject({ computedLevel: 'ej', computedLabel: 'Ej uppfyllt', level: 'delvis', label: 'Delvis uppfyllt' });
    expect(a.override).toEqual({ level: 'delvis', reason: o.reason, by: 'Anna', at: o.at });
    expect(a.published).toEqual({ level: 'delvis', label: 'Delvis uppfyllt' });
    expect(a.rationale).toMatch(/Fastställd nivå: Delvis uppfyllt\. Skäl: Medarbetarenkäten visar förbättring\./);
  });

  it('sets aside an override whose level is no longer in the scale, and says so', () => {
    const doc = makeDoc(FOUR, [goal('g', [notMetFlat()])]);
    const a = assessGoal(doc.goals[0]!, doc, { goalId: 'g', level: 'borttagen', reason: 'x', by: 'Anna', at: '2023-01-01' });
    expect(a.level).toBe('ej');
    expect(a.override).toBeUndefined();
    expect(a.rationale).toMatch(/"borttagen" finns inte i skalan/);
  });

  it('refuses an override meant for another goal', () => {
    const doc = makeDoc(FOUR, [goal('g', [met()])]);
    expect(() => assessGoal(doc.goals[0]!, doc, { goalId: 'annat', level: 'ej', reason: 'x', by: 'A', at: '2023-01-01' })).toThrow(/annat/);
  });
});

describe('validateOverride', () => {
  const doc = makeDoc(FOUR, [goal('g', [notMetFlat()])]);
  const assessed = assessGoal(doc.goals[0]!, doc);

  it('rejects a level different from the proposal without a reason', () => {
    expect(validateOverride(doc, assessed, 'delvis', undefined)).toMatchObject({ ok: false, field: 'reason' });
    expect(validateOverride(doc, assessed, 'delvis', '   ')).toMatchObject({ ok: false, field: 'reason' });
  });

  it('accepts the proposed level without a reason', () => {
    expect(validateOverride(doc, assessed, 'ej', undefined)).toEqual({ ok: true });
  });

  it('accepts a different level with a reason', () => {
    expect(validateOverride(doc, assessed, 'delvis', 'Medarbetarenkäten förbättrades')).toEqual({ ok: true });
  });

  it('rejects a level that is not in the scale, naming the levels that are', () => {
    const r = validateOverride(doc, assessed, 'uppfyllt', 'skäl');
    expect(r).toMatchObject({ ok: false, field: 'level' });
    expect(!r.ok && r.message).toMatch(/helt, hog, delvis, ej/);
  });
});

describe('assessReport', () => {
  const goals: GoalInput[] = [
    goal('a1', [met(), met()], { area: 'Ekonomi', councilGoal: 'Skattemedel används effektivt' }), // top
    goal('a2', [notMetFlat()], { area: 'Ekonomi', councilGoal: 'Attraktiv arbetsgivare' }), // bottom
    goal('b1', [met(), met()], { area: 'Social hållbarhet', councilGoal: 'Kvalitet och valfrihet' }), // top
    goal('b2', [metFlat(), notMetFlat()], { area: 'Social hållbarhet', councilGoal: 'Kvalitet och valfrihet' }), // delvis
    goal('b3', [met(), met(), missing()], { area: 'Social hållbarhet', councilGoal: 'Kvalitet och valfrihet' }), // hog
    goal('c1', [notMetFlat()]), // no area, no council goal
  ];
  const doc = makeDoc(FOUR, goals);

  it('rolls goals up to the median level of each kommunfullmäktigemål, målområde and the whole report', () => {
    const r = assessReport(doc);
    expect(r.goals.map((g) => g.level)).toEqual(['helt', 'ej', 'helt', 'delvis', 'hog', 'ej']);
    expect(r.councilGoals).toEqual([
      {
        key: 'skattemedel-anvands-effektivt',
        title: 'Skattemedel används effektivt',
        level: 'helt',
        label: 'Helt uppfyllt',
        goals: ['a1'],
        computedLevel: 'helt',
        computedLabel: 'Helt uppfyllt',
      },
      {
        key: 'attraktiv-arbetsgivare',
        title: 'Attraktiv arbetsgivare',
        level: 'ej',
        label: 'Ej uppfyllt',
        goals: ['a2'],
        computedLevel: 'ej',
        computedLabel: 'Ej uppfyllt',
      },
      {
        key: 'kvalitet-och-valfrihet',
        title: 'Kvalitet och valfrihet',
        level: 'hog',
        label: 'I hög grad uppfyllt',
        goals: ['b1', 'b2', 'b3'],
        computedLevel: 'hog',
        computedLabel: 'I hög grad uppfyllt',
      },
    ]);
    // An even count takes the lower of the two middle levels.
    expect(r.areas.map((x) => [x.key, x.level, x.goals])).toEqual([
      ['ekonomi', 'ej', ['a1', 'a2']],
      ['social-hallbarhet', 'hog', ['b1', 'b2', 'b3']],
    ]);
    // helt, helt, hog, delvis, ej, ej → the lower middle is delvis.
    expect(r.overall).toEqual({ level: 'delvis', label: 'Delvis uppfyllt', computedLevel: 'delvis', computedLabel: 'Delvis uppfyllt' });
    expect(r).toMatchObject({ reportId: 'r1', scaleId: 'testskala' });
  });

  it('takes an official’s latest level for a roll-up by its key, keeps the computed one beside it, and ignores a level not in the scale', () => {
    const r = assessReport(doc, [
      { key: 'kvalitet-och-valfrihet', level: 'delvis', reason: 'första', by: 'A', at: '2023-01-01T00:00:00Z' },
      { key: 'kvalitet-och-valfrihet', level: 'helt', reason: 'senare', by: 'B', at: '2023-02-01T00:00:00Z' },
      { key: 'attraktiv-arbetsgivare', level: 'finns-inte', reason: 'x', by: 'C', at: '2023-02-01T00:00:00Z' },
    ]);
    const council = r.councilGoals.find((c) => c.key === 'kvalitet-och-valfrihet')!;
    expect(council).toMatchObject({ level: 'helt', label: 'Helt uppfyllt', computedLevel: 'hog', override: { reason: 'senare', by: 'B' } });
    expect(r.councilGoals.find((c) => c.key === 'attraktiv-arbetsgivare')).toMatchObject({ level: 'ej', computedLevel: 'ej' });
    expect(r.councilGoals.find((c) => c.key === 'attraktiv-arbetsgivare')!.override).toBeUndefined();
    // The goals' own levels do not change.
    expect(r.goals.map((g) => g.level)).toEqual(['helt', 'ej', 'helt', 'delvis', 'hog', 'ej']);
  });

  it('rolls up the final levels, with the latest override per goal, ignoring overrides for unknown goals', () => {
    const overrides: LevelOverride[] = [
      { goalId: 'a2', level: 'helt', reason: 'första', by: 'A', at: '2023-01-01T00:00:00Z' },
      { goalId: 'a2', level: 'hog', reason: 'senare', by: 'B', at: '2023-02-01T00:00:00Z' },
      { goalId: 'finns-inte', level: 'ej', reason: 'x', by: 'C', at: '2023-02-01T00:00:00Z' },
    ];
    const r = assessReport(doc, overrides);
    const a2 = r.goals.find((g) => g.goalId === 'a2')!;
    expect(a2).toMatchObject({ computedLevel: 'ej', level: 'hog', override: { reason: 'senare', by: 'B' } });
    expect(r.areas[0]).toMatchObject({ key: 'ekonomi', level: 'hog' });
  });

  it('can roll up to the lowest level instead of the median', () => {
    const r = assessReport(doc, [], rulesForScale(doc.scale!, { rollUp: 'lowest' }));
    expect(r.councilGoals.find((c) => c.key === 'kvalitet-och-valfrihet')?.level).toBe('delvis');
    expect(r.overall.level).toBe('ej');
  });

  it('is deterministic: the same report gives the same assessment', () => {
    expect(JSON.stringify(assessReport(doc))).toBe(JSON.stringify(assessReport(doc)));
  });
});

describe('rationale', () => {
  it('lists the figures used, written the Swedish way', () => {
    const a = assessOne(FOUR, [
      ind({ '2020': 8, '2021': 7, '2022': 7.8 }, 6.5, { better: 'lower', unit: '%', name: 'Sjukfrånvaro totalt' }),
      ind({ '2021': 81, '2022': 91 }, 83, { unit: '%', name: 'Brukarbedömning missbruksvård' }),
      ind({ '2020': 3926, '2021': 3804, '2022': 3700 }, 'decrease', { better: 'lower', unit: 'kr/invånare', name: 'Nettokostnad IFO' }),
    ]);
    const text = plain(a.rationale);
    expect(text).toMatch(/^2 av 3 etappmål nås\./);
    expect(text).toContain('Sjukfrånvaro totalt 7,8 procent mot etappmålet 6,5 procent');
    expect(text).toContain('Brukarbedömning missbruksvård 91 procent mot etappmålet 83 procent');
    expect(text).toContain('Nettokostnad IFO 3 700 kr/invånare mot 3 804 kr/invånare (2021; etappmål: minska)');
    expect(text).toContain('har ökat från 7 procent (2021) till 7,8 procent (+0,8 procentenheter)');
    expect(text).toMatch(/Föreslagen nivå: I hög grad uppfyllt\.$/);
  });

  it('writes negative numbers with a true minus sign and names month periods', () => {
    const neg = assessOne(FOUR, [
      ind({ '2021': -16.8, '2022': -22.1 }, -16.8, { better: 'lower', unit: '%', name: 'Nettokostnadsavvikelse' }),
    ]);
    expect(neg.rationale).toContain('Nettokostnadsavvikelse \u221222,1 procent mot etappmålet \u221216,8 procent');
    const month = assessOne(
      FOUR,
      [ind({ '2025-08': 5.7 }, 5, { better: 'lower', unit: '%', name: 'Sjukfrånvaro', targetPeriod: '2025' })],
      2025,
    );
    expect(month.rationale).toContain('Sjukfrånvaro 5,7 procent (augusti 2025) mot etappmålet 5 procent');
  });

  it('names the notes that explain missing outcomes', () => {
    const input = ind({ '2021': 47 }, 73, { unit: '%', name: 'Brukarbedömning barn och unga' });
    input.values!.push({ period: '2022', value: null, note: 'Inget resultat på grund av lågt svarsdeltagande' });
    const a = assessOne(THREE, [met(), input]);
    expect(a.rationale).toContain(
      'Utfall för 2022 saknas för Brukarbedömning barn och unga (Inget resultat på grund av lågt svarsdeltagande).',
    );
  });
});

describe('proposeLevel (property)', () => {
  const evidence = fc
    .record({
      assessed: fc.integer({ min: 1, max: 12 }),
      improved: fc.nat(6),
      worsened: fc.nat(6),
      unchanged: fc.nat(3),
      missing: fc.nat(3),
    })
    .chain((e) => fc.record({ met: fc.integer({ min: 0, max: e.assessed }) }).map((m) => ({ ...e, ...m, basis: 'outcomes' as const })));

  it.each([2, 3, 4, 5, 6])(
    'never proposes the top of a %i-level scale while outcomes are missing, and meeting more etappmål never lowers the level',
    (n) => {
      const doc = makeDoc(
        Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: `Nivå ${i}`, rank: i })),
        [],
      );
      const rules = rulesForScale(doc.scale!);
      fc.assert(
        fc.property(evidence, (e: LevelEvidence) => {
          const p = proposeLevel(e, rules).position;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThan(n);
          if (e.missing > 0) expect(p).toBeGreaterThan(0);
          if (e.met < e.assessed) {
            expect(proposeLevel({ ...e, met: e.met + 1 }, rules).position).toBeLessThanOrEqual(p);
          }
        }),
      );
    },
  );
});

describe('byPeriod (property)', () => {
  it('orders periods exactly as comparePeriods does, a month before its full year', () => {
    const period = fc
      .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 12 }))
      .map(([y, m]) => (m === 0 ? `${y}` : `${y}-${String(m).padStart(2, '0')}`));
    fc.assert(fc.property(period, period, (a, b) => Math.sign(byPeriod({ period: a }, { period: b })) === Math.sign(comparePeriods(a, b))));
  });
});
