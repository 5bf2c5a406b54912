import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { checkText, goalFacts, hasErrors, levelPhrases, type Finding } from '../../src/domain/checker';
import { parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';
import { demoDoc, publishedTexts, WRITTEN, type ReportName } from './checker-texts';

const vb = demoDoc('vb-2022');

/** Checked as a model's text, the strictest reading: a figure the data does not hold is an error. */
function check(goalId: string, text: string, level?: string, report: ReportName = 'vb-2022'): Finding[] {
  return checkText({ doc: demoDoc(report), goalId, text, origin: 'model', ...(level ? { level } : {}) });
}
const errors = (f: Finding[]) => f.filter((x) => x.severity === 'error');
/** The words each error points at. */
const flagged = (text: string, f: Finding[]) => errors(f).map((x) => `${x.code}: ${text.slice(x.start, x.end)}`);

describe('published motivations', () => {
  it.each(publishedTexts().map((t) => [`${t.report} ${t.goalId}`, t] as const))('%s has no error against its published level', (_, t) => {
    const findings = check(t.goalId, t.text, t.level, t.report);
    expect(flagged(t.text, findings)).toEqual([]);
  });

  it('texts written from the data have no error and state their level', () => {
    for (const t of WRITTEN) {
      const findings = check(t.goalId, t.text, t.level, t.report);
      expect({ goal: `${t.report} ${t.goalId}`, findings: findings.map((f) => `${f.code}: ${t.text.slice(f.start, f.end)}`) }).toEqual({
        goal: `${t.report} ${t.goalId}`,
        findings: [],
      });
    }
  });

  it('warns, without an error, where a published text does not state the level', () => {
    const g3 = vb.goals.find((g) => g.id === 'g3')!.published!.motivation!;
    const findings = check('g3', g3, 'hog');
    expect(findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'missing_level']]);
    expect(findings[0]!.message).toBe('Texten säger inte vilken nivå målet har (I hög grad uppfyllt).');
  });
});

