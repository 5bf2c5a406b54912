/**
 * @module How each level of a report's scale is written in prose ("uppfyllt i hög grad",
 * "delvis uppnås", "uppfylls inte", "bedöms som god"), derived from the level labels, and the check
 * that a text states the goal's level and no other.
 */
import type { Fact, Finding } from './checker';
import type { GoalModel } from './facts';
import { firstEndingAfter, type TextModel, type Word } from './text';
import { levelsBestFirst, scaleOf, type Scale } from '../report';

const B0 = '(?<![\\p{L}\\d])';
const B1 = '(?![\\p{L}\\d])';
const NEG = '(?:inte|ej|icke)';
/** Every form of uppfylla / uppnå / nå a goal is written with. */
const VERB = '(?:uppfyll(?:t|d|da|des|ts|s|es|er|as|des)|uppnå(?:tt|tts|s|r|dd|dda|ddes|dde)|nå(?:tt|tts|s|r|dd|ddes|dde))';
const VERB_WORD = new RegExp(`^${VERB}$`, 'u');
const WORDS = (n: number) => `(?:\\s+\\p{L}+){0,${n}}?`;

/** Ways of writing the usual modifiers; any other modifier is matched as written. */
const MODIFIER_FORMS: Record<string, string> = {
  helt: '(?:helt|fullt\\s+ut|fullständigt|till\\s+fullo)',
  'i hög grad': 'i\\s+hög\\s+grad',
  'i mycket hög grad': 'i\\s+mycket\\s+hög\\s+grad',
  delvis: '(?:delvis|till\\s+viss\\s+del|till\\s+en\\s+del)',
};
const ANY_MODIFIER = '(?:helt|fullt|fullständigt|i\\s+hög|i\\s+mycket|i\\s+stor|delvis|till\\s+viss|till\\s+en\\s+del)';
const GOAL_SUBJECT = '(?:målet|nämndmålet|måluppfyllelsen|måluppfyllnaden)';
/** Up to n words, none of them a negation or a modifier of another level. */
const PLAIN_WORDS = (n: number) => `(?:\\s+(?!(?:${NEG}|${ANY_MODIFIER})${B1})\\p{L}+){0,${n}}?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

interface ParsedLabel {
  negated: boolean;
  modifier: string;
  /** The core word: a verb form of uppfylla/uppnå/nå, or an adjective ("god", "godtagbar"). */
  core: string;
  verbal: boolean;
}

function parseLabel(label: string): ParsedLabel {
  let rest = label.trim().toLowerCase().replace(/\s+/g, ' ');
  const negated = /^(?:ej|inte|icke) /.test(rest);
  if (negated) rest = rest.replace(/^\S+ /, '');
  const parts = rest.split(' ');
  const core = parts.pop() ?? rest;
  return { negated, modifier: parts.join(' '), core, verbal: VERB_WORD.test(core) };
}

const modifierForm = (m: string) => MODIFIER_FORMS[m] ?? escape(m);

function verbalPattern(p: ParsedLabel, isTop: boolean, hasPlainLevel: boolean): string {
  if (p.negated) {
    return [
      `${B0}${NEG}\\s+(?!${ANY_MODIFIER}${B1})(?:\\p{L}+\\s+){0,3}?${VERB}${B1}(?!\\s+${ANY_MODIFIER}${B1})`,
      `${B0}${VERB}\\s+${NEG}${B1}(?!\\s+${ANY_MODIFIER}${B1})`,
    ].join('|');
  }
  const plain = [
    `${B0}${GOAL_SUBJECT}${PLAIN_WORDS(3)}\\s+${VERB}${B1}(?!\\s+(?:${NEG}|${ANY_MODIFIER})${B1})`,
    `${B0}(?<!${NEG}\\s+)${VERB}\\s+${GOAL_SUBJECT}${B1}`,
    // "nämnden når kommunens beslutade målsättning"
    `${B0}(?<!${NEG}\\s+)${VERB}(?:\\s+(?!(?:${NEG})${B1})\\p{L}+){0,3}?\\s+målsättning(?:en|arna)?${B1}`,
  ];
  if (p.modifier === '') return plain.join('|');
  const m = modifierForm(p.modifier);
  const forms = [`${B0}(?<!${NEG}\\s+)${m}${WORDS(3)}\\s+${VERB}${B1}`, `${B0}(?<!${NEG}\\s+)${VERB}${WORDS(1)}\\s+${m}${B1}`];
  // With no level called plainly "uppfyllt", "målet är uppfyllt" means the top level.
  if (isTop && !hasPlainLevel) forms.push(...plain);
  return forms.join('|');
}

function adjectivePattern(p: ParsedLabel, others: ParsedLabel[]): string {
  const core = escape(p.core);
  const otherModifiers = others
    .filter((o) => o.core === p.core && o.modifier !== '' && o.modifier !== p.modifier)
    .map((o) => escape(o.modifier));
  const guard = otherModifiers.length > 0 ? `(?<!(?:${otherModifiers.join('|')})\\s+)` : '';
  const phrase = `${p.negated ? `${NEG}\\s+` : `(?<!${NEG}\\s+)`}${p.modifier ? `${escape(p.modifier)}\\s+` : guard}${core}`;
  return [
    `${B0}(?:bedöms|bedömdes|bedömd|bedömas|anses|ansågs)\\s+(?:som\\s+|vara\\s+)?${phrase}${B1}`,
    `${B0}(?:måluppfyllelsen|måluppfyllnaden|nivån)(?:\\s+(?!(?:${NEG})${B1})\\p{L}+){0,3}?\\s+(?:är|var|blir|blev|bedöms\\s+som)\\s+${phrase}${B1}`,
    // V2 order: "Sammantaget bedöms måluppfyllelsen för året som god"
    `${B0}(?:bedöms|bedömdes|anses|ansågs)\\s+(?:måluppfyllelsen|måluppfyllnaden|målet|nämndmålet)(?:\\s+\\p{L}+){0,3}?\\s+(?:som|vara)\\s+${phrase}${B1}`,
    `${B0}${phrase}\\s+måluppfyllelse${B1}`,
  ].join('|');
}

/**
 * How each level of a scale can be written in prose. The patterns match the phrase only
 * (case-insensitive, no `g` flag); the checker also requires the phrase to be about the goal,
 * not an etappmål ("etappmålet nås inte" is a target claim).
 */
export function levelPhrases(scale: Scale): { levelId: string; pattern: RegExp }[] {
  const levels = levelsBestFirst(scale);
  const parsed = levels.map((l) => parseLabel(l.label));
  const hasPlainLevel = parsed.some((p) => p.verbal && !p.negated && p.modifier === '');
  return levels.map((level, i) => {
    const p = parsed[i]!;
    const source = p.verbal ? verbalPattern(p, i === 0, hasPlainLevel) : adjectivePattern(p, parsed);
    // The label itself ("I hög grad uppfyllt") where it cannot be part of another level's label.
    const label = p.verbal && p.modifier !== '' && !p.negated ? `|${B0}(?<!${NEG}\\s+)${escape(level.label)}${B1}` : '';
    return { levelId: level.id, pattern: new RegExp(`${source}${label}`, 'iu') };
  });
}

// ---------------------------------------------------------------- the check

const GOAL_NOUN =
  /^(?:målet|nämndmålet|målsättning(?:en)?|måluppfyllelsen?|måluppfyllnaden?|målen|etappmål\p{L}*|målvärde\p{L}*|delmål\p{L}*|nämndmålen)$/u;
const IS_GOAL = /^(?:målet|nämndmålet|målsättning(?:en)?|måluppfyllelsen?|måluppfyllnaden?)$/u;

interface LevelHit {
  levelId: string;
  start: number;
  end: number;
}

const patternCache = new WeakMap<Scale, { levelId: string; re: RegExp; verbal: boolean }[]>();

function scalePatterns(scale: Scale) {
  const hit = patternCache.get(scale);
  if (hit) return hit;
  const out = levelPhrases(scale).map((p) => {
    const label = scale.levels.find((l) => l.id === p.levelId)!.label;
    return { levelId: p.levelId, re: new RegExp(p.pattern.source, 'giu'), verbal: parseLabel(label).verbal };
  });
  patternCache.set(scale, out);
  return out;
}

/** A verb phrase states the goal's level only when the nearest mål-word in its sentence is the goal, not an etappmål. */
function aboutTheGoal(t: TextModel, start: number, end: number): boolean {
  // The sentence and its words by binary search: a long text may state many levels.
  const sentence = t.sentences[firstEndingAfter(t.sentences, start)];
  if (!sentence || sentence.start > start) return false;
  const words: Word[] = [];
  for (let i = firstEndingAfter(t.words, sentence.start); i < t.words.length && t.words[i]!.start < sentence.end; i++) {
    const w = t.words[i]!;
    if (w.start >= sentence.start && w.end <= sentence.end) words.push(w);
  }
  const nouns = words.filter((w) => GOAL_NOUN.test(w.lower));
  if (nouns.length === 0) {
    return words.some((w) => w.end <= start && /^bedömning(?:en)?$/.test(w.lower));
  }
  const distance = (w: { start: number; end: number }) => (w.end <= start ? start - w.end : w.start >= end ? w.start - end : 0);
  const nearest = [...nouns].sort((a, b) => distance(a) - distance(b))[0]!;
  return IS_GOAL.test(nearest.lower);
}

export function findLevels(t: TextModel, scale: Scale, names: string[] = []): LevelHit[] {
  const hits: LevelHit[] = [];
  const lowerNames = names.map((n) => n.toLowerCase());
  for (const p of scalePatterns(scale)) {
    p.re.lastIndex = 0;
    for (const m of t.text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (p.verbal && !aboutTheGoal(t, start, end)) continue;
      // "… som efter avslutad insats nått målet med insatsen" is an indicator's name, not the goal's level.
      const phrase = t.lower.slice(start, end).replace(/\s+/g, ' ');
      if (p.verbal && lowerNames.some((n) => n.includes(phrase))) continue;
      hits.push({ levelId: p.levelId, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping phrases: the longer one wins; two levels claiming the same words say nothing.
  const kept: LevelHit[] = [];
  for (const h of hits) {
    const clash = kept.find((k) => h.start < k.end && k.start < h.end);
    if (!clash) kept.push(h);
    else if (clash.levelId !== h.levelId && clash.start === h.start && clash.end === h.end) clash.levelId = '';
  }
  return kept.filter((h) => h.levelId !== '');
}

export function checkLevel(t: TextModel, model: GoalModel, levelId: string): Finding[] {
  const scale = scaleOf(model.doc);
  const label = (id: string) => scale.levels.find((l) => l.id === id)?.label ?? id;
  const expected = label(levelId);
  const fact: Fact = { kind: 'level', label: expected, text: levelId };
  const hits = findLevels(
    t,
    scale,
    model.goal.indicators.map((i) => i.name),
  );
  if (hits.length === 0) {
    const last = t.sentences[t.sentences.length - 1] ?? { start: 0, end: t.text.length };
    return [
      {
        severity: 'warning',
        code: 'missing_level',
        message: `Texten säger inte vilken nivå målet har (${expected}).`,
        start: last.start,
        end: last.end,
        facts: [fact],
        expected,
      },
    ];
  }
  return hits
    .filter((h) => h.levelId !== levelId)
    .map((h) => ({
      severity: 'error' as const,
      code: 'wrong_level',
      message: `Texten anger nivån ${label(h.levelId)}, men målets nivå är ${expected}.`,
      start: h.start,
      end: h.end,
      facts: [fact],
      expected,
    }));
}
