/**
 * @module Small pieces of Swedish prose the drafter needs: a level label in running text ("inte
 * uppfyllt", not "ej uppfyllt"), the officials' shorthand written out ("r12"), a missing outcome's
 * reason as a clause, the organisation's house style read from its published motivations, and the
 * rule for when a difference between groups or against another population is worth a sentence.
 */
import type { ReportDocument } from '../report';

export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
/** Lower-cases a leading capital unless the word is an acronym ("IFO", "HME"). */
export const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('sv') + s.slice(1) : s);
/** A clause ends with exactly one full stop. */
export const sentence = (s: string) => capitalise(s.trim().replace(/[.\s]+$/, '')) + '.';

/**
 * Running text says "inte", not "ej" (språklagen's plain Swedish); "r12" is written out. Quoted
 * labels (”…”, "…") and the names passed in are left as printed.
 */
export function plainSwedish(text: string, keep: string[] = []): string {
  const kept: string[] = [];
  let masked = text.replace(/[”"“][^”"“]*[”"“]/g, (m) => `\uE000${kept.push(m) - 1}\uE000`);
  for (const name of keep.filter((n) => n.length > 3).sort((a, b) => b.length - a.length)) {
    const at = masked.toLocaleLowerCase('sv').indexOf(name.toLocaleLowerCase('sv'));
    if (at >= 0)
      masked = masked.slice(0, at) + `\uE000${kept.push(masked.slice(at, at + name.length)) - 1}\uE000` + masked.slice(at + name.length);
  }
  masked = masked
    .replace(/(?<![\p{L}\d])Ej(?![\p{L}\d])/gu, 'Inte')
    .replace(/(?<![\p{L}\d])ej(?![\p{L}\d])/gu, 'inte')
    .replace(/\(\s*r12\s*\)/giu, '(rullande tolv månader)')
    .replace(/(?<![\p{L}\d])r12(?![\p{L}\d])/giu, 'rullande tolv månader');
  return masked.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)]!);
}

/** A level label inside a sentence: "I hög grad uppfyllt" → "i hög grad uppfyllt", "Ej uppfyllt" → "inte uppfyllt"; acronyms stay. */
export function labelInProse(label: string): string {
  return label
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 && /^(?:ej|icke)$/i.test(w) ? 'inte' : /^\p{Lu}{2,}$/u.test(w) ? w : w.toLocaleLowerCase('sv')))
    .join(' ');
}

export function isVerbalLabel(label: string): boolean {
  const last = label.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return /^(?:uppfyll|uppnå|nå)/.test(last);
}

export function isNegatedLabel(label: string): boolean {
  return /^(?:ej|inte|icke)\s/i.test(label.trim());
}

// ---------------------------------------------------------------- why an outcome is missing

export type Reason = { kind: 'phrase'; text: string } | { kind: 'clause'; text: string };

/** Parts of a note that only say the value is missing: the sentence already says so. */
const RESTATES_MISSING =
  /^(?:inget|inga|ej|inte)\s+(?:utfall|resultat|värde|publicerat|redovisat|rapporterat)|^(?:utfall|resultat)(?:et)?\s+saknas|^saknas|^markerat med|^inget utfall/i;

/**
 * A missing outcome's reason as the data gives it, as something a sentence can carry once: a
 * phrase ("på grund av lågt svarsdeltagande") or a clause ("utfallet publiceras sommaren 2023").
 * Null when the note only says that the value is missing, or is too long to quote.
 */
export function reasonOf(note: string | undefined): Reason | null {
  if (!note?.trim()) return null;
  for (const raw of note.split(/[;:]\s*/)) {
    const part = plainSwedish(raw.trim().replace(/[.\s]+$/, ''));
    if (!part) continue;
    const because = /(?:^|\s)((?:på grund av|till följd av)\s.+)$/i.exec(part);
    if (because && because[1]!.split(/\s+/).length <= 10) return { kind: 'phrase', text: lowerFirst(because[1]!) };
    if (RESTATES_MISSING.test(part)) continue;
    if (part.split(/\s+/).length > 14 || /[()]/.test(part)) continue;
    if (/^(?:publiceras|redovisas|rapporteras|mäts|kommer)\b/i.test(part)) return { kind: 'clause', text: `det ${lowerFirst(part)}` };
    return { kind: 'clause', text: lowerFirst(part) };
  }
  return null;
}

// ---------------------------------------------------------------- house style

export interface HouseStyle {
  /** Who acts in the text: "nämnden" or "förvaltningen". */
  subject: 'nämnden' | 'förvaltningen';
  /** How the goal is called in the assessment sentence. */
  goalWord: 'målet' | 'nämndmålet';
  /** "uppfyllt i hög grad" (the modifier after) rather than "i hög grad uppfyllt". */
  modifierAfter: boolean;
  /** The published texts close with "Bedömningen är därför att …" where the figures lead there. */
  bedomningenAr: boolean;
}

const count = (texts: string[], re: RegExp) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

/**
 * The habits the organisation's published motivations show: third person "nämnden" or
 * "förvaltningen", "nämndmålet" or "målet", where the degree goes, and whether the closing
 * sentence starts "Bedömningen är …". Without published texts, the plainest habits.
 */
export function houseStyle(doc: ReportDocument): HouseStyle {
  const texts = doc.goals.map((g) => g.published?.motivation ?? '').filter((t) => t.trim().length > 0);
  const lower = texts.map((t) => t.toLocaleLowerCase('sv'));
  return {
    subject: count(lower, /\bförvaltningen\b/g) > count(lower, /\bnämnden\b/g) ? 'förvaltningen' : 'nämnden',
    goalWord: count(lower, /\bnämndmålet\b/g) > count(lower, /\bmålet\b/g) ? 'nämndmålet' : 'målet',
    modifierAfter:
      count(lower, /(?:uppfyllt|uppnått|uppnås|nås)\s+(?:i\s+hög\s+grad|delvis|helt)/g) >
      count(lower, /(?:i\s+hög\s+grad|delvis|helt)\s+(?:uppfyllt|uppnått|uppnås|nås)/g),
    bedomningenAr: count(lower, /bedömningen är (?:därför )?att/g) > 0 || texts.length === 0,
  };
}

/** A level in the house's word order: "uppfyllt i hög grad" where the published texts write it so. */
export function levelInStyle(label: string, style: HouseStyle): string {
  const l = labelInProse(label);
  if (!style.modifierAfter || isNegatedLabel(label) || !isVerbalLabel(label)) return l;
  const words = l.split(' ');
  return words.length > 1 ? `${words[words.length - 1]} ${words.slice(0, -1).join(' ')}` : l;
}