describe('figures', () => {
  it('accepts a note figure and flags the same sentence with a changed figure, naming the note', () => {
    const ok = 'Socialnämnden redovisar ett positivt utfall mot budget med 13,5 miljoner kronor.';
    expect(errors(check('g1', ok))).toEqual([]);
    const bad = 'Socialnämnden redovisar ett positivt utfall mot budget med 23,7 miljoner kronor.';
    const [f] = errors(check('g1', bad));
    expect(f).toMatchObject({ code: 'wrong_value', expected: '13,5 miljoner kronor' });
    expect(bad.slice(f!.start, f!.end)).toBe('23,7 miljoner kronor');
  });

  it('reads money in any unit the reports use', () => {
    expect(errors(check('g1', 'Utfallet mot budget är positivt med 13 500 tkr.'))).toEqual([]);
    expect(errors(check('g6', 'Budgeten om 522,0 miljoner kronor för 2026 är 19,5 miljoner kronor högre.', undefined, 'vp-2026'))).toEqual(
      [],
    );
  });

  it('names the right value for a figure next to an indicator', () => {
    const text = 'Sjukfrånvaron var 7,5 procent 2022.';
    const [f] = errors(check('g2', text, 'delvis'));
    expect(f).toMatchObject({
      code: 'wrong_value',
      message: 'Sjukfrånvaro totalt var 7,8 procent 2022, inte 7,5 procent.',
      expected: '7,8 procent',
    });
    expect(text.slice(f!.start, f!.end)).toBe('7,5 procent');
    expect(errors(check('g2', 'Sjukfrånvaron var 7,8 procent 2022 och 7 procent 2021.'))).toEqual([]);
    expect(flagged('', check('g2', 'Sjukfrånvaron var 7 procent 2022.')).length).toBe(1);
  });

  it('holds a figure after "etappmålet" to the etappmål', () => {
    const real = 'Den totala sjukfrånvaron har inte minskat och därmed nås inte etappmålet om 6,5 procent.';
    expect(errors(check('g2', real))).toEqual([]);
    const [f] = errors(check('g2', real.replace('6,5', '6,0')));
    expect(f).toMatchObject({
      code: 'wrong_value',
      expected: '6,5 procent',
      message: 'Etappmålet för Sjukfrånvaro totalt är 6,5 procent, inte 6,0 procent.',
    });
  });

  it('matches a figure at the precision written', () => {
    expect(errors(check('g2', 'Sjukfrånvaron var 8 procent 2022.'))).toEqual([]); // 7,8 rounded
    expect(errors(check('g2', 'Sjukfrånvaron var 7,80 procent 2022.'))).toEqual([]);
    expect(errors(check('g2', 'Sjukfrånvaron var 7,9 procent 2022.'))).toHaveLength(1);
  });

  it('says "Siffran … finns inte i underlaget" for a figure that matches nothing', () => {
    const text = 'Antalet ärenden var 7,5 procent högre.';
    const [f] = errors(check('g2', text));
    expect(f).toMatchObject({ code: 'ungrounded_number', message: 'Siffran 7,5 procent finns inte i underlaget för målet.' });
    expect(text.slice(f!.start, f!.end)).toBe('7,5 procent');
  });

  it('grounds differences in procentenheter and relative changes in percent, and catches the unit mixed up', () => {
    const real =
      'Trots detta har den totala sjukfrånvaron ökat med 0,8 procentenheter till och med november 2022 jämfört med samma period 2021.';
    expect(errors(check('g2', real))).toEqual([]);
    expect(errors(check('g2', 'Sjukfrånvaron har ökat med 11 procent, från 7 till 7,8 procent.'))).toEqual([]);
    expect(errors(check('g2', real.replace('0,8', '0,5')))[0]).toMatchObject({ code: 'wrong_value', expected: '0,8 procentenheter' });
    expect(errors(check('g2', real.replace('procentenheter', 'procent')))[0]).toMatchObject({
      code: 'wrong_unit',
      message: 'Skillnaden mellan två andelar anges i procentenheter: 0,8 procentenheter, inte 0,8 procent.',
    });
  });

  it("flags a figure the data does not hold as an error in a model's text and a warning in a person's", () => {
    const text = 'Antalet ärenden var 7,5 procent högre.';
    const person = checkText({ doc: vb, goalId: 'g2', text });
    expect(errors(person)).toEqual([]);
    expect(person.find((f) => f.code === 'ungrounded_number')).toMatchObject({ severity: 'warning' });
    expect(errors(checkText({ doc: vb, goalId: 'g2', text, origin: 'person' }))).toEqual([]);
    // A contradiction is an error whoever wrote it.
    expect(errors(checkText({ doc: vb, goalId: 'g2', text: 'Sjukfrånvaron var 7,5 procent 2022.' }))[0]).toMatchObject({
      code: 'wrong_value',
    });
  });

  it('grounds the years of the data and the report year, and no other', () => {
    expect(errors(check('g2', 'Sjukfrånvaron ökade mellan 2021 och 2022.'))).toEqual([]);
    const [f] = errors(check('g2', 'Sjukfrånvaron ökade mellan 2019 och 2022.'));
    expect(f).toMatchObject({ code: 'ungrounded_number', message: 'Året 2019 finns inte i underlaget för målet.' });
  });

  it('grounds figures in the notes, and their periods', () => {
    const real = 'Personalomsättningen har ökat med 4,4 procentenheter under året och ligger i slutet av året på 17,4 procent.';
    expect(errors(check('g2', real))).toEqual([]);
    expect(errors(check('g2', real.replace('17,4', '17,9')))).toHaveLength(1);
    const vp = 'Personalomsättningen inom individ- och familjeomsorgen var 8,6 i augusti 2025.';
    expect(errors(check('g7', vp, undefined, 'vp-2026'))).toEqual([]);
    expect(errors(check('g7', vp.replace('2025', '2024'), undefined, 'vp-2026'))[0]).toMatchObject({
      code: 'wrong_period',
      expected: 'augusti 2025',
    });
  });

  it('reads counts written as words', () => {
    const real =
      'De tre fordon som fasats ut under året har ersatt redan tidigare fossilbränsleoberoende fordon varför andelsmåttet inte påverkats under året.';
    expect(errors(check('g5', real))).toEqual([]);
    expect(errors(check('g5', real.replace('De tre', 'De fyra')))[0]).toMatchObject({ code: 'wrong_value', expected: '3' });
  });

  it("flags a figure of another indicator next to this one's name", () => {
    const text = 'Brukarbedömningen inom missbruksvården visar att 92 procent upplever en förbättrad situation.';
    const [f] = errors(check('g4', text));
    expect(f).toMatchObject({ code: 'wrong_value', expected: '91 procent' });
  });

  it('reads "från X till Y" as X the earlier value and Y the later, with or without a year after X', () => {
    for (const text of [
      'Sjukfrånvaron har ökat från 7 procent föregående år till 7,8 procent.',
      'Sjukfrånvaro totalt har ökat från 7 procent (2021) till 7,8 procent (+0,8 procentenheter).',
    ]) {
      expect(flagged(text, check('g2', text))).toEqual([]);
      const swapped = text.replace('från 7 procent', 'från 7,8 procent').replace('till 7,8 procent', 'till 7 procent');
      expect(flagged(swapped, check('g2', swapped))).toEqual(['wrong_value: 7,8 procent', 'wrong_value: 7 procent']);
      const wrong = text.replace('till 7,8', 'till 7,9');
      expect(flagged(wrong, check('g2', wrong))).toEqual(['wrong_value: 7,9 procent']);
    }
  });

  it('flags a change between two equal figures, also written "till Y från X"', () => {
    const text = 'Prestationsnivån i medarbetarenkäten har ökat till 74,7 från 73,8 året innan.';
    expect(flagged(text, check('g2', text))).toEqual([]);
    const same = text.replace('från 73,8', 'från 74,7');
    expect(flagged(same, check('g2', same))).toEqual(['wrong_trend_claim: ökat']);
  });

  it('reads a minus before a change as the direction it went, and holds it to the data', () => {
    const down =
      'Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare - förbättrad situation, andel har minskat från 47 procent (2021) till 38 procent (−9 procentenheter).';
    expect(flagged(down, check('g4', down))).toEqual([]);
    const up =
      'Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, andel (Socialpsykiatri) har ökat från 90 procent (2021) till 94 procent (+4 procentenheter).';
    expect(flagged(up, check('g4', up))).toEqual([]);
    const wrongSign = up.replace('+4', '−4');
    expect(flagged(wrongSign, check('g4', wrongSign))).toEqual(['wrong_value: −4 procentenheter']);
  });

  it('reads a signed figure right after the new value as the change, also after a long "från … (år) till"', () => {
    const name =
      'Föräldrar som deltagit i icke biståndsbedömd föräldrastödsinsats och som anser att de har fått stöd och vägledning i sin föräldraroll, medelvärde';
    const change = `${name} har ökat från 4,2 (2021) till 4,3 (+0,1).`;
    expect(flagged(change, check('g3', change))).toEqual([]);
    // The name ends ", medelvärde": the words after its comma still name the indicator, so the change it had is named.
    expect(errors(check('g3', change.replace('+0,1', '+0,2'))).map((f) => [f.code, f.expected])).toEqual([['wrong_value', '0,1']]);
    const money =
      'Nettokostnad individ- och familjeomsorg har minskat från 3 926 kr/invånare (2020) till 3 804 kr/invånare (−122 kr/invånare).';
    expect(flagged(money, check('g1', money))).toEqual([]);
    const wrongMoney = money.replace('till 3 804', 'till 3 805');
    expect(flagged(wrongMoney, check('g1', wrongMoney))).toEqual(['wrong_value: 3 805 kr/invånare']);
  });

  it("takes the report year next to words a note about another year shares as the report year, not that note's", () => {
    for (const text of [
      'Svarsfrekvensen i medarbetarenkäten var 89 procent 2022.',
      'Svarsfrekvensen i medarbetarenkäten 2022 var 89 procent (309 svarande av 347).',
      'Svarsfrekvensen i medarbetarenkäten var 89 procent 2022, 93 procent 2021 och 90 procent 2020.',
      'Nämndens värde gällande prestationsnivån för 2022 års medarbetarenkät har ökat till 74,7.',
    ])
      expect(flagged(text, check('g2', text))).toEqual([]);
    const other = 'Svarsfrekvensen i medarbetarenkäten var 93 procent 2022.';
    expect(flagged(other, check('g2', other))).toEqual(['wrong_period: 93 procent']);
  });

  it('holds "skala 1–5" to the scale of the indicator', () => {
    expect(errors(check('g3', 'Föräldrarna ger i genomsnitt betyget 4,3 på en skala 1–5.'))).toEqual([]);
    expect(errors(check('g3', 'Föräldrarna ger i genomsnitt betyget 4,3 på en skala 1–4.'))[0]).toMatchObject({
      code: 'wrong_value',
      expected: '1–5',
    });
  });
});

