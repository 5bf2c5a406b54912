/**
 * @module Level phrases in a section's prose, built from the report's own scale labels so any
 * municipality's scale reads: "I hög grad uppfyllt" is also found as "uppfyllda i hög grad" and
 * "bedöms bli uppfyllt i hög grad"; a label that is not a verb ("God", "Godtagbar") is found as
 * written. Longer phrases win, so "delvis uppfyllt" is never read as "uppfyllt".
 */
import { levelsBestFirst, scaleOf, type ReportDocument } from '../report';

export interface LevelHit {
  levelId: string;
  start: number;
  end: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VERB = /^(?:uppfyll\p{L}*|nå\p{L}*)$/u;
const NEGATION = new Set(['ej', 'inte', 'icke']);

function verbForms(verb: string): string {
  if (verb.startsWith('uppfyll')) return 'uppfyll(?:t|da|d|s|as|ts|ts)';
  return 'n(?:ått|ådd|ådda|ås|åtts)';
}

/** Regex sources per level, with the ids; patterns are case-insensitive and match whole words. */
function phrasesOf(doc: ReportDocument): { levelId: string; re: RegExp }[] {
  const out: { levelId: string; re: RegExp }[] = [];
  for (const level of levelsBestFirst(scaleOf(doc))) {
    const words = level.label.toLowerCase().trim().split(/\s+/);
    const vi = words.findIndex((w) => VERB.test(w));
    const alts: string[] = [esc(level.label.toLowerCase().trim()).replace(/\s+/g, '\\s+')];
    if (vi >= 0) {
      const mod = words.filter((_, i) => i !== vi);
      const verb = verbForms(words[vi]!);
      const negated = mod.length === 1 && NEGATION.has(mod[0]!);
      if (negated) alts.push(`(?:ej|inte|icke)\\s+(?:\\p{L}+\\s+){0,2}?${verb}`, `${verb}\\s+(?:ej|inte)`);
      else if (mod.length === 0) alts.push(verb);
      else {
        const m = mod.map(esc).join('\\s+');
        alts.push(`${m}\\s+(?:\\p{L}+\\s+){0,1}?${verb}`, `${verb}\\s+${m}`);
      }
    }
    out.push({ levelId: level.id, re: new RegExp(`(?<![\\p{L}\\d])(?:${alts.join('|')})(?![\\p{L}\\d])`, 'giu') });
  }
  return out;
}

const cache = new WeakMap<ReportDocument, { levelId: string; re: RegExp }[]>();

/** Every level phrase in the text, longest first without overlaps, in text order. */
export function findLevelPhrases(doc: ReportDocument, text: string): LevelHit[] {
  let phrases = cache.get(doc);
  if (!phrases) cache.set(doc, (phrases = phrasesOf(doc)));
  const all: LevelHit[] = [];
  for (const p of phrases)
    for (const m of text.matchAll(p.re)) all.push({ levelId: p.levelId, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: LevelHit[] = [];
  for (const h of all) {
    if (kept.some((k) => k.start < h.end && h.start < k.end)) continue;
    // A bare verb right after a negation or a modifier belongs to another level ("inte uppfyllt").
    const before = text.slice(Math.max(0, h.start - 12), h.start).toLowerCase();
    if (/(?:^|\s)(?:ej|inte|icke|delvis|helt|grad)\s+$/.test(before)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
