/** @module Swedish calendar words and how a report's periods and changes are written: one place for month names, `periodText` and "a change in a percentage is written in procentenheter". */
import { formatQuantity, type FormatOptions } from './format';

/** The months as running text writes them, January first. */
export const MONTH_WORDS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;
/** The months as tables abbreviate them. */
export const MONTH_ABBREVIATIONS = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'] as const;

const MONTH_NUMBER = new Map<string, number>(MONTH_WORDS.map((m, i) => [m, i + 1]));

/** 1–12 for a month written out ("augusti" → 8), else undefined. */
export const monthNumber = (word: string): number | undefined => MONTH_NUMBER.get(word.toLowerCase());

/** Whether a period is a month ("2025-08"), not a year. */
export const isMonthPeriod = (period: string): boolean => /^\d{4}-\d{2}$/.test(period);

/** "2022" stays; "2025-08" reads "augusti 2025". */
export function periodText(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${MONTH_WORDS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : period;
}

/** The unit a change is written in: a change in a percentage is in procentenheter. */
export function changeUnit(unit: string | undefined): string | undefined {
  const u = unit?.trim().toLowerCase();
  return u === '%' || u === 'procent' ? 'procentenheter' : unit;
}

/** A change as reports write it, always signed: "+0,8 procentenheter", "−120 kr/invånare". */
export function changeText(value: number, unit: string | undefined, opts: FormatOptions = {}): string {
  return formatQuantity(value, changeUnit(unit), { signed: true, ...opts });
}