describe('the level', () => {
  const cases: [string, string, string][] = [
    ['g1', 'Bedömningen är därför att målet är uppfyllt i hög grad.', 'hog'],
    ['g2', 'Däremot har prestationsnivån förbättrats varför nämndens samlade bedömning är att nämndmålet delvis uppnås.', 'delvis'],
    ['g5', 'Då utfasningen ej följts, kan nämnden inte anses har nått målet för året om minskade utsläpp.', 'ej'],
    ['g1', 'Socialnämndens samlade måluppfyllelse har under 2022 i hög grad uppfyllts.', 'hog'],
    [
      'g2',
      'Resultaten i medarbetarenkäten har förbättrats, vilket gör att målet om att vara en attraktiv arbetsgivare delvis får anses vara uppnått.',
      'delvis',
    ],
    ['g5', 'Nämnden når inte målet för året.', 'ej'],
    ['g4', 'Måluppfyllnaden för nämndens mål inom det sociala hållbarhetsmålet har uppnåtts i hög grad.', 'hog'],
    ['g1', 'Målet är helt uppfyllt.', 'helt'],
  ];

  it.each(cases)('reads the level in a %s sentence: %s', (goalId, text, level) => {
    expect(flagged(text, check(goalId, text, level))).toEqual([]);
    for (const other of ['helt', 'hog', 'delvis', 'ej'].filter((l) => l !== level)) {
      const f = errors(check(goalId, text, other));
      expect(f.map((x) => x.code)).toContain('wrong_level');
    }
  });

  it('names both levels when a text states the wrong one, pointing at the phrase', () => {
    const text = 'Bedömningen är därför att målet är uppfyllt i hög grad.';
    const [f] = errors(check('g1', text, 'delvis'));
    expect(f).toMatchObject({
      code: 'wrong_level',
      message: 'Texten anger nivån I hög grad uppfyllt, men målets nivå är Delvis uppfyllt.',
      expected: 'Delvis uppfyllt',
    });
    expect(text.slice(f!.start, f!.end)).toBe('uppfyllt i hög grad');
  });

  it('does not read a target claim or "i hög grad" without a verb as a level', () => {
    expect(check('g2', 'Sjukfrånvaron har ökat och därmed nås inte etappmålet om 6,5 procent.', 'hog').map((f) => f.code)).toEqual([
      'missing_level',
    ]);
    expect(
      check(
        'g4',
        'Etappmålen nås med marginal för fyra av indikatorerna och för tre av dem är trenden positiv trots att målen för året inte nås.',
        'hog',
      ).map((f) => f.code),
    ).toEqual(['missing_level']);
    const g3 = 'Föräldrar som genomgått föräldrastödsinsatser värderar i hög grad att de fått stöd och vägledning i sin föräldraroll.';
    expect(check('g3', g3, 'ej').map((f) => f.code)).toEqual(['missing_level']);
    // "nått målet med insatsen" is part of an indicator's name
    expect(
      check('g4', 'Etappmålet nås för vuxna som fått insats på beroendeenheten, där 80 procent nått målet med insatsen.', 'delvis').map(
        (f) => f.code,
      ),
    ).toEqual(['missing_level']);
  });

  it('tells "helt", "i hög grad" and plain "uppfyllt" apart on three and four levels', () => {
    const three = scaleDoc([
      { id: 'u', label: 'Uppfyllt', rank: 3 },
      { id: 'd', label: 'Delvis uppfyllt', rank: 2 },
      { id: 'e', label: 'Ej uppfyllt', rank: 1 },
    ]);
    const level = (doc: ReportDocument, text: string, id: string) =>
      errors(checkText({ doc, goalId: 'g1', text, level: id })).map((f) => f.expected);
    expect(level(three, 'Bedömningen är att målet är uppfyllt.', 'u')).toEqual([]);
    expect(level(three, 'Bedömningen är att målet är uppfyllt.', 'd')).toEqual(['Delvis uppfyllt']);
    expect(level(three, 'Bedömningen är att målet är delvis uppfyllt.', 'd')).toEqual([]);
    expect(level(three, 'Målet uppfylls inte.', 'e')).toEqual([]);
    expect(level(vb, 'Bedömningen är att målet är uppfyllt.', 'helt')).toEqual([]);
    expect(level(vb, 'Bedömningen är att målet är uppfyllt.', 'hog')).toEqual(['I hög grad uppfyllt']);
    expect(level(vb, 'Målet är helt uppfyllt.', 'hog')).toEqual(['I hög grad uppfyllt']);
    expect(level(vb, 'Målet är i hög grad uppfyllt.', 'helt')).toEqual(['Helt uppfyllt']);
    expect(level(vb, 'Målet är inte helt uppfyllt.', 'ej')).toEqual([]); // neither level: no claim
  });

  it('reads an adjective scale: "bedöms som god" is not "mycket god"', () => {
    const doc = scaleDoc([
      { id: 'mg', label: 'Mycket god', rank: 4 },
      { id: 'g', label: 'God', rank: 3 },
      { id: 'ga', label: 'Godtagbar', rank: 2 },
      { id: 'eg', label: 'Ej godtagbar', rank: 1 },
    ]);
    const found = (text: string, id: string) => errors(checkText({ doc, goalId: 'g1', text, level: id })).map((f) => f.expected);
    expect(found('Måluppfyllelsen bedöms som god.', 'g')).toEqual([]);
    expect(found('Måluppfyllelsen bedöms som god.', 'mg')).toEqual(['Mycket god']);
    expect(found('Måluppfyllelsen bedöms som mycket god.', 'mg')).toEqual([]);
    expect(found('Måluppfyllelsen bedöms som godtagbar.', 'eg')).toEqual(['Ej godtagbar']);
    expect(found('Måluppfyllelsen bedöms som inte godtagbar.', 'eg')).toEqual([]);
    expect(found('Verksamheten håller god kvalitet.', 'mg')).toEqual([]);
  });

  it("gives the other engineers one pattern per level that matches its own phrases and no other level's", () => {
    const phrases = levelPhrases(vb.scale!);
    const match = (text: string) => phrases.filter((p) => p.pattern.test(text)).map((p) => p.levelId);
    expect(match('målet är uppfyllt i hög grad')).toEqual(['hog']);
    expect(match('målet uppfylls i hög grad')).toEqual(['hog']);
    expect(match('nämndmålet uppnås i hög grad')).toEqual(['hog']);
    expect(match('målet nås i hög grad')).toEqual(['hog']);
    expect(match('målet är i hög grad uppnått')).toEqual(['hog']);
    expect(match('delvis uppnås')).toEqual(['delvis']);
    expect(match('delvis uppfyllt')).toEqual(['delvis']);
    expect(match('målet uppfylls delvis')).toEqual(['delvis']);
    expect(match('målet är inte uppfyllt i hög grad')).toEqual([]);
    expect(match('delvis får anses vara uppnått')).toEqual(['delvis']);
    expect(match('målet är inte uppfyllt')).toEqual(['ej']);
    expect(match('målet uppfylls inte')).toEqual(['ej']);
    expect(match('ej uppnått')).toEqual(['ej']);
    expect(match('helt uppfyllt')).toEqual(['helt']);
    expect(match('Målet är uppfyllt.')).toEqual(['helt']);
    expect(match('I hög grad uppfyllt')).toEqual(['hog']);
    expect(phrases.every((p) => !p.pattern.flags.includes('g'))).toBe(true);
  });
});

