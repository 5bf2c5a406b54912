/** @module The periods written near a figure ("2022", "jämfört med 2021", "från … till …"): which period a figure is about and which it is compared with. */
import { MONTH_WORDS, type NumberMention } from '../sv';
import { figureStartsAt, firstWordFrom, hasYear, wordAt, yearStartingAt } from './positions';
import type { Word } from './text';

const MONTH_INDEX = new Map(MONTH_WORDS.map((m, i) => [m as string, i + 1]));
/** Words after which a year is what a figure is compared with, not when it was measured. */
const BASE_CUE = /^(?:jämfört|jämföra|mot|sedan|från|än|jämförelse)$/;
/** A span of years written as one word ("2020–2023", "2023/24"): no single period. */
const YEAR_SPAN = /^\d{4}[-–]\d{2,4}$/;

export interface NearPeriods {
  /** The period a figure was measured in: "7,8 procent 2022", "i augusti 2025 var 81". */
  at: string | null;
  /** The period it is compared with: "3,9 procent jämfört med 2025". */
  base: string | null;
}

/** Whether "till" stands between word k and word i, and "från" within a few words before k. */
function fromBeforeTill(words: Word[], k: number, i: number): boolean {
  return words.slice(k + 1, i).some((w) => w.lower === 'till') && words.slice(Math.max(0, k - 8), k).some((w) => w.lower === 'från');
}

/** Whether a figure is the end point of "från X till Y": written right after "till", with "från" shortly before. */
export function isFromToEnd(words: Word[], i: number): boolean {
  return words[i - 1]?.lower === 'till' && words.slice(Math.max(0, i - 8), i - 1).some((w) => w.lower === 'från');
}

const nearMemo = new WeakMap<Word[], WeakMap<NumberMention[], WeakMap<NumberMention, NearPeriods>>>();

/** The periods written next to a figure, within its segment (`words`); read once per figure and segment. */
export function periodsNear(m: NumberMention, words: Word[], mentions: NumberMention[]): NearPeriods {
  let byList = nearMemo.get(words);
  if (!byList) nearMemo.set(words, (byList = new WeakMap()));
  let byMention = byList.get(mentions);
  if (!byMention) byList.set(mentions, (byMention = new WeakMap()));
  let near = byMention.get(m);
  if (!near) byMention.set(m, (near = readPeriodsNear(m, words, mentions)));
  return { ...near };
}

/** The period a word names, if it is a year among `mentions` (other than `except`): "2023", "augusti 2023", "2023-08-31" (a month). */
function periodOfWord(words: Word[], wi: number, mentions: NumberMention[], except?: NumberMention): string | null {
  const w = words[wi];
  const y = w && yearStartingAt(mentions, w.start, except);
  if (!y || YEAR_SPAN.test(w.lower)) return null;
  const iso = /^\d{4}-(\d{2})/.exec(w.lower)?.[1];
  const month = iso ? Number(iso) : (MONTH_INDEX.get(words[wi - 1]?.lower ?? '') ?? MONTH_INDEX.get(words[wi - 2]?.lower ?? ''));
  return month ? `${y.value}-${String(month).padStart(2, '0')}` : String(y.value);
}

/**
 * The one period a stretch names, when a figure has none of its own: "Vid utgången av april 2024
 * var antalet 96" is about April 2024. Years a figure is compared with ("jämfört med 2022",
 * "sedan 2020") and spans do not count, nor in a statement a year after "till"; two periods say nothing.
 */
export function solePeriod(words: Word[], mentions: NumberMention[], plan = false): string | null {
  if (!hasYear(mentions)) return null;
  const found = new Set<string>();
  words.forEach((w, wi) => {
    const p = periodOfWord(words, wi, mentions);
    if (!p) return;
    const lead = words.slice(Math.max(0, wi - 3), wi).map((x) => x.lower);
    // "till 2030" ends a span, or names the year a plan is for.
    if (lead.some((x) => BASE_CUE.test(x) || (x === 'till' && !plan) || x === 'mellan')) return;
    found.add(p);
  });
  return found.size === 1 ? [...found][0]! : null;
}

function readPeriodsNear(m: NumberMention, words: Word[], mentions: NumberMention[]): NearPeriods {
  const out: NearPeriods = { at: null, base: null };
  const i = wordAt(words, m.start);
  const j = firstWordFrom(words, m.end);
  if (j >= 0) {
    let base = false;
    for (let k = j; k < Math.min(words.length, j + 5); k++) {
      if (BASE_CUE.test(words[k]!.lower)) base = true;
      const p = periodOfWord(words, k, mentions, m);
      if (p) {
        if (base) out.base = p;
        else out.at = p;
        break;
      }
      if (figureStartsAt(mentions, words[k]!.start, m)) break;
    }
  }
  if (!out.at && i >= 0) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const p = periodOfWord(words, k, mentions, m);
      // "från 7 procent (2021) till 7,8 procent": the year belongs to the figure after "från".
      if (p && fromBeforeTill(words, k, i)) break;
      if (p) {
        if (BASE_CUE.test(words[k - 1]?.lower ?? '') || BASE_CUE.test(words[k - 2]?.lower ?? '')) out.base ??= p;
        else out.at = p;
        break;
      }
      if (figureStartsAt(mentions, words[k]!.start, m)) break;
    }
  }
  return out;
}
