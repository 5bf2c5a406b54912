/** @module The Swedish words the checker reads claims by: trend verbs, target verbs and comparisons, negations, and the small words a claim's subject hides behind. */
import { MONTH_WORDS } from '../sv';
import type { Word } from './text';

export const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig']);

export type TrendKind = 'up' | 'down' | 'better' | 'worse' | 'same';

interface TrendForm {
  kind: TrendKind;
  aux?: boolean;
  finite?: boolean;
}

/**
 * Trend verb forms. `aux`: the supine in -at doubles as an adjective ("ett förbättrat arbete"),
 * so it is only a claim after "har"/"hade". `finite`: preterite forms in -ade are adjectives after
 * a determiner ("den ökade medvetenheten").
 */
export const TREND_FORMS: ReadonlyMap<string, TrendForm> = (() => {
  const m = new Map<string, TrendForm>();
  const add = (kind: TrendKind, words: string[], extra: Omit<TrendForm, 'kind'> = {}) => words.forEach((w) => m.set(w, { kind, ...extra }));
  add('up', ['ökats', 'ökar', 'stiger', 'steg', 'höjdes', 'stigit', 'höjts', 'vuxit', 'växer', 'fördubblats', 'förlängts', 'förlängdes']);
  add('up', ['växte'], { finite: true });
  add('up', ['ökat'], { aux: true });
  add('up', ['ökade'], { finite: true });
  add('down', ['minskats', 'minskar', 'sjunker', 'sjönk', 'sänktes', 'sjunkit', 'sänkts', 'halverats', 'halverades']);
  add('down', ['kortats', 'kortades', 'förkortats', 'förkortades']);
  add('down', ['minskat'], { aux: true });
  add('down', ['minskade'], { finite: true });
  add('better', ['förbättrats', 'förbättras', 'förbättrades']);
  add('better', ['förbättrat'], { aux: true });
  add('worse', ['försämrats', 'försämras', 'försämrades']);
  add('worse', ['försämrat'], { aux: true });
  add('same', ['oförändrad', 'oförändrat', 'oförändrade']);
  return m;
})();

/** Infinitives after "fortsätta (att)": what went on happening ("ska fortsätta att öka"). */
const CONTINUED: ReadonlyMap<string, TrendKind> = new Map([
  ...['öka', 'stiga', 'växa', 'ökning', 'ökningen'].map((w) => [w, 'up'] as const),
  ...['minska', 'sjunka', 'minskning', 'minskningen'].map((w) => [w, 'down'] as const),
  ...['förbättras', 'förbättra', 'förbättring', 'förbättringen'].map((w) => [w, 'better'] as const),
  ...['försämras', 'försämring', 'försämringen'].map((w) => [w, 'worse'] as const),
]);

/** The word a person would use for each trend, for messages. */
export const TREND_WORD: Record<TrendKind, string> = {
  up: 'ökat',
  down: 'minskat',
  better: 'förbättrats',
  worse: 'försämrats',
  same: 'är oförändrad',
};

export const OPPOSITE: Record<TrendKind, TrendKind> = { up: 'down', down: 'up', better: 'worse', worse: 'better', same: 'up' };

const PREPOSITIONS = new Set(['om', 'av', 'för', 'med', 'på', 'till', 'från', 'mot', 'vid', 'genom', 'trots', 'utan', 'efter', 'inför']);
const AUX = new Set(['har', 'hade', 'ha', 'haft', 'hava']);
export const DETERMINERS = new Set([
  'den',
  'det',
  'de',
  'en',
  'ett',
  'sin',
  'sitt',
  'sina',
  'denna',
  'detta',
  'dessa',
  'vår',
  'vårt',
  'våra',
]);

export interface TrendHit {
  kind: TrendKind;
  negated: boolean;
  /** "ska fortsätta att öka": a wish that takes for granted what happened, so a claim in any mood. */
  presupposed?: boolean;
  /** The verb (with its negation) in the text. */
  start: number;
  end: number;
  word: Word;
}