describe('target claims', () => {
  const cases: [string, string, string, string][] = [
    ['g2', 'Den totala sjukfrånvaron har inte minskat och därmed nås inte etappmålet om 6,5 procent.', 'nås inte', 'nås'],
    ['g1', 'Utvecklingen av nettokostnadsavvikelsen är mer positiv än etappmålet.', 'mer positiv', 'mindre positiv'],
    ['g3', 'Resultaten överstiger etappmålet för året.', 'överstiger', 'understiger'],
    [
      'g4',
      'Etappmålet nås i mycket hög grad då 100 procent av de som fullföljt insatsen inte återfallit i kriminalitet.',
      'nås',
      'nås inte',
    ],
    [
      'g4',
      'Andelen vårdnadshavare som upplever en förbättrad situation är 38 procent och ligger långt under etappmålet 66 procent.',
      'under',
      'över',
    ],
    // An adverb between the verb and "inte": "når därmed inte", "nås således inte", "når dock inte".
    ['g2', 'Sjukfrånvaro totalt var 7,8 procent och når därmed inte etappmålet.', 'når därmed inte', 'når därmed'],
    ['g2', 'Sjukfrånvaro totalt var 7,8 procent och etappmålet nås således inte.', 'nås således inte', 'nås således'],
    ['g2', 'Sjukfrånvaro totalt var 7,8 procent och når dock inte etappmålet.', 'når dock inte', 'når'],
    ['g2', 'Sjukfrånvaro totalt var 7,8 procent och etappmålet nås dock inte.', 'nås dock inte', 'nås dock'],
    ['g3', 'Föräldrarnas medelvärde var 4,3 och etappmålet nås således.', 'nås således', 'nås således inte'],
  ];

  it.each(cases)('%s: "%s" is true, and false with "%s" turned to "%s"', (goalId, text, from, to) => {
    expect(flagged(text, check(goalId, text))).toEqual([]);
    const wrong = text.replace(from, to);
    const f = errors(check(goalId, wrong));
    expect(f.map((x) => x.code)).toEqual(['wrong_target_claim']);
    expect(wrong.slice(f[0]!.start, f[0]!.end)).toContain(to.split(' ')[0]);
  });

  it('judges a lower-is-better indicator "under etappmålet" by the figures', () => {
    const text = 'Sjukfrånvaron har minskat från 7,2 procent 2023 till 6,6 procent 2024 och ligger under etappmålet 7,2 procent.';
    expect(errors(check('g7', text, 'hog', 'vp-2026'))).toEqual([]);
    const [f] = errors(check('g7', text.replace('ligger under', 'ligger över'), 'hog', 'vp-2026'));
    expect(f).toMatchObject({ code: 'wrong_target_claim', expected: 'under etappmålet' });
  });

  it('says what the data says in the message', () => {
    const [f] = errors(check('g2', 'Sjukfrånvaron är 7,8 procent och därmed nås etappmålet.'));
    expect(f!.message).toBe('Sjukfrånvaro totalt är 7,8 procent (2022) mot etappmålet 6,5 procent, så etappmålet nås inte.');
    expect(f!.expected).toBe('nås inte');
  });
});

