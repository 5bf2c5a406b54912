/**
 * Every line of every checker corpus file (test/corpus/*.jsonl) follows the corpus format:
 * the fields are there, the report is a valid report-data/v1 document (inline or a demo report
 * in data/) holding the goal, a stated level exists in that report's scale, every expected span
 * occurs in the text, and no text is in two files (a held-out sentence must not be trained on).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';

const root = join(import.meta.dirname, '..', '..');
const corpusDir = join(root, 'test', 'corpus');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort();

const PHENOMENA = [
  'published', 'date', 'paragraph-ref', 'clock-time', 'year-range', 'plan-year', 'age', 'threshold-in-name', 'list-number',
  'comparison', 'number-word', 'fraction', 'approximation', 'range', 'change-indicator', 'signed-change', 'procentenheter',
  'money-scale', 'from-to-years', 'purpose-clause', 'wish-clause', 'plan-future', 'conditional', 'negation', 'inverted-level',
  'bedomer-att-level', 'paraphrased-trend', 'breakdown', 'personnummer',
];
const CODES = [
  'wrong_value', 'wrong_period', 'wrong_unit', 'wrong_level', 'wrong_trend_claim', 'wrong_target_claim', 'wrong_count',
  'ungrounded_number', 'personal_identity_number',
];

interface Line {
  file: string;
  n: number;
  entry: Record<string, unknown>;
}

const lines: Line[] = files.flatMap((file) =>
  readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, n: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, n }) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(raw) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${file}:${n} is not JSON: ${(e as Error).message}`);
      }
      return { file, n, entry };
    }),
);

const demoCache = new Map<string, ReportDocument | null>();
function demoReport(id: string): ReportDocument | null {
  if (!demoCache.has(id)) {
    const path = join(root, 'data', `${id}.json`);
    const parsed = existsSync(path) ? parseReportDocument(JSON.parse(readFileSync(path, 'utf8'))) : null;
    demoCache.set(id, parsed?.ok ? parsed.doc : null);
  }
  return demoCache.get(id) ?? null;
}

/** The problems with one corpus line, as readable strings; empty when it is well-formed. */
function problems({ file, entry: e }: Line): string[] {
  const out: string[] = [];
  const str = (k: string) => typeof e[k] === 'string' && (e[k] as string).length > 0;
  for (const k of ['id', 'split', 'source', 'phenomenon', 'text', 'goalId']) if (!str(k)) out.push(`${k} missing or not a non-empty string`);
  const wantSplit = file.startsWith('heldout') ? 'heldout' : 'train';
  if (e.split !== wantSplit) out.push(`split is ${String(e.split)}, expected ${wantSplit} in ${file}`);
  if (typeof e.source === 'string' && e.source !== 'written' && !/^seed:\S+\.txt$/.test(e.source)) out.push(`source "${e.source}" is neither written nor seed:<file>`);
  if (!PHENOMENA.includes(e.phenomenon as string)) out.push(`unknown phenomenon ${String(e.phenomenon)}`);
  if (typeof e.truth !== 'boolean') out.push('truth is not a boolean');
  if (e.origin !== undefined && e.origin !== 'person' && e.origin !== 'model') out.push(`origin ${String(e.origin)} is neither person nor model`);

  let doc: ReportDocument | null = null;
  if (typeof e.report === 'string') {
    doc = demoReport(e.report);
    if (!doc) out.push(`report "${e.report}" is not a valid demo report in data/`);
  } else if (e.report && typeof e.report === 'object') {
    const parsed = parseReportDocument(e.report);
    if (parsed.ok) doc = parsed.doc;
    else out.push(`inline report invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  } else out.push('report missing');
  if (doc && typeof e.goalId === 'string' && !doc.goals.some((g) => g.id === e.goalId)) out.push(`goal ${e.goalId} not in the report`);
  if (e.level !== undefined && doc && !(doc.scale?.levels ?? []).some((l) => l.id === e.level)) out.push(`level ${String(e.level)} not in the report's scale`);

  if (!Array.isArray(e.expect)) out.push('expect is not an array');
  else {
    const text = typeof e.text === 'string' ? e.text : '';
    for (const x of e.expect as { code?: unknown; span?: unknown }[]) {
      if (!CODES.includes(x.code as string)) out.push(`unknown code ${String(x.code)}`);
      if (typeof x.span !== 'string' || x.span === '' || !text.includes(x.span)) out.push(`span "${String(x.span)}" does not occur in the text`);
    }
    if (e.truth === true && e.expect.length > 0) out.push('a true text expects errors');
    if (e.truth === false && e.expect.length === 0) out.push('a false text expects no error');
  }
  return out;
}

// The seeds live beside the clone (`../shared/seeds`; from a worktree under /work/wt, two levels up).
const seedsDir = [process.env.MOTIVERA_SEEDS, join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find(
  (d): d is string => d !== undefined && existsSync(d),
);
/** Collapses whitespace and drops footnote markers glued to a word ("medarbetarenkät3"), the same way on both sides. */
const normalise = (s: string) => s.replace(/(?<=\p{Ll})\d+/gu, '').replace(/\s+/g, ' ').trim();

describe('checker corpus files', () => {
  it('exist and hold lines', () => {
    expect(files).toContain('heldout.jsonl');
    expect(lines.length).toBeGreaterThan(0);
  });

  it('every line has the fields, a valid report holding the goal, a level of its scale and spans in its text', () => {
    const bad = lines.flatMap((l) => problems(l).map((p) => `${l.file}:${l.n} (${String(l.entry.id)}): ${p}`));
    expect(bad).toEqual([]);
  });

  it('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const { file, n, entry } of lines) {
      const id = String(entry.id);
      if (seen.has(id)) dups.push(`${id} at ${seen.get(id)} and ${file}:${n}`);
      else seen.set(id, `${file}:${n}`);
    }
    expect(dups).toEqual([]);
  });

  it('no text appears in two files', () => {
    const where = new Map<string, Set<string>>();
    for (const { file, entry } of lines) {
      const text = String(entry.text).trim();
      where.set(text, (where.get(text) ?? new Set()).add(file));
    }
    const shared = [...where].filter(([, fs]) => fs.size > 1).map(([t, fs]) => `${[...fs].join(' + ')}: ${t}`);
    expect(shared).toEqual([]);
  });

  it.skipIf(!seedsDir)('a sentence taken from a seed occurs in that seed as printed', () => {
    const seeds = new Map<string, string>();
    const missing = lines.flatMap(({ file, n, entry }) => {
      const source = String(entry.source);
      if (!source.startsWith('seed:')) return [];
      const name = source.slice('seed:'.length);
      if (!seeds.has(name)) {
        const path = join(seedsDir!, name);
        seeds.set(name, existsSync(path) ? normalise(readFileSync(path, 'utf8')) : '');
      }
      return seeds.get(name)!.includes(normalise(String(entry.text))) ? [] : [`${file}:${n} (${String(entry.id)}) not found in ${name}`];
    });
    expect(missing).toEqual([]);
  });

  it('the held-out file covers every phenomenon with at least four true and four false texts', () => {
    const held = lines.filter((l) => l.file === 'heldout.jsonl').map((l) => l.entry);
    const short = PHENOMENA.filter((p) => p !== 'published').flatMap((p) => {
      const t = held.filter((e) => e.phenomenon === p && e.truth === true).length;
      const f = held.filter((e) => e.phenomenon === p && e.truth === false).length;
      return t >= 4 && f >= 4 ? [] : [`${p}: ${t} true, ${f} false`];
    });
    expect(short).toEqual([]);
  });
});
