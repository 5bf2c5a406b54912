/**
 * @module Mutation suite for the report-level texts: true texts (offline drafts of every section of
 * the demo reports, a delårsrapport per 31 augusti made from the verksamhetsberättelse, generated
 * reports, and the delårsrapport 2019's published economy prose) and one mutation at a time of
 * the claims the section checker must catch: a money figure, a deviation's side, a forecast
 * written as an outcome, a count of goals per level, a roll-up level, an activity's status.
 */
import fc from 'fast-check';
import { assessReport, type ReportAssessment } from '../../src/domain/assessment';
import { parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';
import { checkSection, draftSection, findLevelPhrases, listSections, sectionFacts, type ReportSection } from '../../src/domain/sections';
import { findNumbers, formatNumber, matchesAtPrecision, numberWord } from '../../src/domain/sv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedReports } from '../helpers/generated-reports';
import { partYearReport } from '../helpers/part-year';

export const MUTATION_KINDS = [
  'economy-figure',
  'economy-sign',
  'forecast-tense',
  'rollup-count',
  'rollup-level',
  'activity-status',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface TrueText {
  name: string;
  doc: ReportDocument;
  assessment: ReportAssessment;
  section: ReportSection;
  text: string;
}
export interface Mutant {
  kind: MutationKind;
  source: TrueText;
  text: string;
  what: string;
  /** Known to be still true when made (a level swapped in a count sentence where both levels have the same count). */
  equivalent?: boolean;
}

/** A demo report from data/ (read here, so the bench can run this module without the test app). */
const demoFile = (name: string): ReportInput =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', `${name}.json`), 'utf8')) as ReportInput;

function parse(input: ReportInput): ReportDocument {
  const r = parseReportDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.doc;
}

/** The verksamhetsberättelse as a delårsrapport per 31 augusti: its levels become forecasts for the year. */
function asPartYear(input: ReportInput): ReportInput {
  return {
    ...input,
    report: { ...input.report, id: `${input.report.id}-delar`, kind: 'delarsrapport', asOf: `${input.report.year}-08-31` },
  };
}

function draftsOf(name: string, doc: ReportDocument): TrueText[] {
  const assessment = assessReport(doc);
  return listSections(doc, assessment).map((section) => ({
    name: `${name} ${section.id}`,
    doc,
    assessment,
    section,
    text: draftSection(doc, assessment, section),
  }));
}

export function trueTexts(): TrueText[] {
  const out: TrueText[] = [];
  const vb = demoFile('vb-2022');
  out.push(...draftsOf('vb-2022', parse(vb)), ...draftsOf('vb-2022 per augusti', parse(asPartYear(vb))));
  out.push(...draftsOf('delårsrapport (test)', parse(partYearReport())));
  // The verksamhetsplan 2026's part-year values, read as a delårsrapport: forecast levels and texts.
  out.push(...draftsOf('vp-2026 per augusti', parse(asPartYear(demoFile('vp-2026')))));
  const dr = parse(demoFile('dr-2019'));
  out.push(...draftsOf('dr-2019', dr));
  // The published economy prose whose figures are all in the tables.
  const drA = assessReport(dr);
  const eco = listSections(dr, drA).find((s) => s.kind === 'ekonomi')!;
  for (const t of dr.economy!.tables) {
    const pub = (t.extra as { published?: string[] | Record<string, string[]> } | undefined)?.published;
    const texts = !pub ? [] : Array.isArray(pub) ? pub : Object.values(pub).flat();
    for (const text of texts) out.push({ name: `dr-2019 publicerad (${t.id})`, doc: dr, assessment: drA, section: eco, text });
  }
  // Generated reports: other scales, other names, as a verksamhetsberättelse and as a delårsrapport.
  const generated = fc.sample(generatedReports({ indicatorNames: 'pool' }), { numRuns: 12, seed: 17 });
  generated.forEach((g, i) => out.push(...draftsOf(`genererad ${i}`, parse(i % 2 === 0 ? g : asPartYear(g)))));
  // Every draft stays (the suite asserts it is clean); a published paragraph only when all its figures are in the data.
  return out.filter((t) => !t.name.includes('publicerad') || errorsOf(t, t.text).length === 0);
}

export function errorsOf(t: TrueText, text: string) {
  return checkSection(t.doc, t.assessment, t.section, text).filter((f) => f.severity === 'error');
}

const replaceAt = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

const SIGN_SWAPS: [RegExp, string][] = [
  [/\bmindre\b/u, 'mer'],
  [/\bmer\b/u, 'mindre'],
  [/\blägre\b/u, 'högre'],
  [/\bhögre\b/u, 'lägre'],
  [/överskott/u, 'underskott'],
  [/underskott/u, 'överskott'],
  [/\bminus\s/u, ''],
];

const FORECAST_SWAPS: [RegExp, string][] = [
  [/Prognosen för helåret är/u, 'Utfallet för helåret blev'],
  [/beräknas avvikelsen bli/u, 'blev avvikelsen'],
  [/Prognosen för (\d{4}) är/u, 'Utfallet för $1 blev'],
  [/bedöms bli/u, 'är'],
];

/** Every single mutation of a true text, by kind. */
export function mutantsOf(t: TrueText): Mutant[] {
  const out: Mutant[] = [];
  const push = (kind: MutationKind, text: string, what: string) => {
    if (text !== t.text) out.push({ kind, source: t, text, what });
  };
  const sentences = [...t.text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    s: m[0],
  }));
  const money = findNumbers(t.text).filter(
    (m) => m.unit === 'mnkr' || m.unit === 'tkr' || m.unit === 'kr' || (m.unit === 'procent' && t.section.kind === 'ekonomi'),
  );
  for (const m of money) {
    // One unit more in the last written place: "100,9" → "101,9" would skip a place; "100,9" → "101" would not change precision: add 10^-decimals × 3.
    const step = 3 * 10 ** -Math.max(0, m.decimals);
    const v = Math.abs(m.value) + step;
    const written = formatNumber(v, { decimals: Math.max(0, m.decimals) });
    const digits = /[−-]?\d[\d\s\u00a0]*(?:,\d+)?|\p{L}+/u.exec(m.text);
    if (!digits) continue;
    push(
      'economy-figure',
      replaceAt(t.text, m.start + digits.index, m.start + digits.index + digits[0].length, written),
      `${m.text} → ${written}`,
    );
  }
  for (const sent of sentences) {
    const hasMoney = money.some((m) => m.start >= sent.start && m.end <= sent.end);
    if (!hasMoney) continue;
    for (const [re, by] of SIGN_SWAPS) {
      const m = re.exec(sent.s);
      if (m)
        push(
          'economy-sign',
          replaceAt(t.text, sent.start + m.index, sent.start + m.index + m[0].length, by),
          `${m[0].trim()} → ${by || '(utan minus)'}`,
        );
    }
  }
  for (const [re, by] of FORECAST_SWAPS) {
    for (const sent of sentences) {
      const m = re.exec(sent.s);
      if (!m) continue;
      const isLevel = by === 'är';
      if (isLevel && !t.section.forecast) continue;
      push(
        'forecast-tense',
        replaceAt(t.text, sent.start + m.index, sent.start + m.index + m[0].length, m[0].replace(re, by)),
        `${m[0]} → ${m[0].replace(re, by)}`,
      );
    }
  }
  for (const m of findNumbers(t.text)) {
    if (m.ofTotal === undefined || !/^\s*av\s+\S+\s+nämndmål/u.test(t.text.slice(m.end))) continue;
    for (const d of [-1, 1]) {
      const n = m.value + d;
      if (n < 0 || n > m.ofTotal) continue;
      const word = n === 1 ? 'ett' : (numberWord(n) ?? String(n));
      const cap = /^\p{Lu}/u.test(m.text) ? word[0]!.toUpperCase() + word.slice(1) : word;
      push('rollup-count', replaceAt(t.text, m.start, m.end, cap), `${m.text} → ${cap}`);
    }
  }
  if (t.section.kind === 'samlad-bedomning' || t.section.kind === 'sammanfattning') {
    const labels = (t.doc.scale?.levels ?? []).map((l) => ({ id: l.id, label: l.label.toLowerCase() }));
    for (const hit of findLevelPhrases(t.doc, t.text)) {
      const other = labels.find((l) => l.id !== hit.levelId);
      if (!other) continue;
      const sentence = sentences.find((x) => x.start <= hit.start && hit.start < x.end)?.s ?? '';
      const count = (id: string) => t.section.goals.filter((g) => t.assessment.goals.find((a) => a.goalId === g)?.level === id).length;
      const inCount = /\sav\s+\S+\s+nämndmål/u.test(sentence);
      const before = out.length;
      push('rollup-level', replaceAt(t.text, hit.start, hit.end, other.label), `${t.text.slice(hit.start, hit.end)} → ${other.label}`);
      if (out.length > before && inCount && count(other.id) === count(hit.levelId)) out[out.length - 1]!.equivalent = true;
    }
  }
  const STATUS_SWAPS: [RegExp, string][] = [
    [/löper (?:samtliga )?enligt plan/u, 'har inte påbörjats'],
    [/har inte påbörjats/u, 'löper enligt plan'],
    [/har status «[^»]+»/u, 'löper enligt plan'],
  ];
  for (const [re, by] of STATUS_SWAPS) {
    for (const sent of sentences) {
      const m = re.exec(sent.s);
      if (m && (/«/.test(sent.s) || /[Ss]amtliga/.test(sent.s)))
        push('activity-status', replaceAt(t.text, sent.start + m.index, sent.start + m.index + m[0].length, by), `${m[0]} → ${by}`);
    }
  }
  return out;
}