describe('trend claims', () => {
  const cases: [string, string, string, string][] = [
    ['g2', 'Den totala sjukfrånvaron har inte minskat.', 'minskat', 'ökat'],
    ['g2', 'Sjukfrånvaron har i stället ökat något under året.', 'ökat', 'minskat'],
    ['g2', 'Sjukfrånvaron har försämrats under året.', 'försämrats', 'förbättrats'],
    [
      'g1',
      'Utvecklingen av nettokostnadsavvikelsen är mer positiv än etappmålet och även nettokostnaden per invånare har minskat.',
      'minskat',
      'ökat',
    ],
    [
      'g3',
      'Föräldrar som genomgått föräldrastödsinsatser värderar i hög grad att de fått stöd och vägledning i sin föräldraroll och värdet har ökat jämfört med föregående år.',
      'ökat',
      'minskat',
    ],
    [
      'g2',
      'Däremot har prestationsnivån, medarbetarprofil och ledarskapsprofil i medarbetarenkäten förbättrats från föregående år.',
      'förbättrats',
      'försämrats',
    ],
    ['g2', 'Nämndens värde för HME har minskat från 81,9 till 81,5 men ligger samtidigt över rikssnittet som är 80.', 'minskat', 'ökat'],
    ['g5', 'Andelen fordon med förnyelsebara drivmedel ligger kvar på 47,4 procent.', 'ligger kvar på', 'har ökat till'],
  ];

  it.each(cases)('%s: "%s" is true, and false with "%s" turned to "%s"', (goalId, text, from, to) => {
    expect(flagged(text, check(goalId, text))).toEqual([]);
    const wrong = text.replace(from, to);
    const f = errors(check(goalId, wrong));
    expect(f.map((x) => x.code)).toEqual(['wrong_trend_claim']);
    expect(to).toContain(wrong.slice(f[0]!.start, f[0]!.end).split(' ').pop());
  });

  it('reads a quoted title of the report as a name, not a claim, and still checks the same words unquoted', () => {
    // g5's title is "Minskade utsläpp från fordon och tjänsteresor"; its indicator stood still at 47,4 procent.
    const quoted =
      'Andelen fordon med förnyelsebara drivmedel ligger kvar på 47,4 procent, inom målet «Minskade utsläpp från fordon och tjänsteresor».';
    expect(flagged(quoted, check('g5', quoted))).toEqual([]);
    const claim =
      'Andelen fordon med förnyelsebara drivmedel ligger kvar på 47,4 procent. Andelen fordon med förnyelsebara drivmedel har minskat.';
    expect(flagged(claim, check('g5', claim))).toEqual(['wrong_trend_claim: minskat']);
    // A quotation that is not one of the report's titles is read like any other words.
    const madeUp = 'Andelen fordon med förnyelsebara drivmedel har enligt nämnden ”minskat till 40 procent”.';
    expect(flagged(madeUp, check('g5', madeUp))).toEqual(['wrong_trend_claim: minskat', 'wrong_value: 40 procent']);
  });

  it('reads "2 indikatorer förbättrats, 1 försämrats och 1 varit oförändrad" as counts, not a claim about a note', () => {
    const doc = structuredClone(vb);
    doc.goals.find((g) => g.id === 'g4')!.notes = ['Sjukfrånvaron har ökat med 0,8 procentenheter jämfört med föregående år.'];
    const text = 'Jämfört med föregående utfall har 2 indikatorer förbättrats och 1 försämrats.';
    expect(errors(checkText({ doc, goalId: 'g4', text }))).toEqual([]);
    const same = 'Jämfört med föregående utfall har 2 indikatorer förbättrats och 1 varit oförändrad.';
    expect(errors(checkText({ doc, goalId: 'g4', text: same })).map((f) => `${f.code}: ${same.slice(f.start, f.end)}`)).toEqual([
      'wrong_count: 1',
    ]);
    const wrong = 'Jämfört med föregående utfall har 2 indikatorer förbättrats och 2 försämrats.';
    expect(errors(checkText({ doc, goalId: 'g4', text: wrong })).map((f) => `${f.code}: ${wrong.slice(f.start, f.end)}`)).toEqual([
      'wrong_count: 2',
    ]);
    // A list of three counts, the middle one after a comma, as the assessment's own rationale writes it.
    const listed = 'Jämfört med föregående utfall har 2 indikatorer förbättrats, 2 försämrats och 1 varit oförändrad.';
    expect(errors(checkText({ doc, goalId: 'g4', text: listed })).map((f) => `${f.code}: ${listed.slice(f.start, f.end)}`)).toEqual([
      'wrong_count: 2',
      'wrong_count: 1',
    ]);
  });

  it('reads the part of a name after its comma as the same indicator ("…, andel 91 procent")', () => {
    const doc = structuredClone(vb);
    doc.goals.find((g) => g.id === 'g4')!.notes = ['Under 2021 låg en annan andel på 91 procent.'];
    const name = 'Brukarbedömning missbruksvård IFO - förbättrad situation, andel';
    const right = `${name} var 91 procent 2022.`;
    expect(flagged(right, checkText({ doc, goalId: 'g4', text: right }))).toEqual([]);
    const wrong = `${name} var 91 procent 2021.`;
    expect(flagged(wrong, checkText({ doc, goalId: 'g4', text: wrong }))).toEqual(['wrong_value: 91 procent']);
  });

  it('states the figures in the message', () => {
    const [f] = errors(check('g2', 'Sjukfrånvaron har minskat.'));
    expect(f!.message).toBe('Sjukfrånvaro totalt har ökat från 7 procent (2021) till 7,8 procent (2022), inte ”minskat”.');
    expect(f!.expected).toBe('ökat');
  });

  it("does not read an adjective or an indicator's own name as a trend claim", () => {
    const real = 'Den ökade ekonomiska medvetenheten inom verksamheterna bedöms ha haft en positiv påverkan på nettokostnadsutvecklingen.';
    expect(errors(check('g1', real))).toEqual([]);
    expect(errors(check('g1', real.replace('ökade', 'minskade')))).toEqual([]);
    const name =
      'Andelen med skadligt bruk eller beroende som upplever att deras situation har förbättrats minskade från 88 procent 2023 till 77 procent 2024.';
    expect(errors(check('g4', name, 'hog', 'vp-2026'))).toEqual([]);
  });
});

