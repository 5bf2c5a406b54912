/** Swedish numbers: written the way the reports print them, and every figure in a report's prose found exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MINUS,
  THIN_GROUP,
  findNumbers,
  formatNumber,
  formatQuantity,
  matchesAtPrecision,
  numberWord,
  parseNumber,
  type MentionUnit,
  type NumberMention,
} from '../../src/domain/sv';

const NB = '\u00a0';

/** What a reader checks in a mention, in the order the figures appear. */
function figures(text: string) {
  return findNumbers(text).map((m) => {
    const f: { text: string; value: number; unit: MentionUnit; decimals: number; year?: true; word?: true; ofTotal?: number } = {
      text: m.text,
      value: m.value,
      unit: m.unit,
      decimals: m.decimals,
    };
    if (m.isYear) f.year = true;
    if (m.source === 'word') f.word = true;
    if (m.ofTotal !== undefined) f.ofTotal = m.ofTotal;
    return f;
  });
}
const year = (y: number) => ({ text: String(y), value: y, unit: undefined, decimals: 0, year: true as const });
const bare = (text: string, value: number, decimals = 0) => ({ text, value, unit: undefined, decimals });

describe('formatNumber writes a figure as the reports print it', () => {
  it('writes a decimal comma', () => {
    expect(formatNumber(7.8)).toBe('7,8');
    expect(formatNumber(420.1)).toBe('420,1');
    expect(formatNumber(0.5)).toBe('0,5');
  });

  it('separates thousands with a no-break space so "1 931" never wraps', () => {
    expect(THIN_GROUP).toBe('\u00a0');
    expect(formatNumber(1931)).toBe(`1${NB}931`);
    expect(formatNumber(420000)).toBe(`420${NB}000`);
    expect(formatNumber(1234567.5)).toBe(`1${NB}234${NB}567,5`);
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-3926)).toBe(`${MINUS}3${NB}926`);
  });

  it('writes negatives with a true minus sign, not a hyphen', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-16.8)).toBe('\u221216,8');
    expect(formatNumber(-0.5)).toBe('\u22120,5');
  });

  it('prints as many decimals as the value has, at most two', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(13.5)).toBe('13,5');
    expect(formatNumber(7.85)).toBe('7,85');
    expect(formatNumber(7.856)).toBe('7,86');
    expect(formatNumber(7.999)).toBe('8');
    expect(formatNumber(9.995)).toBe('10');
  });

  it('rounds half away from zero on the decimals a person sees, not on binary fractions', () => {
    expect(formatNumber(0.05, { decimals: 1 })).toBe('0,1');
    expect(formatNumber(-0.05, { decimals: 1 })).toBe('\u22120,1');
    expect(formatNumber(0.125)).toBe('0,13');
    expect(formatNumber(-0.125)).toBe('\u22120,13');
    // 1.005 and 2.675 are stored just below the half; Excel and people still round them up.
    expect(formatNumber(1.005)).toBe('1,01');
    expect(formatNumber(2.675)).toBe('2,68');
    expect(formatNumber(7.75, { decimals: 1 })).toBe('7,8');
    expect(formatNumber(7.849, { decimals: 1 })).toBe('7,8');
  });

  it('never shows float noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(0.1 + 0.2, { maxDecimals: 17 })).toBe('0,3');
    expect(formatNumber(1.1 * 3, { maxDecimals: 17 })).toBe('3,3');
    expect(formatNumber(7.8 - 7, { maxDecimals: 17 })).toBe('0,8');
  });

  it('pads to a fixed number of decimals when asked', () => {
    expect(formatNumber(13.5, { decimals: 2 })).toBe('13,50');
    expect(formatNumber(7, { decimals: 1 })).toBe('7,0');
    expect(formatNumber(7.8, { minDecimals: 2 })).toBe('7,80');
    expect(formatNumber(7.8123, { minDecimals: 1, maxDecimals: 3 })).toBe('7,812');
    expect(formatNumber(8, { minDecimals: 1, maxDecimals: 3 })).toBe('8,0');
    expect(formatNumber(1931.44, { decimals: 0 })).toBe(`1${NB}931`);
    expect(formatNumber(0.123456, { maxDecimals: 4 })).toBe('0,1235');
  });

  it('signs changes when asked, and never signs a zero', () => {
    expect(formatNumber(0.8, { signed: true })).toBe('+0,8');
    expect(formatNumber(-0.8, { signed: true })).toBe('\u22120,8');
    expect(formatNumber(0, { signed: true })).toBe('0');
    expect(formatNumber(-0.004, { signed: true })).toBe('0');
    expect(formatNumber(-0.004)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.04, { decimals: 1 })).toBe('0,0');
  });

  it('writes very large and very small numbers in full, never in exponent notation', () => {
    expect(formatNumber(1e21)).toBe(['1', ...Array(7).fill('000')].join(NB));
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe(`9${NB}007${NB}199${NB}254${NB}740${NB}991`);
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(1.5e-7, { maxDecimals: 8 })).toBe('0,00000015');
    expect(formatNumber(-1.5e-7, { maxDecimals: 7 })).toBe('\u22120,0000002');
  });

  it('refuses values and options it cannot print', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { minDecimals: 3, maxDecimals: 1 })).toThrow(RangeError);
  });
});