/** Trend claims among `words` (one clause): "har ökat", "har inte minskat", "ligger kvar", "är oförändrad". */
export function trendHits(words: Word[]): TrendHit[] {
  const out: TrendHit[] = [];
  words.forEach((w, i) => {
    let kind: TrendKind | undefined;
    const form = TREND_FORMS.get(w.lower);
    const going = CONTINUED.get(w.lower);
    if (going) {
      const neg = words.slice(Math.max(0, i - 4), i).some((b) => NEGATIONS.has(b.lower));
      // "ska fortsätta att öka", "en fortsatt minskning": it went that way; "ska öka igen": it went the other way.
      const on = words.slice(Math.max(0, i - 2), i).some((b) => /^(?:fortsätta|fortsätter|fortsatt|fortsatte)$/.test(b.lower));
      const again = [words[i - 1], words[i + 1]].some((b) => b !== undefined && /^(?:igen|åter)$/.test(b.lower));
      if ((on || again) && !neg) {
        const kind = on ? going : going === 'up' ? 'down' : going === 'down' ? 'up' : going === 'better' ? 'worse' : 'better';
        out.push({ kind, negated: false, presupposed: true, start: w.start, end: w.end, word: w });
      }
      if (on || again || !form) return;
    }
    if (form) {
      if (form.aux && !words.slice(Math.max(0, i - 4), i).some((b) => AUX.has(b.lower))) return;
      const prev = words[i - 1];
      // "den ökade medvetenheten", "nämndens minskade kostnader", "om minskade utsläpp" are adjectives.
      if (form.finite && prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /^\p{L}+ens$/u.test(prev.lower))) return;
      kind = form.kind;
    } else if (/^(?:ned|ner|upp)$/.test(w.lower) && /^(?:gått|gick|går)$/.test(words[i - 1]?.lower ?? '')) {
      // "har gått ned", "gick upp": the particle carries the direction.
      kind = w.lower === 'upp' ? 'up' : 'down';
    } else if (w.lower === 'kvar' && i > 0 && /^(?:ligger|låg|legat|ligga|står|stått)$/.test(words[i - 1]!.lower)) {
      kind = 'same';
    } else if (w.lower === 'samma' && /^(?:som|nivå)$/.test(words[i + 1]?.lower ?? '')) {
      // "samma som 2021" compares with a year; "samma nivå som etappmålet" is a target claim.
      const rest = words.slice(i + 1, i + 5);
      if (rest.some((r) => /^(?:etappmål|målvärde)/.test(r.lower)) || !rest.some((r) => /^\d{4}$/.test(r.lower))) return;
      kind = 'same';
    }
    if (!kind) return;
    const before = words.slice(Math.max(0, i - 2), i).find((b) => NEGATIONS.has(b.lower));
    const after = words[i + 1] && NEGATIONS.has(words[i + 1]!.lower) && !form?.aux ? words[i + 1] : undefined;
    const neg = before ?? after;
    const start = kind === 'same' && w.lower === 'kvar' ? words[i - 1]!.start : w.start;
    out.push({
      kind,
      negated: neg !== undefined,
      start: Math.min(start, neg?.start ?? start),
      end: Math.max(w.end, neg?.end ?? w.end),
      word: w,
    });
  });
  return out;
}

// ---------------------------------------------------------------- targets

/** Nouns that name an indicator's target rather than the goal itself. */
export function isTargetNoun(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (/^(?:etappmål|målvärde)/.test(w.lower)) return true;
  // "målen för året" are the year's targets; "målet för året" is the goal (a level claim).
  if (w.lower === 'målen') return true;
  // "satt målvärde", "det satta målet"
  return /^mål(?:et)?$/.test(w.lower) && i > 0 && /^satt[a]?$/.test(words[i - 1]!.lower);
}