describe('counts', () => {
  it('checks "fyra av indikatorerna" against the etappmål met', () => {
    const real =
      'Etappmålen nås med marginal för fyra av indikatorerna och för tre av dem är trenden positiv trots att målen för året inte nås.';
    expect(errors(check('g4', real))).toEqual([]);
    const [f] = errors(check('g4', real.replace('fyra', 'fem')));
    expect(f).toMatchObject({
      code: 'wrong_count',
      expected: 'fyra',
      message: 'Enligt underlaget är det fyra av åtta indikatorer som når etappmålet, inte fem.',
    });
    expect(real.replace('fyra', 'fem').slice(f!.start, f!.end)).toBe('fem av indikatorerna');
  });

  it('reads "minst" and "högst" as bounds, and a rule of the scale ("kräver minst 2 etappmål") as no count at all', () => {
    expect(errors(check('g4', 'Minst 4 etappmål nås.'))).toEqual([]);
    expect(errors(check('g4', 'Minst 5 etappmål nås.')).map((f) => f.code)).toEqual(['wrong_count']);
    expect(errors(check('g4', 'Högst 4 etappmål nås.'))).toEqual([]);
    expect(errors(check('g4', 'Högst 3 etappmål nås.')).map((f) => f.code)).toEqual(['wrong_count']);
    expect(errors(check('g3', 'Helt uppfyllt kräver minst 2 etappmål med utfall.'))).toEqual([]);
    expect(errors(check('g3', '2 etappmål nås.')).map((f) => f.code)).toEqual(['wrong_count']);
  });

  it('reads "nås därmed inte" in a count as a negation', () => {
    expect(errors(check('g4', 'För en av indikatorerna nås därmed inte etappmålet.', 'hog', 'vp-2026'))).toEqual([]);
    expect(errors(check('g4', 'För tre av indikatorerna nås därmed inte etappmålet.', 'hog', 'vp-2026')).map((f) => f.code)).toEqual([
      'wrong_count',
    ]);
  });

  it('checks the total in "fyra av åtta"', () => {
    expect(errors(check('g4', 'Etappmålen nås för fyra av åtta indikatorer.'))).toEqual([]);
    expect(errors(check('g4', 'Etappmålen nås för fyra av tolv indikatorer.'))).toEqual([]);
    expect(errors(check('g4', 'Etappmålen nås för fyra av nio indikatorer.')).map((f) => f.code)).toEqual(['wrong_count']);
  });

  it('counts the latest known outcomes where the year has none, as the assessment does', () => {
    expect(errors(check('g4', 'Tre av fyra etappmål nås med senast kända utfall.', 'hog', 'vp-2026'))).toEqual([]);
    expect(errors(check('g4', 'Två av fyra etappmål nås med senast kända utfall.', 'hog', 'vp-2026')).map((f) => f.code)).toEqual([
      'wrong_count',
    ]);
    expect(errors(check('g4', 'Samtliga etappmål nås.')).map((f) => f.code)).toEqual(['wrong_count']);
  });
});

