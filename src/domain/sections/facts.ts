/**
 * @module What a report-level section rests on, as facts: the figures of the goals beneath
 * (outcomes, earlier values, etappmål, changes, group values and gaps, notes, accepted texts),
 * the counts of goals per level, the levels of goals and roll-ups, the activities with their
 * recorded status, and the economy's money figures. The section checker grounds a text in these.
 */
import type { ReportAssessment } from '../assessment';
import type { Activity, ReportDocument } from '../report';
import { findNumbers } from '../sv';
import { statusClass, type ActivityClass } from './activities';
import { economyFacts, type MoneyFact } from './economy';
import { sectionGoals, type ReportSection } from './sections';

export type FactUnit = 'procent' | 'procentenheter' | 'mnkr' | 'tkr' | 'kr' | 'kr/invånare' | 'dagar' | 'plain' | 'any';

export interface NumberFact {
  label: string;
  value: number;
  unit: FactUnit;
  forecast: boolean;
  sign?: 'over' | 'under';
  kind: 'figure' | 'count' | MoneyFact['kind'];
  row?: string;
  period?: string;
}

export interface SectionFacts {
  section: ReportSection;
  numbers: NumberFact[];
  /** Goals in scope with their final level, and the titles that name them in prose. */
  goals: { goalId: string; level: string; label: string; titles: string[] }[];
  /** Roll-ups (kommunfullmäktigemål, målområden) of the goals in scope, by the titles that name them. */
  rollUps: { title: string; level: string }[];
  activities: { title: string; status?: string; cls: ActivityClass | null }[];
  /** Titles in the report whose figures are no claims ("utvecklingsplan för tre av Huddinges kommundelar"). */
  titles: string[];
}

function unitOfIndicator(unit: string | undefined): FactUnit {
  const u = (unit ?? '').trim().toLowerCase();
  if (u === '%' || u === 'procent') return 'procent';
  if (u === 'dagar' || u === 'dag') return 'dagar';
  if (u.startsWith('kr/inv') || u === 'kronor per invånare') return 'kr/invånare';
  if (u === 'mnkr' || u === 'miljoner kronor') return 'mnkr';
  if (u === 'tkr') return 'tkr';
  if (u === 'kr' || u === 'kronor') return 'kr';
  return 'plain';
}

