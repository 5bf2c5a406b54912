/**
 * @module Mutants of true motivation texts, one change each, for measuring what the checker
 * catches: a changed figure, a flipped trend word, a negated target claim, another level, an
 * inserted personnummer. Deterministic; the sites are found with their own patterns, not the checker's.
 */
import { checkText, goalFacts, type Finding } from '../../src/domain/checker';
import { findNumbers, formatNumber, matchesAtPrecision, numberWord, type NumberMention } from '../../src/domain/sv';
import { proseNames, scaleOf } from '../../src/domain/report';
import { demoDoc, type TrueText } from './checker-texts';

export type MutationKind =
  'figure' | 'trend' | 'target' | 'level' | 'level-inverted' | 'level-bedomer' | 'trend-paraphrase' | 'personnummer';
export const MUTATION_KINDS: MutationKind[] = [
  'figure',
  'trend',
  'target',
  'level',
  'level-inverted',
  'level-bedomer',
  'trend-paraphrase',
  'personnummer',
];

export interface Mutant {
  kind: MutationKind;
  source: TrueText;
  text: string;
  /** The changed words in the mutated text. */
  start: number;
  end: number;
  what: string;
}

function replace(t: TrueText, kind: MutationKind, start: number, end: number, by: string, what: string): Mutant {
  return { kind, source: t, text: t.text.slice(0, start) + by + t.text.slice(end), start, end: start + by.length, what };
}

const capitalised = (word: string, like: string) => (/^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word);

// ---------------------------------------------------------------- (1) figures

function numericPart(m: NumberMention): { offset: number; length: number } {
  const lead = /^[−+\-–]?\s?[\d\u00a0\u202f ]*\d(?:,\d+)?/.exec(m.text);
  return lead ? { offset: 0, length: lead[0].length } : { offset: 0, length: m.text.length };
}

function written(value: number, decimals: number, like: NumberMention): string {
  if (like.source === 'word') return capitalised(numberWord(value) ?? String(value), like.text);
  if (like.isYear) return String(value);
  const text = formatNumber(value, { decimals: Math.max(0, decimals) });
  return like.text.startsWith('-') ? text.replace('\u2212', '-') : text;
}

function figureMutants(t: TrueText): Mutant[] {
  const facts = goalFacts(demoDoc(t.report), t.goalId).filter((f) => f.value !== undefined);
  const out: Mutant[] = [];
  for (const m of findNumbers(t.text)) {
    const part = numericPart(m);
    const at = m.start + part.offset;
    const end = at + part.length;
    const step = 10 ** -Math.max(0, m.decimals);
    const variants: [string, number, number][] = [];
    if (m.isYear) {
      variants.push(['year +1', m.value + 1, 0], ['year −1', m.value - 1, 0]);
    } else {
      variants.push(['+1 in the last digit', m.value + step, m.decimals]);
      if (Math.abs(m.value) - step >= (m.source === 'word' ? 1 : 0) || m.value < 0)
        variants.push(['−1 in the last digit', m.value - step, m.decimals]);
      if (m.source === 'digits') {
        if (m.decimals > 0) {
          const digit = Math.round(Math.abs(m.value) / step) % 10;
          const other = (digit + 5) % 10;
          variants.push(['another decimal', m.value + Math.sign(m.value || 1) * (other - digit) * step, m.decimals]);
        } else {
          variants.push(['a decimal added', m.value + Math.sign(m.value || 1) * 0.4, 1]);
        }
      }
      // Another fact's value with the same kind of unit, the nearest one that reads differently.
      const sameUnit = facts
        .filter((f) => {
          const pct = f.unit === '%' || f.unit === 'procent';
          if (m.unit === 'procent') return pct;
          if (m.unit === 'procentenheter') return f.unit === 'procentenheter';
          if (m.unit === 'mnkr' || m.unit === 'tkr') return f.unit === m.unit;
          return !pct && f.unit !== 'procentenheter';
        })
        .filter(
          (f) => f.kind !== 'period' && f.kind !== 'relativeChange' && !(Number.isInteger(f.value) && f.value! >= 1990 && f.value! <= 2100),
        );
      const shown = formatNumber(m.value, { decimals: Math.max(0, m.decimals) });
      const other = sameUnit
        .map((f) => f.value!)
        .filter((v) => (m.source === 'word' ? Number.isInteger(v) && v >= 1 && v <= 20 : true))
        .filter(
          (v) =>
            formatNumber(v, { maxDecimals: 2 }) !== shown &&
            formatNumber(Math.abs(v), { maxDecimals: 2 }) !== formatNumber(Math.abs(m.value), { decimals: Math.max(0, m.decimals) }),
        )
        .sort((a, b) => Math.abs(a - m.value) - Math.abs(b - m.value) || a - b)[0];
      if (other !== undefined) variants.push(["another fact's value", other, m.source === 'word' ? 0 : Math.min(2, decimalsOf(other))]);
    }
    const seen = new Set<string>();
    for (const [what, value, decimals] of variants) {
      // "en"/"ett" before a noun is an article, not a figure: no mutant to read.
      if (m.source === 'word' && value === 1) continue;
      // Writing the same figure at another precision ("8" for 7,8) is a rounding, not a change.
      if (matchesAtPrecision(value, decimals, m.value) || matchesAtPrecision(m.value, m.decimals, value)) continue;
      const by = written(value, decimals, m);
      if (by === t.text.slice(at, end) || seen.has(by)) continue;
      seen.add(by);
      out.push(replace(t, 'figure', at, end, by, `${what}: ${t.text.slice(at, end)} → ${by}`));
    }
  }
  return out;
}