// prettier-ignore
export const TARGET_VERBS = new Set([
  'nås', 'når', 'nått', 'nåtts', 'nåddes', 'nådde', 'uppnås', 'uppnår', 'uppnått', 'uppnåtts', 'uppnåddes', 'uppnådde',
  'klaras', 'klarar', 'klarats', 'överträffas', 'överträffar', 'överträffat', 'överträffats', 'överträffades',
  'infrias', 'uppfylls', 'uppfylldes', 'uppfyllts', 'uppfyllt', 'uppfylld', 'uppfyller',
]);

export type TargetRelation = 'met' | 'notMet' | 'above' | 'below';

/** Comparisons with a target: what a word (with the word before it) claims. */
export function targetRelation(words: Word[], i: number): { relation: TargetRelation; start: number } | null {
  const w = words[i]!;
  const prev = words[i - 1]?.lower ?? '';
  const next = words[i + 1]?.lower ?? '';
  if (TARGET_VERBS.has(w.lower)) return { relation: 'met', start: w.start };
  if (/^(?:överstiger|översteg|överstigit|överskrider|överskred)$/.test(w.lower)) return { relation: 'above', start: w.start };
  if (/^(?:understiger|understeg|understigit)$/.test(w.lower)) return { relation: 'below', start: w.start };
  if (next === 'än' || next === 'jämfört') {
    if (w.lower === 'bättre' || (/^positiv[t]?$/.test(w.lower) && prev === 'mer'))
      return { relation: 'met', start: words[prev === 'mer' ? i - 1 : i]!.start };
    if (w.lower === 'sämre' || (/^positiv[t]?$/.test(w.lower) && prev === 'mindre'))
      return { relation: 'notMet', start: words[prev === 'mindre' ? i - 1 : i]!.start };
    if (w.lower === 'högre') return { relation: 'above', start: w.start };
    if (w.lower === 'lägre') return { relation: 'below', start: w.start };
  }
  if (
    (w.lower === 'över' || w.lower === 'under') &&
    words.slice(Math.max(0, i - 3), i).some((b) => /^(?:ligger|låg|legat|hamnar|hamnade|landar|landade)$/.test(b.lower))
  ) {
    return { relation: w.lower === 'över' ? 'above' : 'below', start: w.start };
  }
  if (w.lower === 'från' && prev === 'långt') return { relation: 'notMet', start: words[i - 1]!.start };
  return null;
}

// ---------------------------------------------------------------- subjects

/** Words that refer back to the indicator just named ("värdet har ökat", "den ligger kvar"). */
// prettier-ignore
export const GENERIC_REF = new Set([
  'värdet', 'resultatet', 'utfallet', 'andelen', 'antalet', 'nivån', 'indikatorn', 'måttet', 'siffran', 'talet',
  'trenden', 'utvecklingen', 'indikatorns', 'resultaten', 'värdena', 'utfallen',
]);

/** Small words a segment may open with before its subject or verb. */
export const SKIP = new Set([
  'och',
  'samt',
  'eller',
  'men',
  'medan',
  'då',
  'trots',
  'att',
  'vilket',
  'varför',
  'eftersom',
  'däremot',
  'dock',
  'därmed',
  'därför',
  'även',
  'också',
  'dessutom',
  'fortfarande',
  'alltjämt',
  'nu',
  'idag',
  'dag',
  'dagsläget',
  'nuläget',
  'i',
  'stället',
  'istället',
  'inte',
  'ej',
  'något',
  'ytterligare',
  'fortsatt',
  'sedan',
  'samtidigt',
  'ändå',
  'så',
  'alltså',
  'vidare',
  'har',
  'hade',
  'ha',
  'är',
  'var',
  'varit',
  'blir',
  'blev',
  'kan',
  'kunde',
  'ska',
  'skulle',
  'bedöms',
  'anses',
  'får',
  'under',
  'året',
  'år',
  'jämfört',
  'jämföra',
  'med',
  'totalt',
  'sammantaget',
  'redan',
  'slutligen',
  'likaså',
  'tyvärr',
  'glädjande',
  'nog',
  'ju',
  'emellertid',
  // prepositions and units between a figure and what it says
  'efter',
  'före',
  'mot',
  'från',
  'till',
  'av',
  'på',
  'för',
  'om',
  'inom',
  'enligt',
  'per',
  'vid',
  'som',
  'bland',
  'där',
  'procent',
  'procentenheter',
  'kronor',
  'miljoner',
  'tkr',
  'mnkr',
  'kr',
  'dagar',
  ...MONTH_WORDS,
]);

