import { describe, expect, it } from 'vitest';
import { checkText, type Finding } from '../../src/domain/checker';
import { demoDoc } from './checker-texts';

/** Goal g6 of the 2026 plan (no figures in its table but a budget) with the notes given. */
function withNotes(notes: string[]) {
  const doc = structuredClone(demoDoc('vp-2026'));
  doc.goals.find((g) => g.id === 'g6')!.notes = notes;
  return doc;
}
const flagged = (text: string, f: Finding[]) =>
  f.filter((x) => x.severity === 'error').map((x) => `${x.code}: ${text.slice(x.start, x.end)}`);

describe('figures restated from a note', () => {
  const doc = withNotes([
    'Nämndens resultat för året är ett överskott på 8,4 miljoner kronor, motsvarande 1,6 procent av budgetramen.',
    'Kostnaderna för externa placeringar ökade med 12 300 tkr vilket motsvarar 9,5 procent.',
    'Resultatet för 2025 års brukarundersökning redovisas först i mars 2026.',
    'Kommunen ska vara fossilfri till år 2035 enligt miljöprogrammet.',
    'Under hösten genomfördes 6 utbildningstillfällen, med totalt 85 deltagare, och 2 seminarier med 40 deltagare.',
  ]);
  const check = (text: string, origin: 'model' | 'person' = 'person') => flagged(text, checkText({ doc, goalId: 'g6', text, origin }));

  it('holds the share written with an amount to the share the note gives that amount', () => {
    expect(check('Nämnden redovisar ett överskott på 8,4 miljoner kronor, eller 1,6 procent av budgetramen.')).toEqual([]);
    expect(check('Överskottet blev 8,4 miljoner kronor, vilket motsvarar 1,6 procent.')).toEqual([]);
    expect(check('Placeringskostnaderna ökade med 12,3 miljoner kronor eller 9,5 procent.')).toEqual([]);
    // At a lower precision, the same share.
    expect(check('Överskottet blev 8,4 miljoner kronor, eller 2 procent.')).toEqual([]);
    expect(check('Nämnden redovisar ett överskott på 8,4 miljoner kronor, eller 1,9 procent av budgetramen.')).toEqual([
      'wrong_value: 1,9 procent',
    ]);
    // The share of another amount in the notes is no share of this one.
    expect(check('Överskottet blev 8,4 miljoner kronor, vilket motsvarar 9,5 procent.')).toEqual(['wrong_value: 9,5 procent']);
    const f = checkText({ doc, goalId: 'g6', text: 'Överskottet blev 8,4 miljoner kronor eller 2,5 procent.' }).find(
      (x) => x.code === 'wrong_value',
    );
    expect(f!.message).toContain('motsvarar 8,4 miljoner kronor 1,6 procent, inte 2,5 procent');
    expect(f!.expected).toBe('1,6 procent');
  });

  it('leaves a share alone where no note pairs the amount with one', () => {
    expect(check('Kostnaden var 8,4 miljoner kronor och andelen 45 procent.', 'person')).toEqual([]);
    // 1,5 miljoner kronor is in no note with a share: nothing to hold the share to.
    expect(check('Nämnden fick 8,4 miljoner kronor. Av dem gick 1,5 miljoner kronor, eller 18 procent, till lokaler.', 'person')).toEqual(
      [],
    );
  });

  it('holds a year written next to the same words as in a note the clause repeats to the note’s year', () => {
    expect(check('Resultatet för 2025 års brukarundersökning redovisas först i mars 2026.')).toEqual([]);
    expect(check('Resultatet för 2024 års brukarundersökning redovisas först i mars 2026.')).toEqual(['wrong_period: 2024']);
    expect(check('Resultatet för 2025 års brukarundersökning redovisas först i mars 2027.')).toEqual(['wrong_period: 2027']);
    expect(check('Kommunen ska enligt miljöprogrammet vara fossilfri till år 2035.')).toEqual([]);
    expect(check('Kommunen ska enligt miljöprogrammet vara fossilfri till år 2030.')).toEqual(['wrong_period: 2030']);
  });

  it("holds the second of two figures written with a note's words between them to the note's second figure", () => {
    expect(check('Under hösten genomfördes 6 utbildningstillfällen med totalt 85 deltagare.')).toEqual([]);
    expect(check('Vi höll 2 seminarier med 40 deltagare.')).toEqual([]);
    // The other pair's figure: 40 participants came to the seminars, not to the six sessions.
    expect(check('Under hösten genomfördes 6 utbildningstillfällen med totalt 40 deltagare.')).toEqual(['wrong_value: 40']);
    expect(check('Vi höll 2 seminarier med 45 deltagare.')).toEqual(['wrong_value: 45']);
    // Other words between the figures: another statement, not the note's.
    expect(check('Under hösten genomfördes 6 utbildningstillfällen och 40 deltagare var nöjda.', 'person')).toEqual([]);
  });

  it('reads a year with other words, or words the note does not share, as a year of its own', () => {
    // Another noun after "års": another result, not the note's.
    expect(check('Resultatet för 2024 års medarbetarenkät redovisades i mars 2025.', 'person')).toEqual([]);
    // Only the anchor word in common: the clause does not repeat the note.
    expect(check('Bilparken ska vara fossilfri till år 2030.', 'person')).toEqual([]);
  });
});