function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 6;
}

// ---------------------------------------------------------------- (2) trend words

const TREND_PAIRS: Record<string, string> = {
  ökat: 'minskat',
  minskat: 'ökat',
  ökats: 'minskats',
  minskats: 'ökats',
  ökar: 'minskar',
  minskar: 'ökar',
  ökade: 'minskade',
  minskade: 'ökade',
  förbättrats: 'försämrats',
  försämrats: 'förbättrats',
  förbättrat: 'försämrat',
  försämrat: 'förbättrat',
  förbättrades: 'försämrades',
  försämrades: 'förbättrades',
  förbättras: 'försämras',
  försämras: 'förbättras',
  sjunkit: 'ökat',
  stigit: 'minskat',
};

function trendMutants(t: TrueText): Mutant[] {
  const names = demoDoc(t.report)
    .goals.find((g) => g.id === t.goalId)!
    .indicators.map((i) => i.name.toLowerCase());
  const out: Mutant[] = [];
  for (const m of t.text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const flip = TREND_PAIRS[word];
    if (!flip) continue;
    const before = t.text
      .slice(Math.max(0, m.index - 40), m.index)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-4);
    const supine = /at$/.test(word);
    const finite = /(?:ade|ar)$/.test(word);
    // A claim, not an adjective: "har ökat", "förbättrats", "minskade från"; not "den ökade", "ett förbättrat".
    if (supine && !before.some((b) => b === 'har' || b === 'hade')) continue;
    if (
      finite &&
      ['den', 'det', 'de', 'en', 'ett', 'om', 'av', 'för', 'med', 'på', 'till', 'mot'].includes(before[before.length - 1] ?? '')
    )
      continue;
    // A verb inside an indicator's name ("… situation har förbättrats") is the name, not a claim.
    const around = `${before.slice(-2).join(' ')} ${word}`;
    if (names.some((n) => n.includes(around))) continue;
    out.push(replace(t, 'trend', m.index, m.index + m[0].length, capitalised(flip, m[0]), `${m[0]} → ${flip}`));
  }
  return out;
}

// ---------------------------------------------------------------- (3) target claims

const TARGET_NOUN = /\b(?:etappmål\p{L}*|målvärde\p{L}*|målen för året)/iu;