/** Verbs that continue the last subject's predicate. */
export function isPredicate(w: Word): boolean {
  return (
    TREND_FORMS.has(w.lower) ||
    TARGET_VERBS.has(w.lower) ||
    /^(?:ligger|låg|legat|uppgår|uppgick|landade|landar|hamnade|hamnar|visar|visade|överstiger|understiger|motsvarar|motsvarade)$/.test(
      w.lower,
    ) ||
    // comparisons and changes that go on describing the same figure ("är därmed bättre än", ", en ökning med")
    /^(?:bättre|sämre|högre|lägre|mer|mindre|nära|långt|över|under|samma|ökning|minskning|förbättring|försämring|förändring|skillnad|höjning|sänkning|underskott|överskott)$/.test(
      w.lower,
    )
  );
}

// ---------------------------------------------------------------- other populations

/** Which population a word names, as a key family: riket, länet, or other municipalities. */
export function populationOf(words: Word[], i: number): 'riket' | 'länet' | 'kommuner' | null {
  const w = words[i]!.lower;
  const prev = words[i - 1]?.lower ?? '';
  // "Stockholms län", "i länet": a county by its name.
  if (w === 'län' && /s$/.test(prev)) return 'länet';
  if (w.length < 5 || !'rlkjns'.includes(w[0]!)) return null;
  if (/^(?:riket|rikets|rikssnitt\p{L}*|riksgenomsnitt\p{L}*|riksnivå\p{L}*|sverige|sveriges|nationell[at]?)$/u.test(w)) return 'riket';
  if ((w === 'landet' || w === 'landets') && /^(?:hela|i)$/.test(prev)) return 'riket';
  if (/^(?:länet|länets|länssnitt\p{L}*|länsgenomsnitt\p{L}*)$/u.test(w)) return 'länet';
  if (/^kommuner(?:na)?$/.test(w) && /^(?:liknande|jämförbara|jämförelse|övriga|andra)$/.test(words[i - 1]?.lower ?? '')) return 'kommuner';
  if (/^(?:kommungrupp\p{L}*|jämförelsekommuner\p{L}*)$/u.test(w)) return 'kommuner';
  return null;
}

/** Whether a comparison key in the data ("riket", "Länet", "liknande kommuner", "Stockholms län") is of a population family. */
export function keyOfPopulation(key: string, family: 'riket' | 'länet' | 'kommuner'): boolean {
  const k = key.toLowerCase();
  if (family === 'riket') return /^(?:riket|rikssnitt|sverige|hela landet)/.test(k);
  if (family === 'länet') return /län/.test(k);
  return /kommun/.test(k);
}

/** The breakdown group a word names ("flickorna" → "flickor", "männen" → "män"), if the indicator has it. */
export function groupNamed(groups: ReadonlySet<string>, w: Word): string | null {
  if (groups.has(w.lower)) return w.lower;
  for (const form of [w.lower.replace(/(?:na|nas|ns|s)$/u, ''), w.lower.replace(/(?:en|ens)$/u, ''), w.stem]) {
    if (groups.has(form)) return form;
  }
  // "männen", "kvinnorna", "pojkarnas": the plural's definite forms
  for (const g of groups) if (w.lower.startsWith(g) && w.lower.length - g.length <= 3) return g;
  if (w.lower.startsWith('männ') && groups.has('män')) return 'män';
  return null;
}