/**
 * A mutant that is still true: a changed figure that happens to be another fact the section rests
 * on (with the same unit), so no checker could tell. Left out and counted.
 */
export function isEquivalent(m: Mutant): boolean {
  if (m.equivalent) return true;
  if (m.kind !== 'economy-figure') return false;
  const changed = findNumbers(m.text).filter((x) => !findNumbers(m.source.text).some((y) => y.start === x.start && y.text === x.text));
  const facts = sectionFacts(m.source.doc, m.source.assessment, m.source.section).numbers;
  return changed.some((x) =>
    facts.some((f) => (f.unit === x.unit || f.unit === 'any') && matchesAtPrecision(Math.abs(x.value), x.decimals, Math.abs(f.value))),
  );
}

export interface KindResult {
  kind: MutationKind;
  mutants: number;
  caught: number;
  rate: number;
  missed: Mutant[];
}

export function runMutants(mutants: Mutant[]): KindResult[] {
  return MUTATION_KINDS.map((kind) => {
    const of = mutants.filter((m) => m.kind === kind);
    const missed = of.filter((m) => errorsOf(m.source, m.text).length === 0);
    return {
      kind,
      mutants: of.length,
      caught: of.length - missed.length,
      rate: of.length ? (of.length - missed.length) / of.length : 0,
      missed,
    };
  });
}

export function formatResults(results: KindResult[]): string {
  return results
    .map((r) => `  ${r.kind.padEnd(16)} ${String(r.caught).padStart(4)}/${String(r.mutants).padEnd(4)} ${(100 * r.rate).toFixed(1)} %`)
    .join('\n');
}
