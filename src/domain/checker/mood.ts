/** @module The mood of a clause: a purpose, wish, plan, forecast or condition is no statement about the data, but a reason or a relative clause inside it is. */
import { DETERMINERS } from './lexicon';
import type { Word } from './text';

/** Words that make what follows in their part of a sentence a purpose, a wish, a plan or a forecast, not a statement of fact. */
// prettier-ignore
const MOOD_WORDS = new Set([
  'ska', 'skall', 'bör', 'borde', 'måste', 'vill', 'skulle', 'planeras', 'planerar', 'planerat', 'planerade', 'väntas',
  'förväntas', 'beräknas', 'syftar', 'syfte', 'syftet', 'ambitionen', 'målsättningen', 'strävar', 'avser', 'hoppas',
  'önskar', 'förhoppningen', 'prognosen', 'bedöms', 'behöver', 'behövs',
]);
/** Of those, the ones that announce a forecast ("bedöms bli", "förväntas"), which a delårsrapport checks against its forecast values. */
const FORECAST_WORDS = new Set(['väntas', 'förväntas', 'beräknas', 'prognosen', 'bedöms']);
/** "bedöms" states a level or a judgement ("bedöms som god", "bedöms vara uppfyllt") unless a future follows. */
const BEDOMS_FUTURE = /^(?:bli|öka|minska|hamna|landa|ligga|kunna|nå|uppgå)$/;
const CONDITION_OPENERS = new Set(['om', 'ifall', 'såvida', 'förutsatt']);
/** Adjectives that make an "att" clause after them a wish: "det är önskvärt att …". */
const WISH_ADJECTIVES = /^(?:önskvärt|eftersträvansvärt|angeläget|nödvändigt)$/;
const CLAUSE_LEAD = new Set(['och', 'men', 'samt', 'så', 'därför', 'då', 'eller']);

export type Mood = 'statement' | 'irrealis' | 'forecast';

/**
 * The mood at word `i` of a segment: a purpose ("för att", "i syfte att", "så att", "målet är
 * att"), a wish or plan ("ska", "bör", "kommer att", "planeras"), a forecast ("förväntas",
 * "bedöms bli") or a condition opening the clause ("om", "ifall") before it makes the claim at
 * `i` no statement about the data. `clause` is the clause the segment belongs to.
 */
export function moodAt(segment: Word[], i: number, clause: Word[] = segment, names: readonly string[] = []): Mood {
  const first = clause.findIndex((w) => !CLAUSE_LEAD.has(w.lower));
  const opener = clause[first];
  if (opener && CONDITION_OPENERS.has(opener.lower) && opener.start <= (segment[i]?.start ?? Infinity)) return 'irrealis';
  const marker = firstMarker(segment, names);
  if (!marker || marker.at >= i) return 'statement';
  // "… med anledning av att andelen har minskat", "… sjukfrånvaron som ökade": a reason or a relative clause states a fact.
  for (let k = marker.at + 1; k < i; k++) if (statesFact(segment, k)) return 'statement';
  return marker.mood;
}

const REASON = /^(?:anledning|grund|följd|tack|eftersom)$/;
const FINITE = /^(?:har|hade|är|var|ligger|låg|uppgick|uppgår|blev|ökade|minskade|sjönk|steg|förbättrades|försämrades)$/;

/** Whether word k opens a reason ("med anledning av att", "på grund av att") or a relative clause with a finite verb ("som ökade"). */
function statesFact(segment: Word[], k: number): boolean {
  const w = segment[k]!.lower;
  if (w === 'som') return segment.slice(k + 1, k + 3).some((x) => FINITE.test(x.lower));
  if (w !== 'att') return false;
  return segment.slice(Math.max(0, k - 3), k).some((x) => REASON.test(x.lower));
}

/** "målet är att …", "nämndens mål för 2019 blir att …": what follows is the goal, not the outcome. */
function isGoalThat(segment: Word[], k: number): boolean {
  const rest = segment.slice(k + 1, k + 6);
  return rest.some((x, d) => /^(?:är|blir|var)$/.test(x.lower) && rest[d + 1]?.lower === 'att');
}