describe('formatQuantity writes a figure with its unit in words', () => {
  it('writes percentages as "procent" and differences between them as "procentenheter"', () => {
    expect(formatQuantity(7.8, '%')).toBe('7,8 procent');
    expect(formatQuantity(3.1, 'procent')).toBe('3,1 procent');
    expect(formatQuantity(0.8, 'procentenheter')).toBe('0,8 procentenheter');
    expect(formatQuantity(0.8, 'procentenheter', { signed: true })).toBe('+0,8 procentenheter');
    expect(formatQuantity(1, 'procentenheter')).toBe('1 procentenhet');
  });

  it('writes money as the reports do', () => {
    expect(formatQuantity(13.5, 'mnkr')).toBe('13,5 miljoner kronor');
    expect(formatQuantity(420.1, 'mnkr')).toBe('420,1 miljoner kronor');
    expect(formatQuantity(1, 'mnkr')).toBe('1 miljon kronor');
    expect(formatQuantity(1, 'mnkr', { decimals: 1 })).toBe('1,0 miljoner kronor');
    expect(formatQuantity(3926, 'kr/invånare')).toBe(`3${NB}926 kr/invånare`);
    expect(formatQuantity(3926, 'kr/inv')).toBe(`3${NB}926 kr/invånare`);
    expect(formatQuantity(180, 'tkr')).toBe('180 tusen kronor');
    expect(formatQuantity(918, 'kr')).toBe('918 kronor');
  });

  it('writes counts, indexes and scale means as the bare number', () => {
    expect(formatQuantity(1931, 'antal')).toBe(`1${NB}931`);
    expect(formatQuantity(1931)).toBe(`1${NB}931`);
    expect(formatQuantity(74.7, 'index')).toBe('74,7');
    expect(formatQuantity(4.3, 'skala 1-5')).toBe('4,3');
    expect(formatQuantity(4.3, 'skala 1–5')).toBe('4,3');
  });

  it('puts other units after the number, singular for exactly one', () => {
    expect(formatQuantity(45, 'dagar')).toBe('45 dagar');
    expect(formatQuantity(1, 'dagar')).toBe('1 dag');
    expect(formatQuantity(5.6, 'månader')).toBe('5,6 månader');
    expect(formatQuantity(-16.8, '%')).toBe('\u221216,8 procent');
  });
});

describe('numberWord names small counts', () => {
  it('names 0–20 and the round tens reports use', () => {
    expect(Array.from({ length: 21 }, (_, n) => numberWord(n))).toEqual([
      'noll',
      'en',
      'två',
      'tre',
      'fyra',
      'fem',
      'sex',
      'sju',
      'åtta',
      'nio',
      'tio',
      'elva',
      'tolv',
      'tretton',
      'fjorton',
      'femton',
      'sexton',
      'sjutton',
      'arton',
      'nitton',
      'tjugo',
    ]);
    expect([30, 40, 50, 100].map(numberWord)).toEqual(['trettio', 'fyrtio', 'femtio', 'hundra']);
  });

  it('has no word for other numbers, so the caller falls back to digits', () => {
    for (const n of [21, 29, 60, 99, 1000, 2.5, -1, Number.NaN]) expect(numberWord(n)).toBeUndefined();
  });

  it('reads back every word it writes', () => {
    for (const n of [...Array(21).keys(), 30, 40, 50, 100]) expect(parseNumber(numberWord(n)!)).toBe(n);
  });
});

