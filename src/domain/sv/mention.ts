/** @module What reading a text finds: a figure as written, with its value, unit and what kind of number it is. */
export type MentionUnit =
  'procent' | 'procentenheter' | 'mnkr' | 'tkr' | 'kr' | 'kr/invånare' | 'dagar' | 'år' | 'antal' | 'index' | undefined;

export interface NumberMention {
  /** Character span of the number and its unit in the text. */
  start: number;
  end: number;
  /** The exact text of that span. */
  text: string;
  /** Value in the unit written: "13,5 miljoner kronor" is 13.5 with unit 'mnkr'. */
  value: number;
  /**
   * Decimals written: "7,8" → 1, "1 931" → 0, "13,50" → 2. Where the unit is converted the
   * precision moves with it: "1,2 miljarder kronor" is 1200 mnkr with decimals −2 (to the
   * hundred), "3 promille" is 0,3 procent with decimals 1. matchesAtPrecision accepts both.
   */
  decimals: number;
  unit: MentionUnit;
  source: 'digits' | 'word';
  /** A bare 4-digit integer 1990..2100 without unit ("under 2021", "2022 års"). */
  isYear: boolean;
  /** "sju av 18", "309 svarande av 347": the total the count is out of. */
  ofTotal?: number;
  /**
   * How loosely the figure is written: "cirka 15 000" (about), "drygt 80 procent" (above: a little
   * more), "knappt tio dagar" (below: a little less), a fraction ("nio av tio", "hälften").
   */
  approx?: 'about' | 'above' | 'below' | 'fraction';
  /** A share written as a fraction ("nio av tio", "hälften", "var tredje"). */
  fraction?: boolean;
  /** A range ("60–70 procent", "mellan 7,5 och 8,5 procent"): `value` is its lower end, this its upper. */
  upTo?: number;
}
