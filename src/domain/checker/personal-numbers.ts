/** @module Finds personnummer and samordningsnummer in a text: a motivation in a social-services report must never carry one. The checker's policy of sv/personnummer.ts: a valid number is an error, a look-alike written with a separator a warning. */
import type { Finding } from './checker';
import { findPersonnummer, luhnValid } from '../sv';

export { luhnValid };

export function checkPersonalNumbers(text: string): Finding[] {
  const out: Finding[] = [];
  for (const h of findPersonnummer(text, 'check')) {
    // Without a separator or a valid check digit, ten digits may be anything; with one, it is still someone's number mistyped.
    if (!h.valid && !h.separated) continue;
    const what = h.samordning ? 'ett samordningsnummer' : 'ett personnummer';
    out.push({
      severity: h.valid ? 'error' : 'warning',
      code: 'personal_identity_number',
      message: h.valid
        ? `Texten innehåller ${what}. Personuppgifter får inte stå i en motivering; ta bort det.`
        : `Texten innehåller något som ser ut som ${what}. Personuppgifter får inte stå i en motivering; kontrollera och ta bort det.`,
      start: h.start,
      end: h.end,
      facts: [],
    });
  }
  return out;
}
