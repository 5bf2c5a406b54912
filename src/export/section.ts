/**
 * @module The report section "Nämndens mål och resultat" as a pure model, built once from the
 * report, its assessment and the accepted texts, then rendered to Markdown, HTML, Word and JSON.
 * Every figure is already written the Swedish way here, so all formats print the same thing.
 */
import { gapRuleText, gapSentence, type ReportAssessment } from '../domain/assessment';
import { formatNumber, MONTH_ABBREVIATIONS } from '../domain/sv';
import { contextText, indicatorContext, usesKolada } from '../domain/kolada';
import { comparePeriods, type EconomyTable, type Indicator, type ReportDocument, type Target } from '../domain/report';
import { listSections, type ReportSection } from '../domain/sections';
import { chartOf, type IndicatorChart } from './chart';

export const SECTION_TITLE = 'Nämndens mål och resultat';
export const MISSING_TEXT = 'Motivering saknas';
export const STALE_NOTE =
  'Siffrorna i underlaget har ändrats sedan texten kontrollerades. Texten behöver ses över innan rapporten publiceras.';

export interface AcceptedText {
  goalId: string;
  /** Set for a report-level section's text (then goalId is ''). */
  sectionId?: string;
  text: string;
  stale: boolean;
  overrideReason: string | null;
  acceptedBy: string | null;
  acceptedAt: string;
}

export interface SectionTable {
  /** "Indikatorer", the periods, "Etappmål", "Målvärde 2030". */
  headers: string[];
  rows: { name: string; cells: string[] }[];
  /** Why a value is missing, as the data says it: "Nettokostnadsavvikelse … 2022: Publiceras sommaren 2023". */
  notes: string[];
  /** Groups and comparisons per indicator: "Sjukfrånvaro totalt (%) 2022: kvinnor 7,4 procent, män 9,7 procent." */
  context: string[];
  /** The attribution Kolada's terms ask for: "Källa: Kolada (Nettokostnadsavvikelse …)", or null. */
  source: string | null;
}

export interface GoalSection {
  goalId: string;
  area: string | null;
  councilGoal: string | null;
  title: string;
  level: string;
  levelLabel: string;
  computedLabel: string;
  motivation: ({ status: 'accepted' } & Omit<AcceptedText, 'goalId'>) | { status: 'missing' };
  table: SectionTable | null;
  /** One chart per indicator with a value; the renderers write its Swedish text alternative (chartAltText). */
  charts: IndicatorChart[];
}

/** A report-level text (samlad bedömning, sammanfattning, förbättringsområden, ekonomi) with its accepted text. */
export interface ReportText {
  sectionId: string;
  kind: ReportSection['kind'];
  title: string;
  levelLabel: string | null;
  text: ({ status: 'accepted' } & Omit<AcceptedText, 'goalId' | 'sectionId'>) | { status: 'missing' };
}

export interface Section {
  title: string;
  report: { id: string; title: string; year: number; organisation: string };
  /** In the seeds' order: samlad bedömning per kommunfullmäktigemål, sammanfattning, förbättringsområden; then the goals. */
  before: ReportText[];
  /** After the goals: the ekonomi paragraph with the report's money tables. */
  economy: { text: ReportText; tables: SectionTable[] } | null;
  areas: { area: string | null; councilGoals: { councilGoal: string | null; goals: GoalSection[] }[] }[];
  summary: { goals: number; accepted: number; missing: number; stale: number };
  /** "Skillnader att analysera": the notable differences between groups, each with its goal. */
  differences: Difference[];
}

export interface Difference {
  goalId: string;
  /** The goal's 1-based position in the report ("Mål 2"). */
  goalNumber: number;
  goalTitle: string;
  /** "Skillnad mellan kvinnor och män för X 2022: kvinnor 96 procent, män 84 procent (en skillnad att analysera)." */
  text: string;
  /** The rule that made it notable: "minst 5 procentenheter". */
  rule: string;
}

export const DIFFERENCES_TITLE = 'Skillnader att analysera';

/** The report's notable group differences, each named with its goal as the overview numbers it. */
export function differencesOf(doc: ReportDocument, assessment: Pick<ReportAssessment, 'differences'>): Difference[] {
  return assessment.differences.map((d) => {
    const index = doc.goals.findIndex((g) => g.id === d.goalId);
    return {
      goalId: d.goalId,
      goalNumber: index + 1,
      goalTitle: doc.goals[index]?.title ?? d.goalId,
      text: gapSentence(d),
      rule: gapRuleText(d),
    };
  });
}