describe('personal data', () => {
  it.each([
    ['19121212-1212', 'personnummer'],
    ['121212-1212', 'personnummer'],
    ['121212+1212', 'personnummer'],
    ['1212121212', 'personnummer'],
    ['010172-2387', 'samordningsnummer'],
    ['20010172-2387', 'samordningsnummer'],
  ])('flags %s as a %s', (pnr, what) => {
    const text = `Ärendet gäller ${pnr} och har följts upp.`;
    const f = errors(check('g2', text));
    expect(f.map((x) => x.code)).toEqual(['personal_identity_number']);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(pnr);
    expect(f[0]!.message).toContain(what);
  });

  it('warns about a personnummer with a wrong check digit, and leaves dates, ranges and diary numbers alone', () => {
    expect(check('g2', 'Ärendet gäller 121212-1213.').map((f) => [f.severity, f.code])).toContainEqual([
      'warning',
      'personal_identity_number',
    ]);
    expect(
      check('g5', 'Planen finns i bilaga till delårsrapport 1, diarienummer SN-2021/2385, för 2020–2022.').filter(
        (f) => f.code === 'personal_identity_number',
      ),
    ).toEqual([]);
  });
});

describe('brevity', () => {
  const long = Array.from({ length: 160 }, (_, i) => (i === 0 ? 'Sjukfrånvaron' : 'ord')).join(' ');

  it('warns above 150 words, from the first word too many', () => {
    const f = check('g2', long, 'delvis').find((x) => x.code === 'too_long')!;
    expect(f).toMatchObject({ severity: 'warning', message: 'Texten har 160 ord; motiveringen ska vara kortfattad (högst 150 ord).' });
    expect(f.start).toBe(long.split(' ').slice(0, 150).join(' ').length + 1);
  });

  it('takes the limit per report, and counts "7,8" and "1 931" as one word each', () => {
    expect(checkText({ doc: vb, goalId: 'g2', text: long, wordLimit: 200 }).some((f) => f.code === 'too_long')).toBe(false);
    const short = 'Sjukfrånvaron var 7,8 procent och 1 931 personer.';
    expect(checkText({ doc: vb, goalId: 'g2', text: short, wordLimit: 7 }).some((f) => f.code === 'too_long')).toBe(false);
    expect(checkText({ doc: vb, goalId: 'g2', text: short, wordLimit: 6 }).some((f) => f.code === 'too_long')).toBe(true);
  });
});