describe('parseNumber reads a figure however a Swedish text writes it', () => {
  it('reads a decimal comma and any thousands space', () => {
    expect(parseNumber('7,8')).toBe(7.8);
    expect(parseNumber('1 931')).toBe(1931);
    expect(parseNumber(`1${NB}931`)).toBe(1931);
    expect(parseNumber('1\u202f931')).toBe(1931);
    expect(parseNumber('1\u2009931')).toBe(1931);
    expect(parseNumber('3 947,8')).toBe(3947.8);
    expect(parseNumber('1 234 567,25')).toBe(1234567.25);
    expect(parseNumber('13,50')).toBe(13.5);
    expect(parseNumber('  420,1 ')).toBe(420.1);
  });

  it('reads a minus written as minus sign, hyphen or en dash, and an explicit plus', () => {
    expect(parseNumber('\u221216,8')).toBe(-16.8);
    expect(parseNumber('-16,8')).toBe(-16.8);
    expect(parseNumber('\u201316,8')).toBe(-16.8);
    expect(parseNumber('+0,8')).toBe(0.8);
    expect(parseNumber(`-22${NB}141`)).toBe(-22141);
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it('reads an English decimal point only where it cannot be a thousands separator', () => {
    expect(parseNumber('7.8')).toBe(7.8);
    expect(parseNumber('27.95')).toBe(27.95);
    expect(parseNumber('0.125')).toBe(0.125);
    expect(parseNumber('1 931.5')).toBe(1931.5);
    expect(parseNumber('1.931')).toBeNull();
    expect(parseNumber('1.931.000')).toBeNull();
  });

  it('reads counts written as words', () => {
    expect(parseNumber('fyra')).toBe(4);
    expect(parseNumber('en')).toBe(1);
    expect(parseNumber('ett')).toBe(1);
    expect(parseNumber('Sju')).toBe(7);
    expect(parseNumber('noll')).toBe(0);
    expect(parseNumber('tjugofem')).toBe(25);
    expect(parseNumber('hundra')).toBe(100);
  });

  it('returns null for anything that is not one number', () => {
    for (const s of [
      '',
      ' ',
      'abc',
      '7,8 %',
      '7,8%',
      '1,2,3',
      '1 93',
      '12 3456',
      '1  931',
      '−',
      '3,',
      ',5',
      '1931a',
      'fyra av fem',
      '2022-12-31',
      'en halv',
    ]) {
      expect(parseNumber(s), s).toBeNull();
    }
  });
});

describe('writing and reading agree (property)', () => {
  const cents = fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom(0, 1, 2)).map(([m, d]) => m / 10 ** d);

  it('reads back every integer exactly, including negatives and the largest safe ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })),
        (n) => {
          expect(parseNumber(formatNumber(n))).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back every value with 0–2 decimals exactly, with or without a sign', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (x, signed) => {
        expect(parseNumber(formatNumber(x, { signed }))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back the value rounded half away from zero at the printed precision', () => {
    // Oracle in integers: x = m/1000 printed with d decimals is round(|m| / 10^(3−d)) / 10^d.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(0, 1, 2), (m, d) => {
        const step = 10n ** BigInt(3 - d);
        const abs = BigInt(Math.abs(m));
        const q = (abs + step / 2n) / step;
        const expected = ((m < 0 ? -1 : 1) * Number(q)) / 10 ** d;
        expect(parseNumber(formatNumber(m / 1000, { decimals: d }))).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds every written quantity in a sentence with its value, unit and decimals', () => {
    const units: ReadonlyArray<readonly [string | undefined, MentionUnit]> = [
      ['%', 'procent'],
      ['procentenheter', 'procentenheter'],
      ['mnkr', 'mnkr'],
      ['tkr', 'tkr'],
      ['kr', 'kr'],
      ['kr/invånare', 'kr/invånare'],
      ['dagar', 'dagar'],
      [undefined, undefined],
    ];
    fc.assert(
      fc.property(cents, fc.constantFrom(...units), fc.constantFrom(0, 1, 2), (x, [unit, expected], decimals) => {
        const written = formatQuantity(x, unit, { decimals });
        const found = findNumbers(`Utfallet blev ${written} under året.`);
        expect(found).toHaveLength(1);
        const [m] = found as [NumberMention];
        expect(m.text).toBe(written);
        expect(m.unit).toBe(expected);
        expect(m.decimals).toBe(decimals);
        expect(m.value).toBe(parseNumber(formatNumber(x, { decimals })));
        expect(matchesAtPrecision(m.value, m.decimals, x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a printed value as the fact it came from, and its neighbours as not', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (fact, d) => {
        const written = parseNumber(formatNumber(fact, { decimals: d }))!;
        expect(matchesAtPrecision(written, d, fact)).toBe(true);
        expect(matchesAtPrecision(written + 10 ** -d, d, fact)).toBe(false);
        expect(matchesAtPrecision(written - 10 ** -d, d, fact)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports spans that are exactly the text they point at, in order, on any input', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-−–+%\n:/abcåäö'.split(''),
      ' av ',
      ' fyra ',
      ' en ',
      ' procent',
      ' miljoner kronor',
      ' 2022',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          let last = -1;
          for (const m of findNumbers(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(Number.isFinite(m.value)).toBe(true);
            last = m.end;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('findNumbers reads the figures of real report prose', () => {
  it('reads money in miljoner kronor, a day of the month, a year and a percentage', () => {
    const s =
      'Socialnämndens nettokostnader uppgår till 420,1 miljoner kronor per 31 december. Resultatet för 2022 är \npositivt med 13,5 miljoner kronor eller 3,1 procent.';
    expect(figures(s)).toEqual([
      { text: '420,1 miljoner kronor', value: 420.1, unit: 'mnkr', decimals: 1 },
      bare('31', 31),
      year(2022),
      { text: '13,5 miljoner kronor', value: 13.5, unit: 'mnkr', decimals: 1 },
      { text: '3,1 procent', value: 3.1, unit: 'procent', decimals: 1 },
    ]);
    const [first] = findNumbers(s) as [NumberMention];
    const at = s.indexOf('420,1');
    expect(first).toEqual({
      start: at,
      end: at + '420,1 miljoner kronor'.length,
      text: '420,1 miljoner kronor',
      value: 420.1,
      decimals: 1,
      unit: 'mnkr',
      source: 'digits',
      isYear: false,
    });
  });

  it('reads procentenheter as a unit of its own', () => {
    const s =
      'Trots detta har den totala sjukfrånvaron ökat med 0,8 procentenheter till och med \nnovember 2022 jämfört med samma period 2021.';
    expect(figures(s)).toEqual([{ text: '0,8 procentenheter', value: 0.8, unit: 'procentenheter', decimals: 1 }, year(2022), year(2021)]);
  });

  it('reads unitless index values and a year in the genitive', () => {
    const s =
      'Nämndens värde gällande prestationsnivån för 2022 års medarbetarenkät har ökat till 74,7 jämfört med \nföregående år, då värdet var 73,8.';
    expect(figures(s)).toEqual([year(2022), bare('74,7', 74.7, 1), bare('73,8', 73.8, 1)]);
  });

  it('reads "309 svarande av 347" as a count out of a total, a unit on the next line, and skips the footnote number', () => {
    const s =
      '3 Svarsfrekvensen i årets medarbetarenkät är 89 procent med 309 svarande av 347. Motsvarande siffra för 2021 var en svarsfrekvens på 93 \nprocent (297 svarande av 321) och för 2020 en svarsfrekvens på 90 procent (293 svarande av 326).';
    expect(figures(s)).toEqual([
      { text: '89 procent', value: 89, unit: 'procent', decimals: 0 },
      { ...bare('309', 309), ofTotal: 347 },
      bare('347', 347),
      year(2021),
      { text: '93 \nprocent', value: 93, unit: 'procent', decimals: 0 },
      { ...bare('297', 297), ofTotal: 321 },
      bare('321', 321),
      year(2020),
      { text: '90 procent', value: 90, unit: 'procent', decimals: 0 },
      { ...bare('293', 293), ofTotal: 326 },
      bare('326', 326),
    ]);
  });

  it('reads hyphen minus in a table row and ignores the footnote marker glued to the heading', () => {
    const s = 'Nettokostnadsavvikelse1 individ- \noch familjeomsorg (%) \n\n-16,8 -22,1  -16,8  ';
    expect(figures(s)).toEqual([bare('-16,8', -16.8, 1), bare('-22,1', -22.1, 1), bare('-16,8', -16.8, 1)]);
  });

  it('keeps thousands groups together without merging neighbouring figures', () => {
    const s = 'Nettokostnad individ- och \nfamiljeomsorg, kr/invånare \n\n3 926 3 804  Minska';
    expect(figures(s)).toEqual([bare('3 926', 3926), bare('3 804', 3804)]);
    expect(figures('Intäkter (minskade - /ökade +) 3 947,8')).toEqual([bare('3 947,8', 3947.8, 1)]);
    expect(figures('Sjukfrånvaro totalt (%) 8 7 7,8 6,5')).toEqual([bare('8', 8), bare('7', 7), bare('7,8', 7.8, 1), bare('6,5', 6.5, 1)]);
  });

  it('reads "sju av 18" as seven out of eighteen, and leaves "ett år" and "hälften" alone', () => {
    const s =
      'Under perioden har sju \nav 18 personer avbrutit behandlingen i förtid, varav drygt hälften återkommit till socialtjänsten inom ett år.';
    expect(figures(s)).toEqual([{ ...bare('sju', 7), word: true, ofTotal: 18 }, bare('18', 18)]);
  });

  it('reads counts written as words before "av", and not the article "En"', () => {
    const s =
      'Etappmålen nås med marginal för fyra av indikatorerna och för tre av dem är trenden positiv \ntrots att målen för året inte nås. En indikator ligger lågt under det satta etappmålet.';
    expect(figures(s)).toEqual([
      { ...bare('fyra', 4), word: true },
      { ...bare('tre', 3), word: true },
    ]);
    expect(figures('anställd är man och fyra av fem är kvinnor')).toEqual([
      { ...bare('fyra', 4), word: true, ofTotal: 5 },
      { ...bare('fem', 5), word: true },
    ]);
  });

  it('reads counts written as words before the counted noun', () => {
    const s =
      'Socialnämnden identifierade fem risker i verksamhetsplanen och beslutade om åtgärder för att reducera \nriskerna. Åtgärderna kopplade till de två risker som rör unga lagöverträdare och arbetet med personer som \nönskar bryta sin kriminella bana är genomförda';
    expect(figures(s)).toEqual([
      { ...bare('fem', 5), word: true },
      { ...bare('två', 2), word: true },
    ]);
    expect(figures('En varningsklocka är dock att det skett en försämring inom två av mätområdena: arbetsrelaterad utmattning')).toEqual([
      { ...bare('två', 2), word: true },
    ]);
  });

  it('ignores footnote markers glued to words', () => {
    expect(
      figures('I årets medarbetarenkät3 har värdet för prestationsnivå, medarbetarprofil4 samt ledarskapsprofil5 förbättrats'),
    ).toEqual([]);
    expect(
      figures(
        'Lagrådsremissen Ett fönster av möjligheter – stärkta rättigheter \nför barn och vuxna i skyddat boende11 föreslås träda i kraft den 1 juli 2023',
      ),
    ).toEqual([bare('1', 1), year(2023)]);
  });

  it('reads a range of years as two years and gives a range its unit at both ends', () => {
    expect(
      figures('* Mätningen har tidigare (2020–2021) avsett resultaten för föräldrastödsinsatsen enligt metoden Alla Barn i Centrum (ABC).'),
    ).toEqual([year(2020), year(2021)]);
    expect(figures('Ungdomar 13–20 år som görs \ndelaktiga i utformningen av \nutredningen eller insatsen, andel')).toEqual([
      { text: '13', value: 13, unit: 'år', decimals: 0 },
      { text: '20 år', value: 20, unit: 'år', decimals: 0 },
    ]);
    expect(figures('Bilaga 1: Plan för uppföljning och insyn 2026-2028')).toEqual([bare('1', 1), year(2026), year(2028)]);
    expect(figures('under åren 2020–2022 och 2020 – 2022')).toEqual([year(2020), year(2022), year(2020), year(2022)]);
  });

  it('tells a grouped amount from a year', () => {
    const s = 'Ersättningen till LOV-utförare höjdes 2022 med 34 procent per 90 minuter till 2 009 kronor.';
    expect(figures(s)).toEqual([
      year(2022),
      { text: '34 procent', value: 34, unit: 'procent', decimals: 0 },
      bare('90', 90),
      { text: '2 009 kronor', value: 2009, unit: 'kr', decimals: 0 },
    ]);
  });

  it('reads "minus 1 miljon kronor" as negative and promille as tenths of a percent', () => {
    expect(figures('Avvikelsen mot budget är minus 1 miljon kronor eller 3 \npromille.')).toEqual([
      { text: 'minus 1 miljon kronor', value: -1, unit: 'mnkr', decimals: 0 },
      { text: '3 \npromille', value: 0.3, unit: 'procent', decimals: 1 },
    ]);
  });

  it('reads "mellan 2021 och 2022" as two years and bare "miljoner" as money', () => {
    expect(figures('Intäkterna ökade mellan 2021 och 2022 med 9,5 miljoner kronor eller 66 procent.')).toEqual([
      year(2021),
      year(2022),
      { text: '9,5 miljoner kronor', value: 9.5, unit: 'mnkr', decimals: 1 },
      { text: '66 procent', value: 66, unit: 'procent', decimals: 0 },
    ]);
    expect(figures('De totala kostnaderna är 490,1 miljoner kronor vilket är 10,2 miljoner högre än budget.')).toEqual([
      { text: '490,1 miljoner kronor', value: 490.1, unit: 'mnkr', decimals: 1 },
      { text: '10,2 miljoner', value: 10.2, unit: 'mnkr', decimals: 1 },
    ]);
  });

  it('reads counts in a longer passage, with the age range and the counted groups', () => {
    const s =
      'året har 14 grupper, med sammanlagt 69 deltagare, genomförts inom ramen för ABC 3–12 år och tre grupper \nmed totalt 32 deltagare har genomförts inom ramen för ABC Tonår.';
    expect(figures(s)).toEqual([
      bare('14', 14),
      bare('69', 69),
      { text: '3', value: 3, unit: 'år', decimals: 0 },
      { text: '12 år', value: 12, unit: 'år', decimals: 0 },
      { ...bare('tre', 3), word: true },
      bare('32', 32),
    ]);
  });

  it('reads mnkr, tusen kronor and ISO dates from other reports', () => {
    expect(figures('Det är en ökning med 19,5 miljoner kronor vilket motsvarar 3,9 procent jämfört med 2025.')).toEqual([
      { text: '19,5 miljoner kronor', value: 19.5, unit: 'mnkr', decimals: 1 },
      { text: '3,9 procent', value: 3.9, unit: 'procent', decimals: 1 },
      year(2025),
    ]);
    expect(figures('184 mnkr *\t215 mnkr*\tMinska')).toEqual([
      { text: '184 mnkr', value: 184, unit: 'mnkr', decimals: 0 },
      { text: '215 mnkr', value: 215, unit: 'mnkr', decimals: 0 },
    ]);
    expect(figures('cirka 180 tusen kronor per månad.')).toEqual([{ text: '180 tusen kronor', value: 180, unit: 'tkr', decimals: 0 }]);
    expect(figures('Kostnaden avser en 12 månaders period 2024-11-01 till 2025-10-31.')).toEqual([bare('12', 12), year(2024), year(2025)]);
    expect(
      figures(
        'Andelen för kvinnor är 5,7 procent, en \nökning med 0,5 procentenheter och för männen 5,2 procent, vilket är en minskning med 0,6 procentenheter jämfört med',
      ),
    ).toEqual([
      { text: '5,7 procent', value: 5.7, unit: 'procent', decimals: 1 },
      { text: '0,5 procentenheter', value: 0.5, unit: 'procentenheter', decimals: 1 },
      { text: '5,2 procent', value: 5.2, unit: 'procent', decimals: 1 },
      { text: '0,6 procentenheter', value: 0.6, unit: 'procentenheter', decimals: 1 },
    ]);
  });

  it('ignores diary numbers and URLs full of digits', () => {
    expect(figures('Förstudie av digitalisering - SN-2021/2476.912')).toEqual([]);
    expect(
      figures(
        '11 https://www.regeringen.se/rattsliga-dokument/departementsserien-och-promemorior/2022/08/utkastet-till-lagradsremiss-ett-fonster-\nav-mojligheter--starkta-rattigheter-for-barn-och-vuxna-i-skyddat-boende/',
      ),
    ).toEqual([]);
  });
});

describe('findNumbers neither invents nor merges figures', () => {
  it('never merges years written side by side', () => {
    expect(figures('Indikatorer 2020 2021 2022 Etappmål Målvärde 2030')).toEqual([year(2020), year(2021), year(2022), year(2030)]);
    expect(figures('2020 2021')).toEqual([year(2020), year(2021)]);
  });

  it('merges thousands groups whatever space separates them', () => {
    for (const space of [' ', NB, '\u202f', '\u2009']) {
      expect(figures(`totalt 1${space}931 svarande`)).toEqual([bare(`1${space}931`, 1931)]);
    }
    expect(figures('till 420 000 kronor')).toEqual([{ text: '420 000 kronor', value: 420000, unit: 'kr', decimals: 0 }]);
    expect(figures('3 926 kr/invånare')).toEqual([{ text: '3 926 kr/invånare', value: 3926, unit: 'kr/invånare', decimals: 0 }]);
    expect(figures('3 926 kronor per invånare')).toEqual([
      { text: '3 926 kronor per invånare', value: 3926, unit: 'kr/invånare', decimals: 0 },
    ]);
  });

  it('does not merge a decimal with the number after it, nor a group that is not three digits', () => {
    expect(figures('7,8 123')).toEqual([bare('7,8', 7.8, 1), bare('123', 123)]);
    expect(figures('1 93')).toEqual([bare('1', 1), bare('93', 93)]);
    expect(figures('12 3456')).toEqual([bare('12', 12), bare('3456', 3456)]);
  });

  it('reads every way of writing a percentage', () => {
    for (const s of ['7,8 %', '7,8%', `7,8${NB}%`, '7,8 procent']) {
      expect(figures(`Sjukfrånvaron var ${s} i år.`)).toEqual([{ text: s, value: 7.8, unit: 'procent', decimals: 1 }]);
    }
    expect(figures('ökade med 0,8 %-enheter')).toEqual([{ text: '0,8 %-enheter', value: 0.8, unit: 'procentenheter', decimals: 1 }]);
  });

  it('reads money in every unit the reports use, milliards as thousands of mnkr at their written precision', () => {
    expect(figures('13,5 mnkr')).toEqual([{ text: '13,5 mnkr', value: 13.5, unit: 'mnkr', decimals: 1 }]);
    expect(figures('13,50 Mkr')).toEqual([{ text: '13,50 Mkr', value: 13.5, unit: 'mnkr', decimals: 2 }]);
    expect(figures('1,2 miljarder kronor')).toEqual([{ text: '1,2 miljarder kronor', value: 1200, unit: 'mnkr', decimals: -2 }]);
    expect(figures('2–3 miljarder kronor')).toEqual([
      { text: '2', value: 2000, unit: 'mnkr', decimals: -3 },
      { text: '3 miljarder kronor', value: 3000, unit: 'mnkr', decimals: -3 },
    ]);
    expect(figures('46 269 tkr')).toEqual([{ text: '46 269 tkr', value: 46269, unit: 'tkr', decimals: 0 }]);
    expect(figures('6 tusen kronor')).toEqual([{ text: '6 tusen kronor', value: 6, unit: 'tkr', decimals: 0 }]);
    expect(figures('500:-')).toEqual([{ text: '500:-', value: 500, unit: 'kr', decimals: 0 }]);
  });

  it('reads a true minus, an en dash minus and a plus', () => {
    expect(figures('förändringen blev \u221216,8 och \u20132,5 men +0,8')).toEqual([
      bare('\u221216,8', -16.8, 1),
      bare('\u20132,5', -2.5, 1),
      bare('+0,8', 0.8, 1),
    ]);
  });

  it('does not count the articles "en" and "ett", except in "en av" and "ett av"', () => {
    expect(figures('En indikator ligger lågt och ett mål nås inte, men en bil har beställts.')).toEqual([]);
    expect(figures('En av riskerna har varit kopplad till ett av målen.')).toEqual([
      { ...bare('En', 1), word: true },
      { ...bare('ett', 1), word: true },
    ]);
    expect(figures('en av fem')).toEqual([
      { ...bare('en', 1), word: true, ofTotal: 5 },
      { ...bare('fem', 5), word: true },
    ]);
  });

  it('does not count number words that count nothing', () => {
    expect(figures('alla tre är klara, sex och samlevnad')).toEqual([]);
    expect(figures('knappt var femte anställd')).toEqual([]);
    expect(figures('två av tre')).toEqual([
      { ...bare('två', 2), word: true, ofTotal: 3 },
      { ...bare('tre', 3), word: true },
    ]);
    expect(figures('under de senaste fyra åren, i fyra år och fyra procent')).toEqual([
      { ...bare('fyra', 4), word: true },
      { text: 'fyra år', value: 4, unit: 'år', decimals: 0, word: true },
      { text: 'fyra procent', value: 4, unit: 'procent', decimals: 0, word: true },
    ]);
  });

  it('reads "X av Y" only between plain counts, never against a year or a percentage', () => {
    expect(figures('25 procent av 2019 års budget')).toEqual([{ text: '25 procent', value: 25, unit: 'procent', decimals: 0 }, year(2019)]);
    expect(figures('7 av 2022')).toEqual([bare('7', 7), year(2022)]);
    expect(figures('18 av 7')).toEqual([bare('18', 18), bare('7', 7)]);
  });

  it('does not report personnummer or organisation numbers', () => {
    for (const id of ['850709-1234', '19850709-1234', '850709+1234', '8507091234', '198507091234', '212000-0142']) {
      expect(figures(`Ärendet gäller ${id} och avslutades.`), id).toEqual([]);
    }
    expect(figures('Av 12 ärenden gällde ett 850709-1234.')).toEqual([bare('12', 12)]);
  });

  it('reports the year of a date but not its month and day', () => {
    expect(figures('per 2022-12-31')).toEqual([year(2022)]);
    expect(figures('utfall 2025-08')).toEqual([year(2025)]);
    expect(figures('per 31 december 2022')).toEqual([bare('31', 31), year(2022)]);
  });

  it('does not report ordinals, times, compounds, codes or references as figures', () => {
    for (const s of [
      'den 1:a och 3:e',
      'kl. 10:30',
      'covid-19',
      '17-åringar',
      'SN-2022/837.111',
      'Kolada U26421',
      'r12',
      '(FACT)12',
      'Kap 14, 1§',
      'r12 [1]',
      '5G',
      '31.12.2022',
    ]) {
      const expected = s === 'Kap 14, 1§' ? [bare('14', 14)] : [];
      expect(figures(s), s).toEqual(expected);
    }
  });

  it('does not report list markers or footnote numbers opening a line', () => {
    expect(figures('1. Ekonomisk \nhållbarhet')).toEqual([]);
    expect(figures('text\n2 Kritisk zon indikerar')).toEqual([]);
    expect(figures('text\n14 grupper')).toEqual([bare('14', 14)]);
  });

  it('reads an English decimal only when it cannot be a thousands group', () => {
    expect(figures('Månadsplacerade 27.9 39.8 52.8')).toEqual([bare('27.9', 27.9, 1), bare('39.8', 39.8, 1), bare('52.8', 52.8, 1)]);
    expect(figures('totalt 1.931 ärenden')).toEqual([]);
    expect(figures('andelen 0.125')).toEqual([bare('0.125', 0.125, 3)]);
  });

  it('ends a figure at the end of a sentence or a list comma', () => {
    expect(figures('Resultatet var 74,7. Året innan 73,8, och 2020, 2021.')).toEqual([
      bare('74,7', 74.7, 1),
      bare('73,8', 73.8, 1),
      year(2020),
      year(2021),
    ]);
  });

  it('finds nothing in text without figures', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('Verksamheten har haft stort fokus på att ställa om.')).toEqual([]);
  });
});

describe('matchesAtPrecision accepts a figure that is the fact rounded as written', () => {
  it('accepts every fact that rounds to the written figure', () => {
    expect(matchesAtPrecision(7.8, 1, 7.8)).toBe(true);
    expect(matchesAtPrecision(7.8, 1, 7.83)).toBe(true);
    expect(matchesAtPrecision(7.8, 1, 7.75)).toBe(true);
    expect(matchesAtPrecision(7.8, 1, 7.849)).toBe(true);
    expect(matchesAtPrecision(8, 0, 7.8)).toBe(true);
    expect(matchesAtPrecision(13.5, 2, 13.5)).toBe(true);
    expect(matchesAtPrecision(-16.8, 1, -16.75)).toBe(true);
  });

  it('rejects facts that round elsewhere, and more precision than the fact has', () => {
    expect(matchesAtPrecision(7.8, 1, 7.85)).toBe(false);
    expect(matchesAtPrecision(7.8, 1, 7.74)).toBe(false);
    expect(matchesAtPrecision(8, 1, 7.8)).toBe(false);
    expect(matchesAtPrecision(7.83, 2, 7.8)).toBe(false);
    expect(matchesAtPrecision(16.8, 1, -16.8)).toBe(false);
    expect(matchesAtPrecision(-16.8, 1, -16.85)).toBe(false);
  });

  it('tolerates float noise in either number', () => {
    expect(matchesAtPrecision(0.3, 1, 0.1 + 0.2)).toBe(true);
    expect(matchesAtPrecision(0.1 + 0.2, 1, 0.3)).toBe(true);
    expect(matchesAtPrecision(3.3, 1, 1.1 * 3)).toBe(true);
    expect(matchesAtPrecision(0.8, 1, 7.8 - 7)).toBe(true);
    expect(matchesAtPrecision(1.01, 2, 1.005)).toBe(true);
  });

  it('compares figures written in a larger unit at tens or hundreds', () => {
    expect(matchesAtPrecision(1200, -2, 1234)).toBe(true);
    expect(matchesAtPrecision(1200, -2, 1249)).toBe(true);
    expect(matchesAtPrecision(1200, -2, 1250)).toBe(false);
    expect(matchesAtPrecision(3000, -3, 2500)).toBe(true);
  });

  it('checks a found figure against its fact end to end', () => {
    const [m] = findNumbers('Sjukfrånvaron var 7,8 procent.') as [NumberMention];
    expect(matchesAtPrecision(m.value, m.decimals, 7.79)).toBe(true);
    expect(matchesAtPrecision(m.value, m.decimals, 7.9)).toBe(false);
    const [big] = findNumbers('Budgeten är 1,2 miljarder kronor.') as [NumberMention];
    expect(matchesAtPrecision(big.value, big.decimals, 1184.5)).toBe(true);
    expect(matchesAtPrecision(big.value, big.decimals, 1312)).toBe(false);
  });

  it('never matches what is not a number, and refuses a precision that is not one', () => {
    expect(matchesAtPrecision(Number.NaN, 1, 7.8)).toBe(false);
    expect(matchesAtPrecision(7.8, 1, Number.NaN)).toBe(false);
    expect(matchesAtPrecision(7.8, 1, Number.POSITIVE_INFINITY)).toBe(false);
    expect(() => matchesAtPrecision(7.8, 1.5, 7.8)).toThrow(RangeError);
  });
});
