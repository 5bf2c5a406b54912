import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/web/word-diff';

describe('what changed between two versions of a text', () => {
  it('marks the words taken out and put in, and keeps the rest', () => {
    const parts = wordDiff('Sjukfrånvaron ökade till 7,8 procent 2022.', 'Sjukfrånvaron minskade till 7,8 procent 2022.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Sjukfrånvaron ' },
      { kind: 'removed', text: 'ökade' },
      { kind: 'added', text: 'minskade' },
      { kind: 'same', text: ' till 7,8 procent 2022.' },
    ]);
  });

  it('rebuilds both versions from its parts', () => {
    const before = 'Målet bedöms som delvis uppfyllt. Etappmålet nåddes inte.';
    const after = 'Målet bedöms som ej uppfyllt. Etappmålet om 6,5 procent nåddes inte, och sjukfrånvaron ökade.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});