/** The facts a section's text is checked against; `accepted` holds the goals' accepted texts. */
export function sectionFacts(
  doc: ReportDocument,
  assessment: ReportAssessment,
  section: ReportSection,
  accepted: ReadonlyMap<string, string> = new Map(),
): SectionFacts {
  const numbers: NumberFact[] = [];
  const push = (f: Omit<NumberFact, 'forecast' | 'kind'> & Partial<Pick<NumberFact, 'forecast' | 'kind'>>) =>
    numbers.push({ forecast: false, kind: 'figure', ...f });
  const scoped = sectionGoals(section, assessment);
  const scopeIds = new Set(scoped.map((g) => g.goalId));
  const goalDocs = doc.goals.filter((g) => scopeIds.has(g.id));

  for (const goal of goalDocs) {
    for (const ind of goal.indicators) {
      const unit = unitOfIndicator(ind.unit);
      const changeUnit: FactUnit = unit === 'procent' ? 'procentenheter' : unit;
      const known = ind.values.filter((v) => v.value !== null);
      for (const v of known) {
        push({ label: `${ind.name} ${v.period}`, value: v.value!, unit, forecast: v.kind === 'forecast' });
        const groups = Object.entries(v.breakdown ?? {}).filter((e): e is [string, number] => e[1] !== null);
        for (const [g, x] of groups) push({ label: `${ind.name} ${v.period}, ${g}`, value: x, unit });
        for (let i = 0; i < groups.length; i++)
          for (let j = i + 1; j < groups.length; j++)
            push({
              label: `${ind.name} ${v.period}: skillnad ${groups[i]![0]}–${groups[j]![0]}`,
              value: Math.abs(groups[i]![1] - groups[j]![1]),
              unit: changeUnit,
            });
        for (const [c, x] of Object.entries(v.comparisons ?? {}))
          if (x !== null) push({ label: `${ind.name} ${v.period}, ${c}`, value: x, unit });
      }
      // Changes between any two periods a text may compare.
      for (let i = 0; i < known.length; i++)
        for (let j = i + 1; j < known.length; j++)
          push({
            label: `${ind.name}: ${known[i]!.period}–${known[j]!.period}`,
            value: Math.abs(known[j]!.value! - known[i]!.value!),
            unit: changeUnit,
          });
      for (const t of ind.targets)
        if (t.value !== undefined)
          push({ label: `${ind.name}: ${t.kind === 'etappmal' ? 'etappmål' : 'målvärde'} ${t.period}`, value: t.value, unit });
    }
    for (const note of goal.notes)
      for (const m of findNumbers(note)) if (!m.isYear) push({ label: `Anteckning: ${note}`, value: m.value, unit: 'any' });
    const text = accepted.get(goal.id);
    if (text)
      for (const m of findNumbers(text)) if (!m.isYear) push({ label: `Godkänd text för ${goal.title}`, value: m.value, unit: 'any' });
  }

  // Counts: goals in scope and per level; etappmål met and not met; activities per class.
  const count = (label: string, value: number) => push({ label, value, unit: 'plain', kind: 'count' });
  count('Antal mål', scoped.length);
  const perLevel = new Map<string, number>();
  for (const g of scoped) perLevel.set(g.label, (perLevel.get(g.label) ?? 0) + 1);
  for (const [label, n] of perLevel) count(`Mål på nivån ${label}`, n);
  const sum = (f: (c: (typeof scoped)[number]['counts']) => number) => scoped.reduce((s, g) => s + f(g.counts), 0);
  count(
    'Indikatorer',
    sum((c) => c.indicators),
  );
  count(
    'Etappmål med utfall',
    sum((c) => c.met + c.notMet),
  );
  count(
    'Etappmål nådda',
    sum((c) => c.met),
  );
  count(
    'Etappmål inte nådda',
    sum((c) => c.notMet),
  );
  count(
    'Förbättrade indikatorer',
    sum((c) => c.improved),
  );
  count(
    'Försämrade indikatorer',
    sum((c) => c.worsened),
  );

  const activities: SectionFacts['activities'] = goalDocs.flatMap((g) =>
    g.activities.map((a: Activity) => ({ title: a.title, ...(a.status ? { status: a.status } : {}), cls: statusClass(a.status) })),
  );
  count('Aktiviteter', activities.length);
  count('Aktiviteter med redovisad status', activities.filter((a) => a.cls !== null).length);
  const perClass = new Map<string, number>();
  for (const a of activities) if (a.cls) perClass.set(a.cls, (perClass.get(a.cls) ?? 0) + 1);
  for (const [cls, n] of perClass) count(`Aktiviteter ${cls}`, n);

  if (section.kind === 'ekonomi' || section.kind === 'sammanfattning') {
    for (const f of economyFacts(doc))
      numbers.push({
        label: f.label,
        value: f.value,
        unit: f.unit,
        forecast: f.forecast,
        kind: f.kind,
        ...(f.sign ? { sign: f.sign } : {}),
        ...(f.row ? { row: f.row } : {}),
        ...(f.period ? { period: f.period } : {}),
      });
  }

  const goals = scoped.map((g) => {
    const d = doc.goals.find((x) => x.id === g.goalId)!;
    return { goalId: g.goalId, level: g.level, label: g.label, titles: [d.title] };
  });
  const rollUps = [...assessment.councilGoals, ...assessment.areas]
    .filter((r) => r.goals.some((id) => scopeIds.has(id)))
    .map((r) => ({ title: r.title, level: r.level }));
  const titles = doc.goals
    .flatMap((g) => [g.title, g.councilGoal, g.area, ...g.indicators.map((i) => i.name), ...g.activities.map((a) => a.title)])
    .filter((x): x is string => !!x && x.trim().length > 0);
  return { section, numbers, goals, rollUps, activities, titles };
}