const TARGET_FLIPS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(?<![\p{L}])(nås|når|uppnås|uppnår|överträffas|överträffar)((?: därmed| alltså| därför)?) inte(?![\p{L}])/giu, (m) => `${m[1]}${m[2]}`],
  [/(?<![\p{L}])inte (nås|når|uppnås|uppnår)(?![\p{L}])/giu, (m) => m[1]!],
  [
    /(?<![\p{L}]|inte )(nås|når|uppnås|uppnår|överträffas|överträffar)(?!(?: därmed| alltså| därför)? inte)(?![\p{L}])/giu,
    (m) => `${m[1]} inte`,
  ],
  [
    /(?<![\p{L}])(ligger(?: \p{L}+)?|långt) (under|över)(?![\p{L}])/giu,
    (m) => `${m[1]} ${m[2]!.toLowerCase() === 'under' ? 'över' : 'under'}`,
  ],
  [/(?<![\p{L}])(bättre|sämre) än(?![\p{L}])/giu, (m) => `${m[1]!.toLowerCase() === 'bättre' ? 'sämre' : 'bättre'} än`],
  [/(?<![\p{L}])(mer|mindre) positiv(t?) än(?![\p{L}])/giu, (m) => `${m[1]!.toLowerCase() === 'mer' ? 'mindre' : 'mer'} positiv${m[2]} än`],
  [/(?<![\p{L}])(överstiger|understiger)(?![\p{L}])/giu, (m) => (m[1]!.toLowerCase() === 'överstiger' ? 'understiger' : 'överstiger')],
];