export function buildSection(doc: ReportDocument, assessment: ReportAssessment, accepted: readonly AcceptedText[]): Section {
  const acceptedBy = new Map(accepted.filter((a) => !a.sectionId).map((a) => [a.goalId, a]));
  const bySection = new Map(accepted.filter((a) => a.sectionId).map((a) => [a.sectionId!, a]));
  const texts: ReportText[] = listSections(doc, assessment).map((s) => {
    const a = bySection.get(s.id);
    return {
      sectionId: s.id,
      kind: s.kind,
      title: s.title,
      levelLabel: s.level?.label ?? null,
      text: a
        ? {
            status: 'accepted',
            text: a.text,
            stale: a.stale,
            overrideReason: a.overrideReason,
            acceptedBy: a.acceptedBy,
            acceptedAt: a.acceptedAt,
          }
        : { status: 'missing' },
    };
  });
  const economyText = texts.find((t) => t.kind === 'ekonomi');
  const goals: GoalSection[] = doc.goals.map((goal) => {
    const a = assessment.goals.find((g) => g.goalId === goal.id);
    const text = acceptedBy.get(goal.id);
    return {
      goalId: goal.id,
      area: goal.area?.trim() || null,
      councilGoal: goal.councilGoal?.trim() || null,
      title: goal.title,
      level: a?.level ?? '',
      levelLabel: a?.label ?? '',
      computedLabel: a?.computedLabel ?? '',
      motivation: text
        ? {
            status: 'accepted',
            text: text.text,
            stale: text.stale,
            overrideReason: text.overrideReason,
            acceptedBy: text.acceptedBy,
            acceptedAt: text.acceptedAt,
          }
        : { status: 'missing' },
      table: indicatorTable(goal.indicators, doc.report.year),
      charts: goal.indicators.flatMap((ind) => {
        const assessed = a?.indicators.find((x) => x.indicatorId === ind.id);
        const chart = assessed ? chartOf(ind, assessed) : null;
        return chart ? [chart] : [];
      }),
    };
  });

  // Consecutive goals under the same målområde and kommunfullmäktigemål share their headings, as in the printed reports.
  const areas: Section['areas'] = [];
  for (const g of goals) {
    let area = areas.at(-1);
    if (!area || area.area !== g.area) areas.push((area = { area: g.area, councilGoals: [] }));
    let council = area.councilGoals.at(-1);
    if (!council || council.councilGoal !== g.councilGoal) area.councilGoals.push((council = { councilGoal: g.councilGoal, goals: [] }));
    council.goals.push(g);
  }
  const acceptedGoals = goals.filter((g) => g.motivation.status === 'accepted');
  return {
    title: SECTION_TITLE,
    report: { id: doc.report.id, title: doc.report.title ?? doc.report.id, year: doc.report.year, organisation: doc.organisation.name },
    before: texts.filter((t) => t.kind !== 'ekonomi'),
    economy: economyText ? { text: economyText, tables: (doc.economy?.tables ?? []).map((t) => economyTable(t, doc.economy?.unit)) } : null,
    areas,
    summary: {
      goals: goals.length,
      accepted: acceptedGoals.length,
      missing: goals.length - acceptedGoals.length,
      stale: acceptedGoals.filter((g) => g.motivation.status === 'accepted' && g.motivation.stale).length,
    },
    differences: differencesOf(doc, assessment),
  };
}

// ---------------------------------------------------------------- the economy tables

/** A money table as printed: the table's title and unit in the first header, one column per column of the data. */
export function economyTable(t: EconomyTable, defaultUnit?: string): SectionTable {
  const unit = t.unit ?? defaultUnit;
  return {
    headers: [unit ? `${t.title} (${unit})` : t.title, ...t.columns.map((c) => c.label)],
    rows: t.rows.map((r) => ({
      name: r.name,
      cells: t.columns.map((c) =>
        r.values[c.id] === null || r.values[c.id] === undefined ? '' : formatNumber(r.values[c.id]!, { maxDecimals: 2 }),
      ),
    })),
    notes: [],
    context: [],
    source: null,
  };
}

// ---------------------------------------------------------------- the indicator table

const monthOf = (period: string) => MONTH_ABBREVIATIONS[Number(period.slice(5, 7)) - 1] ?? period.slice(5);
const yearOf = (period: string) => period.slice(0, 4);

const listPeriods = (ps: string[]) => (ps.length < 2 ? ps.join('') : `${ps.slice(0, -1).join(', ')} och ${ps.at(-1)}`);

