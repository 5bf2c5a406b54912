import { describe, expect, it } from 'vitest';
import { redact, redactText } from '../../src/domain/sv';

describe('redacting personal identifiers before text leaves for a model', () => {
  it.each([
    ['personnummer with a dash', 'Ärendet gäller 811218-9876 som flyttat.', '811218-9876'],
    ['personnummer with the century', 'Ärendet gäller 19811218-9876.', '19811218-9876'],
    ['personnummer of someone over 100', 'Född 121212+1212 enligt folkbokföringen.', '121212+1212'],
    ['personnummer without a dash', 'Se 198112189876 i akten.', '198112189876'],
    ['samordningsnummer (day + 60)', 'Samordningsnummer 811278-9873 har tilldelats.', '811278-9873'],
    ['an e-mail address', 'Frågor till anna.svensson@huddinge.se tack.', 'anna.svensson@huddinge.se'],
    ['a Stockholm landline', 'Ring 08-535 300 00 för mer information.', '08-535 300 00'],
    ['a mobile number', 'Nås på 070-123 45 67 dagtid.', '070-123 45 67'],
    ['an international number', 'Nås på +46 70 123 45 67 dagtid.', '+46 70 123 45 67'],
  ])('removes %s', (_, text, identifier) => {
    const out = redact(text);
    expect(out).not.toContain(identifier);
    expect(out).toMatch(/\[(personnummer|e-postadress|telefonnummer) borttag(et|en)\]/);
    expect(out).not.toMatch(/\d{4}/); // nothing of the identifier is left to be read as a figure
  });

  it('leaves the figures of a report alone', () => {
    const text =
      'Resultatet är 13,5 miljoner kronor eller 3,1 procent; 1 931 personer; 309 svarande av 347; ' +
      'åren 2015–2021; diarienummer SN-2021/2385; 0,7 miljoner kronor; per 2022-12-31; −16,8 procent; 4,3 på skalan 1–5.';
    expect(redactText(text)).toEqual({ text, redactions: [] });
  });

  it('says what it removed and where', () => {
    const text = 'Kontakt: a@b.se, 08-535 300 00, 811218-9876.';
    expect(redactText(text).redactions.map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      ['e-post', 'a@b.se'],
      ['telefon', '08-535 300 00'],
      ['personnummer', '811218-9876'],
    ]);
  });
});
