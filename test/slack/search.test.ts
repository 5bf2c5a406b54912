import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/slack/commands';
import { buildIndex, editDistance, normalize, search } from '../../src/slack/search';
import { demoFile } from '../helpers/app';

const demoNames = (['vb-2022', 'vp-2026'] as const).flatMap((f) =>
  demoFile(f).goals.flatMap((g) => (g.indicators ?? []).map((i) => i.name)),
);
// Kolada-style names the demo data does not have, for the economic-assistance look-ups.
const extra = [
  'Unga vuxna 18-24 år med ekonomiskt bistånd, andel',
  'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel',
  'Kostnad ekonomiskt bistånd, kr/inv',
  'Invånare 0-19 år i ekonomiskt utsatta hushåll, andel',
];
const index = buildIndex([...demoNames, ...extra].map((name) => ({ text: name, value: name })));
const best = (q: string) => search(index, q)[0]?.value;

describe('indicator search', () => {
  it.each([
    ['sjukfranvaro', 'Sjukfrånvaro totalt'],
    ['SJUKFRÅNVARO', 'Sjukfrånvaro totalt'],
    ['sjukfrånvro', 'Sjukfrånvaro totalt'],
    ['sjukfrnvaro', 'Sjukfrånvaro totalt'],
    ['frånvaro', 'Sjukfrånvaro totalt'],
    ['hme', 'Hållbart medarbetarengagemang, HME totalt index'],
    ['medarbetarengagemang', 'Hållbart medarbetarengagemang, HME totalt index'],
    ['ekonomiskt bistand unga', 'Unga vuxna 18-24 år med ekonomiskt bistånd, andel'],
    ['långvarigt bistånd', 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel'],
    ['nettokostnadsavvikelse', 'Nettokostnadsavvikelse individ- och familjeomsorg'],
    ['netokostnad', 'Nettokostnad individ- och familjeomsorg'],
    ['brukarbedömning vårdnadshavare', 'Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare - förbättrad situation, andel'],
    ['miljöombud', 'Andel enheter/verksamheter med miljöombud'],
    ['budget', 'Budgethållning socialnämnd'],
    ['socialpsykiatri boendestöd', 'Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, andel (Socialpsykiatri)'],
  ])('finds %j as %j', (query, expected) => {
    expect(best(query)).toBe(expected);
  });

  it('ranks the name the query describes most completely first, then the next best', () => {
    const hits = search(index, 'nettokostnad');
    expect(hits.map((h) => h.value)).toEqual([
      'Nettokostnad individ- och familjeomsorg',
      'Nettokostnadsavvikelse individ- och familjeomsorg',
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('finds nothing for words that are not there, and nothing for an empty query', () => {
    expect(search(index, 'xyzzy')).toEqual([]);
    expect(search(index, 'fotboll')).toEqual([]);
    expect(search(index, '  ,, ')).toEqual([]);
  });

  it('does not let a short word match by typo: "hem" is not "hme"', () => {
    expect(best('hem')).not.toBe('Hållbart medarbetarengagemang, HME totalt index');
  });

  it('normalises case and diacritics and counts adjacent swaps as one edit', () => {
    expect(normalize('Sjukfrånvaro, Totalt (HME) – Ärenden')).toBe('sjukfranvaro totalt hme arenden');
    expect(editDistance('franvaro', 'franvaro')).toBe(0);
    expect(editDistance('farnvaro', 'franvaro')).toBe(1);
    expect(editDistance('fnarvaro', 'franvaro')).toBe(2);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('command text', () => {
  it.each([
    ['', { command: { kind: 'help' }, visibility: 'ephemeral' }],
    ['hjälp', { command: { kind: 'help' }, visibility: 'ephemeral' }],
    ['Hjalp', { command: { kind: 'help' }, visibility: 'ephemeral' }],
    ['?', { command: { kind: 'help' }, visibility: 'ephemeral' }],
    ['sjukfrånvaro', { command: { kind: 'indicator', query: 'sjukfrånvaro' }, visibility: 'ephemeral' }],
    ['visa sjukfrånvaro', { command: { kind: 'indicator', query: 'sjukfrånvaro' }, visibility: 'in_channel' }],
    ['ekonomiskt bistånd unga visa', { command: { kind: 'indicator', query: 'ekonomiskt bistånd unga' }, visibility: 'in_channel' }],
    ['visa', { command: { kind: 'help' }, visibility: 'ephemeral' }],
    ['mål 2', { command: { kind: 'goal', ref: '2' }, visibility: 'ephemeral' }],
    ['Mål   sjukfrånvaro ', { command: { kind: 'goal', ref: 'sjukfrånvaro' }, visibility: 'ephemeral' }],
    ['visa mal', { command: { kind: 'goal', ref: '' }, visibility: 'in_channel' }],
  ])('reads %j', (input, expected) => {
    expect(parseCommandText(input)).toEqual(expected);
  });
});