/** The unit after the indicator's name, as the reports print it: "Sjukfrånvaro totalt (%)". */
export function indicatorLabel(ind: Pick<Indicator, 'name' | 'unit'>): string {
  const unit = ind.unit?.trim();
  if (!unit || unit === 'antal' || unit === 'index' || ind.name.includes(unit)) return ind.name;
  return `${ind.name} (${unit.replace(/(\d)-(\d)/g, '$1–$2')})`;
}

function targetText(t: Target | undefined, reportYear: number, showPeriod: boolean): string {
  if (!t) return '';
  const value = t.value !== undefined ? formatNumber(t.value) : t.change === 'increase' ? 'Öka' : t.change === 'decrease' ? 'Minska' : '';
  return showPeriod && Number(t.period.slice(0, 4)) !== reportYear ? `${value} (${t.period})` : value;
}

/** The etappmål for the report year, else the latest before it, else the first after it. */
function etappmalFor(ind: Indicator, year: number): Target | undefined {
  const etapp = ind.targets.filter((t) => t.kind === 'etappmal').sort((a, b) => comparePeriods(a.period, b.period));
  const byYear = (t: Target) => Number(t.period.slice(0, 4));
  return etapp.find((t) => byYear(t) === year) ?? etapp.filter((t) => byYear(t) < year).at(-1) ?? etapp.find((t) => byYear(t) > year);
}

const malvardeFor = (ind: Indicator): Target | undefined =>
  ind.targets
    .filter((t) => t.kind === 'malvarde')
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);

/**
 * One column per year. A year with only a part-year outcome ("2025-08") shows it in that year's
 * column, headed by the month when every such value is from the same month, else marked per cell.
 */
export function indicatorTable(indicators: readonly Indicator[], reportYear: number): SectionTable | null {
  if (indicators.length === 0) return null;
  const years = [...new Set(indicators.flatMap((i) => i.values.map((v) => yearOf(v.period))))].sort();
  const chosen = indicators.map((ind) => {
    const byYear = new Map<string, Indicator['values'][number]>();
    // Sorted so a year's months come before the year itself: the full year wins, else the latest month.
    for (const v of [...ind.values].sort((a, b) => comparePeriods(a.period, b.period))) byYear.set(yearOf(v.period), v);
    return byYear;
  });
  const headerOf = new Map<string, { header: string; markCells: boolean }>();
  for (const y of years) {
    const periods = new Set(chosen.map((m) => m.get(y)?.period).filter((p): p is string => p !== undefined));
    const months = [...periods].filter((p) => p.length > 4);
    if (months.length === 0) headerOf.set(y, { header: y, markCells: false });
    else if (periods.size === 1) headerOf.set(y, { header: `${y} (${monthOf(months[0]!)})`, markCells: false });
    else headerOf.set(y, { header: y, markCells: true });
  }

  const etapp = indicators.map((i) => etappmalFor(i, reportYear));
  const malv = indicators.map(malvardeFor);
  const malPeriods = new Set(malv.filter((t): t is Target => t !== undefined).map((t) => t.period));
  const malHeader = malPeriods.size === 1 ? `Målvärde ${[...malPeriods][0]}` : 'Målvärde';

  const notes: string[] = [];
  const rows = indicators.map((ind, i) => {
    // One note per indicator and reason: "…, 2020 och 2021: Markerad med – i tabellen".
    const missing = new Map<string, string[]>();
    const cells = years.map((y) => {
      const v = chosen[i]!.get(y);
      if (!v) return '';
      if (v.value === null) {
        if (v.note) missing.set(v.note, [...(missing.get(v.note) ?? []), v.period]);
        return '–';
      }
      const mark = headerOf.get(y)!.markCells && v.period.length > 4 ? ` (${monthOf(v.period)})` : '';
      return formatNumber(v.value) + mark;
    });
    for (const [note, periods] of missing) notes.push(`${ind.name}, ${listPeriods(periods)}: ${note}`);
    cells.push(targetText(etapp[i], reportYear, true));
    cells.push(targetText(malv[i], reportYear, malPeriods.size !== 1));
    return { name: indicatorLabel(ind), cells };
  });
  const context = indicators.flatMap((ind) => {
    const ctx = indicatorContext(ind, reportYear);
    return ctx ? [`${indicatorLabel(ind)} ${contextText(ind, ctx, { attribution: false })}`] : [];
  });
  const fromKolada = indicators.filter(usesKolada).map((ind) => ind.name);
  const source = fromKolada.length ? `Källa: Kolada (${fromKolada.join('; ')}).` : null;
  return { headers: ['Indikatorer', ...years.map((y) => headerOf.get(y)!.header), 'Etappmål', malHeader], rows, notes, context, source };
}