describe('the API', () => {
  it('returns findings sorted by position, the same every time', () => {
    const text = 'Ärendet gäller 121212-1212. Sjukfrånvaron har minskat till 7,5 procent 2022. Målet är helt uppfyllt.';
    const a = check('g2', text, 'delvis');
    expect(a).toEqual(check('g2', text, 'delvis'));
    expect(a.map((f) => f.start)).toEqual([...a.map((f) => f.start)].sort((x, y) => x - y));
    expect(a.map((f) => f.code)).toEqual(['personal_identity_number', 'wrong_trend_claim', 'wrong_value', 'wrong_level']);
    expect(hasErrors(a)).toBe(true);
    expect(hasErrors(a.filter((f) => f.severity === 'warning'))).toBe(false);
  });

  it('lists every fact of a goal a figure may be grounded in', () => {
    const facts = goalFacts(vb, 'g2');
    const has = (kind: string, value: number) => facts.some((f) => f.kind === kind && f.value === value);
    expect(has('outcome', 7.8) && has('target', 6.5) && has('breakdown', 9.7) && has('period', 2022)).toBe(true);
    expect(has('difference', 0.8) && has('note', 74.7) && has('count', 1)).toBe(true);
    expect(facts.find((f) => f.kind === 'outcome' && f.value === 7.8)).toMatchObject({
      label: 'Sjukfrånvaro totalt 2022',
      unit: '%',
      indicatorId: 'sjukfranvaro-totalt',
      period: '2022',
    });
    expect(facts.find((f) => f.kind === 'level')).toMatchObject({ label: 'Ej uppfyllt', text: 'ej' });
  });

  it("checks against the official's final level when given the assessment", () => {
    const assessment = assessReport(vb, [{ goalId: 'g2', level: 'delvis', reason: 'Medarbetarenkäten', by: 'x', at: '2023-01-01' }])
      .goals[1]!;
    const text = 'Nämndmålet uppnås delvis.';
    expect(errors(checkText({ doc: vb, goalId: 'g2', text, assessment }))).toEqual([]);
    expect(errors(checkText({ doc: vb, goalId: 'g2', text }))).toHaveLength(1); // computed level: Ej uppfyllt
  });

  it('refuses an unknown goal or level', () => {
    expect(() => check('g9', 'Text.')).toThrow(RangeError);
    expect(() => check('g1', 'Text.', 'toppen')).toThrow(/Nivån "toppen" finns inte/);
  });
});

function scaleDoc(levels: { id: string; label: string; rank: number }[]): ReportDocument {
  const input: ReportInput = {
    schema: 'report-data/v1',
    organisation: { id: 'o', name: 'Nämnden' },
    report: { id: 'r', kind: 'verksamhetsberattelse', year: 2022 },
    scale: { levels },
    goals: [{ id: 'g1', title: 'Mål' }],
  };
  const parsed = parseReportDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}