function targetMutants(t: TrueText): Mutant[] {
  const names = demoDoc(t.report)
    .goals.find((g) => g.id === t.goalId)!
    .indicators.map((i) => i.name.toLowerCase());
  const out: Mutant[] = [];
  const taken: [number, number][] = [];
  for (const sentence of t.text.matchAll(/[^.]+\.?/g)) {
    if (!TARGET_NOUN.test(sentence[0])) continue;
    for (const [re, flip] of TARGET_FLIPS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence[0]); m; m = re.exec(sentence[0])) {
        const start = sentence.index + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        // The claim must be about a target: the noun within six words of it.
        const window = t.text.slice(Math.max(sentence.index, start - 60), Math.min(sentence.index + sentence[0].length, end + 60));
        if (!TARGET_NOUN.test(window)) continue;
        // "… som uppnår målet med insatsen" is an indicator's name.
        const around = t.text.slice(start, Math.min(t.text.length, end + 12)).toLowerCase();
        if (names.some((n) => n.includes(around))) continue;
        taken.push([start, end]);
        out.push(replace(t, 'target', start, end, capitalised(flip(m), m[0]), `${m[0]} → ${flip(m)}`));
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- (4) levels

const LEVEL_VERB = '(uppfyllt|uppfylls|uppfyllts|uppnått|uppnås|uppnåtts|nått|nås)';
const LEVEL_SITE = new RegExp(
  [
    `(i hög grad|delvis|helt|inte|ej)((?: \\p{L}+){0,2}) ${LEVEL_VERB}(?![\\p{L}])`,
    `${LEVEL_VERB} (i hög grad|delvis|helt)(?![\\p{L}])`,
    `(?<=(?:målet|nämndmålet) (?:är |har )?)${LEVEL_VERB}(?![\\p{L}])`,
  ].join('|'),
  'giu',
);
const GOAL_WORD = /\b(?:målet|nämndmålet|måluppfyllelsen|måluppfyllnaden)\b/iu;
const LEVEL_FORMS: Record<string, string> = { helt: 'helt', hog: 'i hög grad', delvis: 'delvis', ej: 'inte' };

function levelMutants(t: TrueText): Mutant[] {
  const doc = demoDoc(t.report);
  const level = t.level ?? '';
  const out: Mutant[] = [];
  for (const sentence of t.text.matchAll(/[^.]+\.?/g)) {
    if (!GOAL_WORD.test(sentence[0]) || /etappmål|målen för året/i.test(sentence[0])) continue;
    for (const m of sentence[0].matchAll(LEVEL_SITE)) {
      const verb = m[3] ?? m[4] ?? m[6]!;
      const start = sentence.index + m.index;
      for (const other of doc.scale!.levels) {
        if (other.id === level || !LEVEL_FORMS[other.id]) continue;
        const by = capitalised(`${LEVEL_FORMS[other.id]} ${verb}`, m[0]);
        out.push(replace(t, 'level', start, start + m[0].length, by, `${m[0]} → ${by}`));
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- (4b) levels in V2 order and in "bedömer att" form

/** A sentence stating another level, added after the text: in inverted word order or as an assessment clause. */
function appendedLevelMutants(t: TrueText): Mutant[] {
  if (!t.level) return [];
  const doc = demoDoc(t.report);
  const out: Mutant[] = [];
  const forms: [MutationKind, (label: string) => string][] = [
    ['level-inverted', (l) => `Sammanfattningsvis bedöms målet vara ${l}.`],
    ['level-inverted', (l) => `Därför bedöms nämndmålet som ${l}.`],
    ['level-bedomer', (l) => `Förvaltningen bedömer att målet är ${l}.`],
    ['level-bedomer', (l) => `Bedömningen är att nämndmålet är ${l}.`],
  ];
  for (const other of scaleOf(doc).levels) {
    if (other.id === t.level) continue;
    for (const [kind, sentence] of forms) {
      const add = ` ${sentence(other.label.toLowerCase())}`;
      const at = t.text.length;
      const m = replace(t, kind, at, at, add, `added "${add.trim()}"`);
      out.push({ ...m, start: at + 1, end: at + add.length });
    }
  }
  return out;
}

// ---------------------------------------------------------------- (4c) trends on an indicator named in other words

/** "Handläggningstiden för ekonomiskt bistånd har ökat" where it went down: the indicator by its prose name, not its table name. */
function paraphrasedTrendMutants(t: TrueText): Mutant[] {
  const doc = demoDoc(t.report);
  const names = proseNames(doc);
  const goal = doc.goals.find((g) => g.id === t.goalId)!;
  const out: Mutant[] = [];
  for (const ind of goal.indicators) {
    const prose = names.get(ind.id);
    const years = ind.values.filter((v) => v.value !== null && /^\d{4}$/.test(v.period)).sort((a, b) => a.period.localeCompare(b.period));
    const [a, b] = years.slice(-2);
    if (!prose || prose.toLowerCase() === ind.name.toLowerCase() || !a || !b || a.value === b.value) continue;
    const wrong = b.value! > a.value! ? 'minskat' : 'ökat';
    const add = ` ${prose.charAt(0).toUpperCase()}${prose.slice(1)} har ${wrong} sedan ${a.period}.`;
    const at = t.text.length;
    const m = replace(t, 'trend-paraphrase', at, at, add, `added "${add.trim()}"`);
    out.push({ ...m, start: at + 1, end: at + add.length });
  }
  return out;
}

// ---------------------------------------------------------------- (5) personnummer

/** The nine digits with their Luhn check digit appended. */
export function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return nine + String((10 - (sum % 10)) % 10);
}

/** Valid numbers (Luhn): the Tax Agency's test person, and samordningsnummer (day + 60). */
export const PERSONNUMMER = (() => {
  const p = withCheckDigit('121212121');
  const s = withCheckDigit('010172238');
  const s2 = withCheckDigit('850569123');
  return [
    `19${p.slice(0, 6)}-${p.slice(6)}`,
    `${p.slice(0, 6)}-${p.slice(6)}`,
    `${s.slice(0, 6)}-${s.slice(6)}`,
    `19${s2.slice(0, 6)}${s2.slice(6)}`,
    `20${s.slice(0, 6)}-${s.slice(6)}`,
  ];
})();

function personnummerMutants(t: TrueText): Mutant[] {
  const sentences = [...t.text.matchAll(/[^.]+\.\s*/g)];
  return PERSONNUMMER.map((pnr, i) => {
    const after = sentences[i % sentences.length];
    const at = after ? after.index + after[0].length : t.text.length;
    const insert = `Ärendet gäller ${pnr}. `;
    const prefix = at === t.text.length && !t.text.endsWith(' ') ? ' ' : '';
    const m = replace(t, 'personnummer', at, at, prefix + insert, `inserted ${pnr}`);
    return { ...m, start: at + prefix.length + 15, end: at + prefix.length + 15 + pnr.length };
  });
}

export function mutantsOf(t: TrueText): Mutant[] {
  return [
    ...figureMutants(t),
    ...trendMutants(t),
    ...targetMutants(t),
    ...levelMutants(t),
    ...appendedLevelMutants(t),
    ...paraphrasedTrendMutants(t),
    ...personnummerMutants(t),
  ];
}

// ---------------------------------------------------------------- equivalent mutants

/**
 * Mutants that still say something true, by the data, or that no reading of the data can tell from
 * the true text they come from: no checker could flag them without flagging the true text too.
 * Each is listed with why, and left out of the rates (and counted apart).
 */
export const EQUIVALENT: { goal: string; says: string; why: string }[] = [
  {
    goal: 'vb-2022 g4',
    says: 'Etappmålen nås inte med marginal för fyra av indikatorerna',
    why: 'four of the eight judged indicators do miss their etappmål',
  },
  { goal: 'vb-2022 g4', says: 'En indikator ligger lågt över det satta etappmålet', why: 'one does: avhoppare, 100 procent against 50' },
  { goal: 'vb-2022 g5', says: '47,4 procent, samma som 2022', why: 'the 2022 value is 47,4, as in 2021' },
  // The published g4 sentence "för tre av dem är trenden positiv trots att målen för året inte nås":
  // the data has two indicators with a positive trend (missbruksvård 81→91, boendestöd 90→94), both
  // over their etappmål, and none among the four that miss theirs. The published "tre" has no
  // reading the data supports, so the checker leaves the count unread, and must: reading it would
  // flag the published text. Its mutants are as unverifiable as the original, or true.
  { goal: 'vb-2022 g4', says: 'för två av dem är trenden positiv', why: 'two indicators do have a positive trend' },
  {
    goal: 'vb-2022 g4',
    says: 'för fyra av dem är trenden positiv',
    why: 'the true text says three, which the data does not hold either: the count cannot be read without flagging the published text',
  },
  {
    goal: 'vb-2022 g4',
    says: 'trenden positiv trots att målen för året nås',
    why: 'the indicators with a positive trend (missbruksvård, boendestöd) both meet their etappmål for the year',
  },
];

export const isEquivalent = (m: Mutant) =>
  EQUIVALENT.some((e) => e.goal === `${m.source.report} ${m.source.goalId}` && m.text.includes(e.says) && !m.source.text.includes(e.says));

// ---------------------------------------------------------------- running

/** An error in the sentence that was changed; the unmutated texts have none. */
export function detects(findings: Finding[], m: Mutant): boolean {
  const sentenceStart = m.text.lastIndexOf('. ', m.start) + 1;
  const next = m.text.indexOf('. ', m.end);
  const sentenceEnd = next < 0 ? m.text.length : next + 1;
  return findings.some((f) => f.severity === 'error' && f.start < sentenceEnd && f.end > sentenceStart);
}

export interface KindResult {
  kind: MutationKind;
  mutants: number;
  detected: number;
  rate: number;
  missed: Mutant[];
}

export function runMutants(mutants: Mutant[]): KindResult[] {
  return MUTATION_KINDS.map((kind) => {
    const list = mutants.filter((m) => m.kind === kind);
    const missed = list.filter((m) => {
      const findings = checkText({
        doc: demoDoc(m.source.report),
        goalId: m.source.goalId,
        text: m.text,
        origin: 'model',
        ...(m.source.level ? { level: m.source.level } : {}),
      });
      return !detects(findings, m);
    });
    const detected = list.length - missed.length;
    return { kind, mutants: list.length, detected, rate: list.length === 0 ? 1 : detected / list.length, missed };
  });
}

export function formatResults(results: KindResult[]): string {
  return results
    .map(
      (r) =>
        `${r.kind.padEnd(13)} ${String(r.detected).padStart(4)} / ${String(r.mutants).padEnd(4)} ${(100 * r.rate).toFixed(1).padStart(5)} %`,
    )
    .join('\n');
}