const markers = new WeakMap<Word[], { at: number; mood: Mood } | null>();

/** The first word of a segment that sets its mood, once per segment. */
function firstMarker(segment: Word[], names: readonly string[]): { at: number; mood: Mood } | null {
  if (markers.has(segment)) return markers.get(segment)!;
  let found: { at: number; mood: Mood } | null = null;
  for (let k = 0; k < segment.length && !found; k++) {
    const w = segment[k]!.lower;
    const next = segment[k + 1]?.lower ?? '';
    if (w === 'bedöms' && !BEDOMS_FUTURE.test(next)) continue;
    // "Brukaren får den hjälp hen vill ha": a marker written as part of an indicator's name.
    const around = `${segment[k - 1]?.lower ?? ''} ${w} ${next}`.trim();
    if (names.some((n) => n.includes(around))) continue;
    // "individer som vill lämna …", "de som ska …": a relative clause inside a name, not the sentence's mood.
    if (MOOD_WORDS.has(w) && segment.slice(0, k).some((x) => x.lower === 'som')) continue;
    if (MOOD_WORDS.has(w)) found = { at: k, mood: FORECAST_WORDS.has(w) ? 'forecast' : 'irrealis' };
    else if (w === 'kommer' && segment.slice(k + 1, k + 5).some((x) => x.lower === 'att')) found = { at: k, mood: 'irrealis' };
    else if ((w === 'för' || w === 'så') && next === 'att' && segment[k - 1]?.lower !== 'där') {
      // "för att nettokostnaden minskar" is a purpose; "insats för att lämna en kriminell bana" names an action.
      const infinitive = /^\p{L}{3,}a$/u.test(segment[k + 2]?.lower ?? '') && !DETERMINERS.has(segment[k + 2]!.lower);
      if (!infinitive) found = { at: k, mood: 'irrealis' };
    } else if (WISH_ADJECTIVES.test(w) && next === 'att' && !/^\p{L}{3,}a$/u.test(segment[k + 2]?.lower ?? '')) {
      // "Det är önskvärt att väntetiden minskar": a wish; "det är angeläget att påpeka att …" names an act of speech.
      found = { at: k, mood: 'irrealis' };
    } else if (/^(?:mål|målet|målen|målsättningen)$/.test(w) && isGoalThat(segment, k)) found = { at: k, mood: 'irrealis' };
    else if (CONDITION_OPENERS.has(w) && (k === 0 || CLAUSE_LEAD.has(segment[k - 1]!.lower))) found = { at: k, mood: 'irrealis' };
  }
  markers.set(segment, found);
  return found;
}

/**
 * "… så att andelen ökar igen och når målvärdet", "Under 2027 planeras ett boende, vilket gör att
 * antalet når etappmålet": a segment that goes on from the one before with "och", "samt" and the
 * verb at `verb` (sharing its subject) or with "vilket" after a plan is in that segment's mood.
 */
export function carriedMood(segments: { sentence: number; words: Word[] }[], si: number, verb: number, names: readonly string[]): Mood {
  const seg = segments[si];
  const prev = segments[si - 1];
  if (!seg || !prev || prev.sentence !== seg.sentence || prev.words.length === 0) return 'statement';
  const lead = seg.words[0]?.lower ?? '';
  // "och når målvärdet": the verb right after "och" shares the subject, and so the mood, of the part before.
  const joins = lead === 'vilket' || ((lead === 'och' || lead === 'samt') && verb === 1);
  if (!joins) return 'statement';
  // "… för att korta väntetiden, vilket gjorde att målet nåddes": after a purpose, "vilket" is about the act itself.
  const marker = firstMarker(prev.words, names);
  if (lead === 'vilket' && !(marker && (MOOD_WORDS.has(prev.words[marker.at]!.lower) || prev.words[marker.at]!.lower === 'kommer')))
    return 'statement';
  return moodAt(prev.words, prev.words.length, prev.words, names);
}
