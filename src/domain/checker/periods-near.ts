/** @module The periods written near a figure ("2022", "jämfört med 2021", "från … till …"): which period a figure is about and which it is compared with. */
import { MONTH_WORDS, type NumberMention } from '../sv';
import type { Word } from './text';

const MONTH_INDEX = new Map(MONTH_WORDS.map((m, i) => [m as string, i + 1]));
/** Words after which a year is what a figure is compared with, not when it was measured. */
const BASE_CUE = /^(?:jämfört|mot|sedan|från|än|jämförelse)$/;

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

function readPeriodsNear(m: NumberMention, words: Word[], mentions: NumberMention[]): NearPeriods {
  const years = mentions.filter((x) => x.isYear && x !== m);
  const periodAt = (wi: number) => {
    const w = words[wi];
    const y = w && years.find((x) => x.start === w.start);
    if (!y) return null;
    const month = MONTH_INDEX.get(words[wi - 1]?.lower ?? '') ?? MONTH_INDEX.get(words[wi - 2]?.lower ?? '');
    return month ? `${y.value}-${String(month).padStart(2, '0')}` : String(y.value);
  };
  const otherFigure = (k: number) => mentions.some((x) => x !== m && !x.isYear && x.start === words[k]!.start);
  const out: NearPeriods = { at: null, base: null };
  const i = words.findIndex((w) => w.end > m.start);
  const j = words.findIndex((w) => w.start >= m.end);
  if (j >= 0) {
    let base = false;
    for (let k = j; k < Math.min(words.length, j + 5); k++) {
      if (BASE_CUE.test(words[k]!.lower)) base = true;
      const p = periodAt(k);
      if (p) {
        if (base) out.base = p;
        else out.at = p;
        break;
      }
      if (otherFigure(k)) break;
    }
  }
  if (!out.at && i >= 0) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const p = periodAt(k);
      // "från 7 procent (2021) till 7,8 procent": the year belongs to the figure after "från".
      if (p && fromBeforeTill(words, k, i)) break;
      if (p) {
        if (BASE_CUE.test(words[k - 1]?.lower ?? '') || BASE_CUE.test(words[k - 2]?.lower ?? '')) out.base ??= p;
        else out.at = p;
        break;
      }
      if (otherFigure(k)) break;
    }
  }
  return out;
}
