/**
 * @module The checker corpus (test/corpus/*.jsonl, format in the corpus notes): every entry run
 * through the checker, and the scores per split and phenomenon — true-text precision (share of
 * true texts with no error) and false-text recall (share of expected errors found: same code, a
 * span overlapping the expected one). Shared by test/domain/corpus.test.ts and bench/corpus.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, type Finding, type FindingCode } from '../../src/domain/checker';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';

const root = join(import.meta.dirname, '..', '..');
export const corpusDir = join(root, 'test', 'corpus');

export interface CorpusEntry {
  id: string;
  split: 'train' | 'heldout';
  source: string;
  phenomenon: string;
  truth: boolean;
  origin?: 'person' | 'model';
  report: string | Record<string, unknown>;
  goalId: string;
  level?: string;
  text: string;
  expect: { code: FindingCode; span: string }[];
}

export interface EntryResult {
  entry: CorpusEntry;
  file: string;
  errors: Finding[];
  /** Expected errors the checker found. */
  found: number;
  /** Expected errors it missed, as "code: span". */
  missed: string[];
  /** Errors not expected (on a true text: every error). */
  extra: string[];
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function readCorpus(file: string): CorpusEntry[] {
  return readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusEntry);
}

const docs = new Map<string, ReportDocument>();

function docOf(report: CorpusEntry['report']): ReportDocument {
  const key = typeof report === 'string' ? report : JSON.stringify(report);
  const hit = docs.get(key);
  if (hit) return hit;
  const raw = typeof report === 'string' ? JSON.parse(readFileSync(join(root, 'data', `${report}.json`), 'utf8')) : report;
  if (typeof report === 'string' && !existsSync(join(root, 'data', `${report}.json`))) throw new Error(`no demo report ${report}`);
  const parsed = parseReportDocument(raw);
  if (!parsed.ok) throw new Error(`invalid report in corpus: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  docs.set(key, parsed.doc);
  return parsed.doc;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function runEntry(entry: CorpusEntry, file = ''): EntryResult {
  const findings = checkText({
    doc: docOf(entry.report),
    goalId: entry.goalId,
    text: entry.text,
    origin: entry.origin ?? 'person',
    ...(entry.level ? { level: entry.level } : {}),
  });
  const errors = findings.filter((f) => f.severity === 'error');
  const used = new Set<Finding>();
  const missed: string[] = [];
  let found = 0;
  for (const e of entry.expect) {
    const at = entry.text.indexOf(e.span);
    const span = { start: at, end: at + e.span.length };
    const hit = errors.find((f) => f.code === e.code && overlaps(f, span));
    if (hit) {
      found++;
      used.add(hit);
    } else missed.push(`${e.code}: ${e.span}`);
  }
  const extra = errors.filter((f) => !used.has(f)).map((f) => `${f.code}: ${entry.text.slice(f.start, f.end)} (${f.message})`);
  return { entry, file, errors, found, missed, extra };
}

export function runCorpus(): EntryResult[] {
  return corpusFiles().flatMap((file) => readCorpus(file).map((e) => runEntry(e, file)));
}

export interface Score {
  trueTexts: number;
  trueClean: number;
  expected: number;
  found: number;
}

/** Scores per split and phenomenon ("all" sums a split). */
export function scores(results: EntryResult[]): Map<string, Map<string, Score>> {
  const out = new Map<string, Map<string, Score>>();
  const add = (split: string, phenomenon: string, r: EntryResult) => {
    const bySplit = out.get(split) ?? new Map<string, Score>();
    out.set(split, bySplit);
    const s = bySplit.get(phenomenon) ?? { trueTexts: 0, trueClean: 0, expected: 0, found: 0 };
    bySplit.set(phenomenon, s);
    if (r.entry.truth) {
      s.trueTexts++;
      if (r.errors.length === 0) s.trueClean++;
    } else {
      s.expected += r.entry.expect.length;
      s.found += r.found;
    }
  };
  for (const r of results) {
    add(r.entry.split, r.entry.phenomenon, r);
    add(r.entry.split, 'all', r);
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`);

/** A Markdown table per split: phenomenon, true-text precision, false-text recall. */
export function formatScores(results: EntryResult[]): string {
  const lines: string[] = [];
  for (const [split, bySplit] of [...scores(results)].sort()) {
    lines.push(
      `\n### ${split}\n`,
      '| phenomenon | true texts | precision | expected errors | recall |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    const rows = [...bySplit].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
    for (const [ph, s] of rows) {
      lines.push(
        `| ${ph === 'all' ? '**all**' : ph} | ${s.trueTexts} | ${s.trueClean}/${s.trueTexts} (${pct(s.trueClean, s.trueTexts)}) | ${s.expected} | ${s.found}/${s.expected} (${pct(s.found, s.expected)}) |`,
      );
    }
  }
  return lines.join('\n');
}
