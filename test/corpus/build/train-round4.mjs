/* global console */
// Train corpus, round 4: written texts for the phenomena the checker reads least well
// (wish clauses, money scales, from–to with years, change indicators, plan years, comparisons,
// dates, paraphrased trends, thresholds inside names, signed changes). Each entry carries a
// minimal inline report-data/v1 document with exactly the facts its text needs.
// Run: `node test/corpus/build/train-round4.mjs` (writes test/corpus/train-round4.jsonl).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doc, ind } from './lib.mjs';

const MUNI = {
  asvik: 'Åsvik',
  granmora: 'Granmora',
  norrfors: 'Norrfors',
  bjorkhamn: 'Björkhamn',
  hedeby: 'Hedeby',
  alvstad: 'Älvstad',
  lindmark: 'Lindmark',
  sjovik: 'Sjövik',
};
const ORG = {
  soc: ['socialnamnden', 'Socialnämnden'],
  aldre: ['aldrenamnden', 'Äldrenämnden'],
  vo: ['vard-och-omsorgsnamnden', 'Vård- och omsorgsnämnden'],
  utb: ['utbildningsnamnden', 'Utbildningsnämnden'],
  bun: ['barn-och-utbildningsnamnden', 'Barn- och utbildningsnämnden'],
  kf: ['kultur-och-fritidsnamnden', 'Kultur- och fritidsnämnden'],
  mb: ['miljo-och-byggnamnden', 'Miljö- och byggnämnden'],
  msb: ['miljo-och-samhallsbyggnadsnamnden', 'Miljö- och samhällsbyggnadsnämnden'],
  tek: ['tekniska-namnden', 'Tekniska nämnden'],
  ks: ['kommunstyrelsen', 'Kommunstyrelsen'],
};
/** The committee `o` of municipality `m` as a report-data organisation. */
const org = (o, m) => ({ id: `${m}-${ORG[o][0]}`, name: ORG[o][1], municipality: MUNI[m] });

/** A report for one goal: `r(o, m, kind, year, title, indicators, more)`. */
function r(o, m, kind, year, title, indicators, more = {}) {
  return doc({ org: org(o, m), kind, year, title, indicators, ...more });
}

const entries = [];
const seen = new Map();
function add(phenomenon, truth, report, text, { expect = [], origin = 'person', level } = {}) {
  const n = (seen.get(phenomenon) ?? 0) + 1;
  seen.set(phenomenon, n);
  const e = { id: `train4-${phenomenon}-${String(n).padStart(2, '0')}`, split: 'train', source: 'written', phenomenon, truth, origin, report, goalId: 'm1' };
  if (level) e.level = level;
  e.text = text;
  e.expect = expect;
  entries.push(e);
}
/** A true text. */
const T = (ph, report, text, o = {}) => add(ph, true, report, text, o);
/** A false text with one contradiction: `code` at `span`. */
const F = (ph, report, text, code, span, o = {}) => add(ph, false, report, text, { ...o, expect: [{ code, span }] });

// ---------------------------------------------------------------- wish-clause
{
  const ph = 'wish-clause';
  const w1 = r('aldre', 'granmora', 'verksamhetsberattelse', 2024, 'Äldre får en plats i särskilt boende när de behöver det', [
    ind('vantetid-sabo', 'Väntetid till särskilt boende, dagar', 'dagar', 'lower', [['2022', 48], ['2023', 55], ['2024', 61]], [['2024', 'etappmal', 45]]),
  ]);
  T(ph, w1, 'Väntetiden till särskilt boende har ökat till 61 dagar. Målet är att väntetiden ska minska till 45 dagar.');
  T(ph, w1, 'Arbetet med att väntetiden till särskilt boende ska kortas har fortsatt under året, men utfallet blev 61 dagar mot etappmålet 45 dagar. Målet bedöms därför som ej uppfyllt.', { level: 'ej' });
  T(ph, w1, 'Det är önskvärt att väntetiden till särskilt boende minskar, men den har i stället ökat från 55 till 61 dagar.');
  F(ph, w1, 'Väntetiden till särskilt boende har minskat till 61 dagar, och målet är att den ska ned till 45 dagar.', 'wrong_trend_claim', 'har minskat');
  F(ph, w1, 'Målet är att väntetiden ska kortas till 45 dagar. Under 2024 var den genomsnittliga väntetiden till särskilt boende 58 dagar.', 'wrong_value', '58 dagar');
  F(ph, w1, 'Förvaltningen behöver korta väntetiden till särskilt boende, som under året har minskat med sex dagar.', 'wrong_trend_claim', 'har minskat');

  const w2 = r('soc', 'asvik', 'verksamhetsberattelse', 2023, 'Invånare som söker ekonomiskt bistånd får ett snabbt och rättssäkert beslut', [
    ind('handlaggning-eb', 'Handläggningstid från ansökan till beslut, ekonomiskt bistånd, dagar', 'dagar', 'lower', [['2021', 14], ['2022', 12], ['2023', 16]], [['2023', 'etappmal', 10]]),
  ]);
  T(ph, w2, 'Handläggningstiden för ekonomiskt bistånd ska vara högst 10 dagar, men utfallet för 2023 blev 16 dagar.');
  T(ph, w2, 'Nämnden vill att handläggningstiden ska kortas till 10 dagar. Under året ökade den dock till 16 dagar, främst till följd av vakanser i mottagningsgruppen.', { origin: 'model' });
  F(ph, w2, 'Målet är att beslut om ekonomiskt bistånd ska fattas inom 10 dagar. Handläggningstiden från ansökan till beslut ökade till 18 dagar 2023.', 'wrong_value', '18 dagar');
  F(ph, w2, 'Målet är att handläggningstiden ska kortas, men den har ökat till 16 dagar från 14 dagar året innan.', 'wrong_value', '14 dagar');

  const w3 = r('utb', 'norrfors', 'verksamhetsberattelse', 2024, 'Alla elever ges förutsättningar att nå gymnasiebehörighet', [
    ind('behorighet-yrk', 'Andel elever i årskurs 9 som är behöriga till yrkesprogram, %', '%', 'higher', [['2022', 84.1], ['2023', 82.5], ['2024', 80.9]], [['2024', 'etappmal', 88], ['2027', 'malvarde', 90]]),
  ]);
  T(ph, w3, 'Målet är att minst 88 procent av eleverna i årskurs 9 ska vara behöriga till yrkesprogram. Andelen blev 80,9 procent och målet är inte uppfyllt.', { level: 'ej' });
  T(ph, w3, 'Andelen behöriga till yrkesprogram minskade till 80,9 procent. Skolorna behöver stärka arbetet med tidiga insatser så att andelen ökar igen och når målvärdet 90 procent.');
  F(ph, w3, 'Andelen behöriga till yrkesprogram ökade till 80,9 procent, och skolorna ska fortsätta arbetet med att nå 88 procent.', 'wrong_trend_claim', 'ökade');
  F(ph, w3, 'Skolorna behöver stärka arbetet, eftersom andelen behöriga till yrkesprogram sjönk till 82,5 procent 2024.', 'wrong_value', '82,5 procent');

  const w4 = r('kf', 'bjorkhamn', 'verksamhetsberattelse', 2023, 'Biblioteken är en mötesplats för alla', [
    ind('besok-bibl', 'Antal besök på biblioteken', 'antal', 'higher', [['2022', 214300], ['2023', 231800]], [['2023', 'etappmal', 'increase']]),
  ]);
  T(ph, w4, 'Besöken på biblioteken har ökat till 231 800 under 2023. Det är önskvärt att ökningen fortsätter även under kommande år.');
  T(ph, w4, 'Ambitionen är att besöken på biblioteken ska öka varje år, och under 2023 ökade de till 231 800.');
  F(ph, w4, 'Det är önskvärt att besöken fortsätter att öka, men under 2023 minskade antalet besök på biblioteken.', 'wrong_trend_claim', 'minskade');
  F(ph, w4, 'Biblioteken ska vara en mötesplats för alla. Antalet besök på biblioteken ökade från 214 300 till 213 800.', 'wrong_value', '213 800');

  const w5 = r('mb', 'hedeby', 'delarsrapport', 2025, 'Företag och invånare får snabb och korrekt handläggning', [
    ind('handl-bygglov', 'Handläggningstid för bygglov, veckor', 'veckor', 'lower', [['2024', 6.8], ['2025-08', 5.9], ['2025', 6.0, { kind: 'forecast', label: 'Prognos helår 2025' }]], [['2025', 'etappmal', 5]]),
  ], { asOf: '2025-08-31' });
  T(ph, w5, 'Handläggningstiden för bygglov ska vara högst fem veckor och är efter augusti 5,9 veckor.');
  T(ph, w5, 'Det är önskvärt att handläggningstiden för bygglov når fem veckor, men helårsprognosen är 6,0 veckor. Målet bedöms bli delvis uppfyllt.', { level: 'delvis' });
  F(ph, w5, 'Handläggningstiden för bygglov, som ska ned till fem veckor, var efter augusti 6,9 veckor.', 'wrong_value', '6,9 veckor');
  F(ph, w5, 'Handläggningstiden för bygglov ska kortas till fem veckor, och helårsprognosen är 5,0 veckor.', 'wrong_value', '5,0 veckor');

  const w6 = r('tek', 'alvstad', 'arsredovisning', 2024, 'Avfallet tas om hand resurseffektivt', [
    ind('materialatervinning', 'Andel hushållsavfall som går till materialåtervinning, %', '%', 'higher', [['2022', 31.2], ['2023', 33.0], ['2024', 34.6]], [['2030', 'malvarde', 50]]),
  ]);
  T(ph, w6, 'Målet är att hälften av hushållsavfallet ska materialåtervinnas 2030. Andelen har ökat till 34,6 procent.');
  T(ph, w6, 'Arbetet med att andelen materialåtervunnet hushållsavfall ska öka har gett resultat: den gick från 33,0 procent 2023 till 34,6 procent 2024.');
  F(ph, w6, 'Andelen hushållsavfall som går till materialåtervinning har minskat till 34,6 procent och behöver öka för att målvärdet 50 procent ska nås.', 'wrong_trend_claim', 'har minskat');
  F(ph, w6, 'Andelen hushållsavfall som går till materialåtervinning ökade till 36,4 procent, men behöver öka mer för att nå målvärdet.', 'wrong_value', '36,4 procent');
  const w7 = r('vo', 'sjovik', 'delarsrapport', 2025, 'Brukarna får en trygg och säker vård', [
    ind('fallrisk', 'Andel brukare med fallriskbedömning, %', '%', 'higher', [['2024', 64], ['2025-04', 69], ['2025', 72, { kind: 'forecast', label: 'Prognos helår' }]], [['2025', 'etappmal', 80]]),
  ], { asOf: '2025-04-30' });
  T(ph, w7, 'Under årets första fyra månader har andelen brukare med fallriskbedömning ökat till 69 procent. Målet är att samtliga brukare ska ha en aktuell bedömning, och arbetet med att andelen ska nå etappmålet 80 procent fortsätter. Helårsprognosen är 72 procent och målet bedöms därför bli delvis uppfyllt.', { level: 'delvis' });
  F(ph, w7, 'Jämfört med 2024, då andelen var 64 procent, har andelen brukare med fallriskbedömning minskat. Vi behöver nå 80 procent, och det är önskvärt att alla enheter inför rutinen under hösten.', 'wrong_trend_claim', 'minskat');
}

// ---------------------------------------------------------------- money-scale
{
  const ph = 'money-scale';
  const m1 = r('soc', 'asvik', 'arsredovisning', 2024, 'Socialnämnden har en ekonomi i balans', [
    ind('budgetavvikelse', 'Budgetavvikelse, mnkr', 'mnkr', 'higher', [['2022', -4.2], ['2023', 2.1], ['2024', 13.5]], [['2024', 'etappmal', 0]]),
  ], { notes: ['Nämndens resultat för 2024 är positivt med 13,5 mnkr, vilket motsvarar 3,1 procent av budgeten.', 'Nettokostnaderna uppgick till 420,1 mnkr 2024.'] });
  T(ph, m1, 'Resultatet för 2024 blev positivt med 13,5 miljoner kronor. Målet är helt uppfyllt.', { level: 'helt' });
  T(ph, m1, 'Nettokostnaderna uppgick till 420 100 tkr och nämnden redovisar ett överskott på 13,5 mkr, eller 3,1 procent av budgeten.');
  F(ph, m1, 'Nämnden redovisar ett överskott mot budget med 15,3 miljoner kronor.', 'wrong_value', '15,3 miljoner kronor');
  F(ph, m1, 'Under året uppgick nettokostnaderna till 402,1 mnkr, och överskottet blev 13,5 mnkr.', 'wrong_value', '402,1 mnkr');

  const m2 = r('aldre', 'granmora', 'delarsrapport', 2025, 'Äldreomsorgen bedrivs inom given budgetram', [
    ind('resultat-budget', 'Resultat mot budget, mnkr', 'mnkr', 'higher', [['2024', -3.2], ['2025', -8.4, { kind: 'forecast', label: 'Prognos helår' }]], [['2025', 'etappmal', 0]]),
  ], { asOf: '2025-08-31' });
  T(ph, m2, 'Nämnden prognostiserar ett underskott på 8,4 miljoner kronor för helåret 2025.');
  T(ph, m2, 'Helårsprognosen pekar på en negativ avvikelse mot budget om 8 400 tkr, att jämföra med minus 3,2 mnkr 2024. Målet bedöms inte bli uppfyllt.', { level: 'ej' });
  F(ph, m2, 'Prognosen för helåret är ett underskott mot budget på 4,8 mnkr.', 'wrong_value', '4,8 mnkr');
  F(ph, m2, 'Underskottet mot budget 2024 var 2,3 miljoner kronor och prognosen för 2025 är minus 8,4 miljoner.', 'wrong_value', '2,3 miljoner kronor');

  const m3 = r('utb', 'norrfors', 'verksamhetsberattelse', 2023, 'Resurserna används effektivt', [
    ind('kostnad-elev', 'Kostnad per elev i grundskolan, kr', 'kr', 'none', [['2022', 118400], ['2023', 124900]]),
  ], { scale: 'god', notes: ['Nämndens budget för 2023 var 1 200 mnkr.', 'Utfallet för 2023 blev 1 187,4 mnkr.'] });
  T(ph, m3, 'Med en budget på 1,2 miljarder kronor och ett utfall på 1 187,4 mnkr redovisar nämnden ett litet överskott.');
  T(ph, m3, 'Kostnaden per elev i grundskolan var 124 900 kronor 2023.');
  F(ph, m3, 'Kostnaden per elev i grundskolan steg till 129 400 kronor.', 'wrong_value', '129 400 kronor');
  F(ph, m3, 'Utfallet för 2023 blev 1,19 mdkr mot en budget på 1,3 mdkr.', 'wrong_value', '1,3 mdkr');

  const m4 = r('kf', 'bjorkhamn', 'arsredovisning', 2024, 'Kultur- och fritidsverksamheten har en sund ekonomi', [], {
    notes: ['Intäkterna från entréavgifter och uthyrning uppgick till 6,7 mnkr.', 'Investeringarna i idrottsanläggningar uppgick till 23,4 mnkr, vilket är 4,1 mnkr lägre än budget.'],
  });
  T(ph, m4, 'Investeringarna i idrottsanläggningar blev 23,4 MSEK, 4,1 MSEK lägre än budgeterat, eftersom konstgräsplanen i Norrvik sköts upp.');
  T(ph, m4, 'Intäkterna från entréavgifter och uthyrning uppgick till 6 700 tkr.');
  F(ph, m4, 'Intäkterna från entréavgifter och uthyrning uppgick till 7,6 miljoner kronor.', 'wrong_value', '7,6 miljoner kronor');
  F(ph, m4, 'Investeringarna i idrottsanläggningar blev 23,4 mnkr, vilket är 1,4 mnkr lägre än budget.', 'wrong_value', '1,4 mnkr');

  const m5 = r('tek', 'alvstad', 'verksamhetsberattelse', 2023, 'Tekniska nämnden håller sin budget', [], {
    notes: ['Vinterväghållningen kostade 18,9 mnkr, vilket är 5,6 mnkr mer än budget.'],
  });
  T(ph, m5, 'Vinterväghållningen kostade 18,9 miljoner kronor, 5,6 miljoner mer än budgeterat, och förklarar huvuddelen av nämndens underskott.');
  T(ph, m5, 'Den snörika vintern gjorde att kostnaden för vinterväghållning landade på 18 900 tkr.');
  F(ph, m5, 'Vinterväghållningen kostade 18,9 miljoner, 6,5 miljoner mer än budgeterat.', 'wrong_value', '6,5 miljoner');
  F(ph, m5, 'Kostnaden för vinterväghållningen blev 1,89 mnkr, vilket är 5,6 mnkr mer än budget.', 'wrong_value', '1,89 mnkr');

  const m6 = r('mb', 'hedeby', 'verksamhetsberattelse', 2024, 'Myndighetsutövningen är avgiftsfinansierad i hög grad', [
    ind('intakt-bygglov', 'Intäkter från bygglovsavgifter, tkr', 'tkr', 'none', [['2023', 8450], ['2024', 7120]]),
  ]);
  T(ph, m6, 'Intäkterna från bygglovsavgifter minskade till 7,1 mnkr 2024, som en följd av färre ansökningar om nybyggnad.');
  T(ph, m6, 'Bygglovsavgifterna gav 7 120 tkr, jämfört med 8 450 tkr året innan.');
  F(ph, m6, 'Intäkterna från bygglovsavgifter uppgick till 8,45 mnkr 2024.', 'wrong_value', '8,45 mnkr');
  F(ph, m6, 'Under 2024 gav bygglovsavgifterna 712 tkr i intäkter.', 'wrong_value', '712 tkr');
  const m7 = r('bun', 'sjovik', 'delarsrapport', 2025, 'Nämnden bedriver verksamheten inom given ram', [], {
    asOf: '2025-08-31',
    notes: ['Prognosen för helåret är en negativ budgetavvikelse på 12,6 mnkr.', 'Avvikelsen förklaras främst av tilläggsbelopp, där prognosen överskrider budget med 7,9 mnkr.'],
  });
  T(ph, m7, 'Nämnden prognostiserar en negativ budgetavvikelse på 12,6 miljoner kronor för helåret. Den största förklaringen är tilläggsbeloppen, som väntas överskrida budget med 7,9 miljoner. Åtgärder för att minska underskottet beslutades i augusti.');
  F(ph, m7, 'Prognosen för helåret pekar på ett underskott om 12,6 mnkr. Tilläggsbeloppen överskrider budget med 9,7 miljoner kronor och står för merparten av avvikelsen.', 'wrong_value', '9,7 miljoner kronor');
}

// ---------------------------------------------------------------- from-to-years
{
  const ph = 'from-to-years';
  const f1 = r('soc', 'asvik', 'verksamhetsberattelse', 2022, 'Fler invånare blir självförsörjande', [
    ind('hushall-eb', 'Antal hushåll med ekonomiskt bistånd', 'antal', 'lower', [['2020', 120], ['2021', 104], ['2022', 95]]),
  ]);
  T(ph, f1, 'Antalet hushåll med ekonomiskt bistånd minskade från 120 till 95 mellan 2020 och 2022.');
  T(ph, f1, 'Mellan 2021 och 2022 gick antalet hushåll med ekonomiskt bistånd från 104 till 95. Målet bedöms vara i hög grad uppfyllt.', { level: 'hog' });
  F(ph, f1, 'Antalet hushåll med ekonomiskt bistånd minskade från 120 till 95 mellan 2021 och 2022.', 'wrong_value', '120');
  F(ph, f1, 'Från 2020 till 2022 minskade antalet hushåll med ekonomiskt bistånd från 120 till 59.', 'wrong_value', '59');

  const f2 = r('aldre', 'granmora', 'verksamhetsberattelse', 2022, 'Medarbetarna har en god hälsa', [
    ind('sjukfranvaro', 'Sjukfrånvaro, %', '%', 'lower', [['2020', 8.3], ['2021', 7.0], ['2022', 7.8]]),
  ]);
  T(ph, f2, 'Sjukfrånvaron ökade från 7,0 procent 2021 till 7,8 procent 2022.');
  T(ph, f2, 'Sjukfrånvaron har gått från 8,3 procent 2020 till 7,8 procent 2022, men ökade under det senaste året.');
  F(ph, f2, 'Sjukfrånvaron ökade från 7,0 procent 2020 till 7,8 procent 2022.', 'wrong_value', '7,0 procent');
  F(ph, f2, 'Sjukfrånvaron ökade från 7,0 procent 2021 till 8,7 procent 2022.', 'wrong_value', '8,7 procent');

  const f3 = r('utb', 'norrfors', 'arsredovisning', 2024, 'Fler elever fullföljer gymnasieskolan', [
    ind('fullfoljd-4', 'Andel elever som fullföljer gymnasieutbildning inom 4 år, %', '%', 'higher', [['2021', 71.5], ['2022', 73.0], ['2023', 74.2], ['2024', 76.8]]),
  ]);
  T(ph, f3, 'Andelen elever som fullföljer gymnasiet inom fyra år har gått från 71,5 procent 2021 till 76,8 procent 2024.');
  T(ph, f3, 'Sedan 2022 har andelen som fullföljer gymnasieutbildning inom 4 år ökat från 73,0 till 76,8 procent.', { origin: 'model' });
  F(ph, f3, 'Andelen som fullföljer gymnasieutbildning inom 4 år ökade från 73,0 procent 2021 till 76,8 procent 2024.', 'wrong_value', '73,0 procent');
  F(ph, f3, 'Mellan 2023 och 2024 ökade andelen som fullföljer gymnasieutbildning inom 4 år från 74,2 till 78,6 procent.', 'wrong_value', '78,6');

  const f4 = r('kf', 'bjorkhamn', 'verksamhetsberattelse', 2023, 'Barn och unga har tillgång till ett rikt kulturliv', [
    ind('kulturskola-akt', 'Antal aktivitetstillfällen i kulturskolan', 'antal', 'higher', [['2021', 5480], ['2022', 6120], ['2023', 6905]]),
  ]);
  T(ph, f4, 'Antalet aktivitetstillfällen i kulturskolan har ökat från 5 480 år 2021 till 6 905 år 2023.');
  T(ph, f4, 'Kulturskolan gick från 6 120 aktivitetstillfällen 2022 till 6 905 under 2023, och målet är helt uppfyllt.', { level: 'helt' });
  F(ph, f4, 'Antalet aktivitetstillfällen i kulturskolan har ökat från 5 480 år 2022 till 6 905 år 2023.', 'wrong_value', '5 480');
  F(ph, f4, 'Antalet aktivitetstillfällen i kulturskolan har minskat från 6 120 år 2022 till 6 905 år 2023.', 'wrong_trend_claim', 'har minskat');

  const f5 = r('mb', 'hedeby', 'verksamhetsberattelse', 2024, 'Livsmedelskontrollen är rättssäker och effektiv', [
    ind('livsmedelskontroller', 'Antal genomförda livsmedelskontroller', 'antal', 'higher', [['2022', 412], ['2023', 388], ['2024', 451]], [['2024', 'etappmal', 450]]),
  ]);
  T(ph, f5, 'Antalet genomförda livsmedelskontroller gick från 388 till 451 mellan 2023 och 2024, och etappmålet nås.');
  T(ph, f5, 'Efter en nedgång från 412 kontroller 2022 till 388 kontroller 2023 ökade antalet genomförda livsmedelskontroller till 451.');
  F(ph, f5, 'Antalet livsmedelskontroller gick från 412 till 451 mellan 2023 och 2024.', 'wrong_value', '412');
  F(ph, f5, 'Antalet genomförda livsmedelskontroller minskade från 412 år 2022 till 383 år 2023.', 'wrong_value', '383');

  const f6 = r('tek', 'alvstad', 'arsredovisning', 2023, 'Kommunens lokaler används energieffektivt', [
    ind('energi-lokaler', 'Energianvändning i kommunens lokaler, kWh/m²', 'kWh/m²', 'lower', [['2020', 168], ['2021', 161], ['2022', 157], ['2023', 149]]),
  ]);
  T(ph, f6, 'Energianvändningen i kommunens lokaler har minskat från 168 kWh/m² 2020 till 149 kWh/m² 2023.');
  T(ph, f6, 'Sedan 2022 har energianvändningen gått ned från 157 till 149 kWh per kvadratmeter, tack vare byte till LED-belysning och nya styrsystem för ventilation.');
  F(ph, f6, 'Energianvändningen i kommunens lokaler har minskat från 168 kWh/m² 2021 till 149 kWh/m² 2023.', 'wrong_value', '168');
  F(ph, f6, 'Energianvändningen i kommunens lokaler har ökat från 157 kWh/m² 2022 till 149 kWh/m² 2023.', 'wrong_trend_claim', 'har ökat');
  const f7 = r('soc', 'sjovik', 'verksamhetsberattelse', 2023, 'Vuxna med missbruk får stöd nära hemmet', [
    ind('hvb-dygn', 'Antal vårddygn på HVB för vuxna', 'antal', 'lower', [['2020', 4120], ['2021', 3870], ['2022', 3310], ['2023', 2950]]),
  ]);
  T(ph, f7, 'Antalet vårddygn på HVB för vuxna har gått från 4 120 år 2020 till 2 950 år 2023. Minskningen beror på att fler får stöd i kommunens egna stödboenden. Mellan 2022 och 2023 minskade vårddygnen från 3 310 till 2 950.');
  F(ph, f7, 'Under perioden 2020–2023 minskade vårddygnen på HVB för vuxna från 4 120 till 2 950. Bara det senaste året, mellan 2022 och 2023, gick antalet från 3 870 till 2 950.', 'wrong_value', '3 870');
}

// ---------------------------------------------------------------- change-indicator
{
  const ph = 'change-indicator';
  const c1 = r('soc', 'lindmark', 'verksamhetsberattelse', 2024, 'Barn och unga får stöd på hemmaplan', [
    ind('forandring-placerade', 'Förändring av antal placerade barn och unga jämfört med föregående år, %', '%', 'lower', [['2023', 4.2], ['2024', -3.4]]),
  ]);
  T(ph, c1, 'Antalet placerade barn och unga minskade med 3,4 procent jämfört med föregående år.');
  T(ph, c1, 'Efter en ökning med 4,2 procent 2023 minskade antalet placerade barn och unga med 3,4 procent 2024. Utvecklingen förklaras av fler insatser på hemmaplan.');
  F(ph, c1, 'Antalet placerade barn och unga ökade med 3,4 procent jämfört med föregående år.', 'wrong_value', 'ökade med 3,4 procent');
  F(ph, c1, 'Antalet placerade barn och unga minskade med 4,3 procent jämfört med 2023.', 'wrong_value', '4,3 procent');

  const c2 = r('vo', 'granmora', 'verksamhetsberattelse', 2024, 'Hemtjänsten möter ett växande behov', [
    ind('okning-hemtjanst', 'Ökning i antal brukare med hemtjänst, antal', 'antal', 'none', [['2023', 38], ['2024', 52]]),
  ]);
  T(ph, c2, 'Antalet brukare med hemtjänst ökade med 52 personer under 2024, vilket är en större ökning än året innan.');
  T(ph, c2, 'Ökningen av antalet brukare med hemtjänst blev 52 under året.', { origin: 'model' });
  F(ph, c2, 'Antalet brukare med hemtjänst ökade med 25 personer under 2024.', 'wrong_value', '25 personer');
  F(ph, c2, 'Under 2024 ökade antalet brukare med hemtjänst med 52 personer, en mindre ökning än 2023.', 'wrong_trend_claim', 'en mindre ökning än 2023');

  const c3 = r('bun', 'norrfors', 'verksamhetsberattelse', 2024, 'Förskolans organisation anpassas efter barnantalet', [
    ind('forandring-barn-forskola', 'Förändring av antal barn i förskolan jämfört med föregående år, %', '%', 'none', [['2023', -1.8], ['2024', -2.6]]),
  ]);
  T(ph, c3, 'Antalet barn i förskolan minskade med 2,6 procent jämfört med föregående år.');
  T(ph, c3, 'Barnantalet i förskolan fortsatte att minska. Minskningen var 2,6 procent 2024, mot 1,8 procent 2023, och två avdelningar har därför slagits samman.');
  F(ph, c3, 'Antalet barn i förskolan ökade med 2,6 procent jämfört med föregående år.', 'wrong_value', 'ökade med 2,6 procent');
  F(ph, c3, 'Antalet barn i förskolan minskade med 1,8 procent under 2024.', 'wrong_value', '1,8 procent');

  const c4 = r('kf', 'bjorkhamn', 'verksamhetsberattelse', 2024, 'Fler invånare tar del av bibliotekens utbud', [
    ind('forandring-utlan', 'Förändring av antal utlån på biblioteken, %', '%', 'higher', [['2023', 2.1], ['2024', 5.7]]),
  ]);
  T(ph, c4, 'Utlånen på biblioteken ökade med 5,7 procent under 2024.');
  T(ph, c4, 'Antalet utlån på biblioteken har ökat två år i rad, med 2,1 procent 2023 och 5,7 procent 2024.');
  F(ph, c4, 'Utlånen på biblioteken ökade med 7,5 procent under 2024.', 'wrong_value', '7,5 procent');
  F(ph, c4, 'Antalet utlån på biblioteken minskade under 2024, trots utökade öppettider.', 'wrong_trend_claim', 'minskade');

  const c5 = r('msb', 'hedeby', 'arsredovisning', 2024, 'Kommunens verksamhet minskar sin klimatpåverkan', [
    ind('forandring-utslapp', 'Förändring av växthusgasutsläpp från kommunens fordon jämfört med föregående år, %', '%', 'lower', [['2023', -6.0], ['2024', 1.5]]),
  ]);
  T(ph, c5, 'Utsläppen av växthusgaser från kommunens fordon ökade med 1,5 procent jämfört med föregående år.');
  T(ph, c5, 'Efter en minskning med 6,0 procent 2023 ökade utsläppen från kommunens fordon 2024. Målet bedöms som delvis uppfyllt.', { level: 'delvis' });
  F(ph, c5, 'Utsläppen av växthusgaser från kommunens fordon minskade med 1,5 procent jämfört med föregående år.', 'wrong_value', 'minskade med 1,5 procent');
  F(ph, c5, 'Utsläppen från kommunens fordon har fortsatt att minska under 2024.', 'wrong_trend_claim', 'har fortsatt att minska');

  const c6 = r('tek', 'alvstad', 'verksamhetsberattelse', 2024, 'Dricksvattnet används hushållsamt', [
    ind('forandring-vatten', 'Förändring av vattenförbrukning per invånare, procent', '%', 'lower', [['2023', -0.8], ['2024', -2.9]]),
  ]);
  T(ph, c6, 'Vattenförbrukningen per invånare minskade med 2,9 procent.');
  T(ph, c6, 'Under 2024 minskade vattenförbrukningen per invånare med 2,9 procent, och minskningen var större än året innan.');
  F(ph, c6, 'Vattenförbrukningen per invånare minskade med 0,8 procent under 2024.', 'wrong_value', '0,8 procent');
  F(ph, c6, 'Vattenförbrukningen per invånare ökade med 2,9 procent, bland annat till följd av den varma sommaren.', 'wrong_value', 'ökade med 2,9 procent');
  const c7 = r('ks', 'sjovik', 'arsredovisning', 2024, 'Sjövik är en attraktiv kommun att bo i', [
    ind('befolkning', 'Förändring av antal invånare jämfört med föregående år, %', '%', 'higher', [['2023', 0.9], ['2024', -0.2]]),
  ]);
  T(ph, c7, 'Befolkningen minskade med 0,2 procent under 2024, efter att ha ökat med 0,9 procent året innan. Det är första gången på tio år som invånarantalet minskar.');
  F(ph, c7, 'Under 2024 ökade antalet invånare med 0,2 procent, vilket är en svagare ökning än 2023.', 'wrong_value', 'ökade antalet invånare med 0,2 procent');
}

// ---------------------------------------------------------------- plan-year
{
  const ph = 'plan-year';
  const p1 = r('soc', 'asvik', 'verksamhetsplan', 2026, 'Fler barn och unga får vård i egen regi', [
    ind('egen-regi', 'Andel barn och unga som placeras i egen regi, %', '%', 'higher', [['2024', 42]], [['2026', 'etappmal', 50], ['2028', 'malvarde', 60]]),
  ]);
  T(ph, p1, 'Till 2028 ska andelen barn och unga som placeras i egen regi vara 60 procent.');
  T(ph, p1, 'Under 2026 planeras två nya stödboenden i egen regi. Etappmålet för 2026 är att hälften av placeringarna ska ske i egen regi.');
  F(ph, p1, 'Etappmålet för 2026 är att 55 procent av placeringarna av barn och unga ska ske i egen regi.', 'wrong_value', '55 procent');
  F(ph, p1, 'Andelen barn och unga som placeras i egen regi var 46 procent 2024, och till 2028 ska den vara 60 procent.', 'wrong_value', '46 procent');

  const p2 = r('aldre', 'granmora', 'verksamhetsberattelse', 2024, 'Äldreomsorgen har rätt kompetens', [
    ind('usk', 'Andel medarbetare med undersköterskeexamen, %', '%', 'higher', [['2023', 71], ['2024', 74]], [['2025', 'etappmal', 78], ['2027', 'malvarde', 85]]),
  ]);
  T(ph, p2, 'Andelen medarbetare med undersköterskeexamen ökade till 74 procent, och till 2027 ska den vara 85 procent.');
  T(ph, p2, 'Etappmålet 2025 är 78 procent, vilket kräver en fortsatt satsning på validering under nästa år.');
  F(ph, p2, 'Etappmålet 2025 för andelen medarbetare med undersköterskeexamen är 80 procent.', 'wrong_value', '80 procent');
  F(ph, p2, 'Till 2027 ska andelen nå 85 procent. Under 2024 var andelen medarbetare med undersköterskeexamen 71 procent.', 'wrong_value', '71 procent');

  const p3 = r('utb', 'norrfors', 'verksamhetsplan', 2025, 'Eleverna når goda kunskapsresultat', [
    ind('meritvarde', 'Genomsnittligt meritvärde i årskurs 9', 'poäng', 'higher', [['2023', 221.4]], [['2025', 'etappmal', 225], ['2027', 'malvarde', 230]]),
  ]);
  T(ph, p3, 'Till 2027 ska det genomsnittliga meritvärdet i årskurs 9 höjas till 230 poäng.');
  T(ph, p3, 'Under 2025 planeras en satsning på studiehandledning på modersmål; etappmålet för meritvärdet är 225.');
  F(ph, p3, 'Det genomsnittliga meritvärdet i årskurs 9 var 224,1 år 2023, och till 2027 ska det vara 230.', 'wrong_value', '224,1');
  F(ph, p3, 'Målvärdet för 2027 är ett genomsnittligt meritvärde i årskurs 9 på 235.', 'wrong_value', '235');

  const p4 = r('kf', 'bjorkhamn', 'verksamhetsplan', 2026, 'Fler invånare är fysiskt aktiva', [
    ind('simhall', 'Antal besökare i simhallen', 'antal', 'higher', [['2024', 96500]], [['2026', 'etappmal', 100000], ['2030', 'malvarde', 120000]]),
  ]);
  T(ph, p4, 'Efter renoveringen ska simhallen ta emot 100 000 besökare under 2026 och 120 000 till 2030.');
  T(ph, p4, 'Simhallen hade 96 500 besökare 2024. Under 2026 planeras utökade öppettider på helger.');
  F(ph, p4, 'Till 2030 ska antalet besökare i simhallen bli 125 000.', 'wrong_value', '125 000');
  F(ph, p4, 'Simhallen hade 69 500 besökare 2024, och under 2026 ska antalet öka till 100 000.', 'wrong_value', '69 500');

  const p5 = r('mb', 'hedeby', 'verksamhetsberattelse', 2024, 'Vattenmiljön i kommunen förbättras', [
    ind('avlopp', 'Antal åtgärdade enskilda avlopp', 'antal', 'higher', [['2023', 58], ['2024', 73]], [['2024', 'etappmal', 70]]),
  ], { notes: ['Inventeringen av enskilda avlopp ska vara klar 2027.'] });
  T(ph, p5, 'Under året åtgärdades 73 enskilda avlopp och etappmålet om 70 nåddes. Inventeringen ska vara klar till 2027.');
  T(ph, p5, 'Enligt planen ska inventeringen av enskilda avlopp vara klar 2027, och takten ökade från 58 till 73 åtgärdade avlopp.');
  F(ph, p5, 'Under året åtgärdades 73 enskilda avlopp. Etappmålet för 2024 var 75 åtgärdade avlopp.', 'wrong_value', '75');
  F(ph, p5, 'Inventeringen av enskilda avlopp ska vara klar 2026.', 'wrong_period', '2026');

  const p6 = r('tek', 'alvstad', 'verksamhetsplan', 2026, 'Kommunens transporter är fossilfria', [
    ind('fossilfria', 'Andel fossilfria fordon i kommunens fordonsflotta, %', '%', 'higher', [['2024', 62]], [['2026', 'etappmal', 75], ['2028', 'malvarde', 100]]),
  ]);
  T(ph, p6, 'Till 2028 ska hela fordonsflottan vara fossilfri, och etappmålet för 2026 är 75 procent fossilfria fordon.');
  T(ph, p6, 'Under 2026 planeras upphandling av nya elbilar så att andelen fossilfria fordon ska öka från 62 procent.');
  F(ph, p6, 'Etappmålet för 2026 är 70 procent fossilfria fordon i kommunens fordonsflotta.', 'wrong_value', '70 procent');
  F(ph, p6, 'Andelen fossilfria fordon i kommunens fordonsflotta var 66 procent 2024.', 'wrong_value', '66 procent');
  const p7 = r('vo', 'sjovik', 'verksamhetsplan', 2027, 'Det finns boende för äldre som behöver det', [
    ind('platser-sabo', 'Antal platser i särskilt boende', 'antal', 'higher', [['2025', 412]], [['2027', 'etappmal', 440], ['2030', 'malvarde', 500]]),
  ]);
  T(ph, p7, 'Under 2027 planeras ett nytt boende med 28 platser i Östra Sjövik att öppna, vilket gör att antalet platser i särskilt boende når etappmålet 440. Till 2030 behöver antalet öka till 500 platser.');
  F(ph, p7, 'Antalet platser i särskilt boende var 421 vid utgången av 2025. Enligt planen ska ett nytt boende öppna 2027, och till 2030 ska platserna vara 500.', 'wrong_value', '421');
}

// ---------------------------------------------------------------- comparison
{
  const ph = 'comparison';
  const k1 = r('soc', 'lindmark', 'verksamhetsberattelse', 2024, 'Barn och unga får rätt stöd i rätt tid', [
    ind('ej-ateraktualiserade', 'Andel barn och unga som inte återaktualiseras ett år efter avslutad utredning, %', '%', 'higher', [
      ['2023', 74, { comparisons: { riket: 71 } }],
      ['2024', 78, { comparisons: { riket: 72, länet: 75.5 } }],
    ]),
  ]);
  T(ph, k1, 'Andelen barn och unga som inte återaktualiseras ett år efter avslutad utredning var 78 procent, vilket är högre än riket (72 procent).');
  T(ph, k1, 'Jämfört med länet, där andelen var 75,5 procent, ligger nämnden något högre när det gäller barn och unga som inte återaktualiseras.');
  F(ph, k1, 'Andelen barn och unga som inte återaktualiseras var 78 procent, vilket är lägre än rikssnittet.', 'wrong_value', 'lägre än rikssnittet');
  F(ph, k1, 'Andelen barn och unga som inte återaktualiseras ett år efter avslutad utredning var 78 procent mot 77 procent i länet.', 'wrong_value', '77 procent');

  const k2 = r('vo', 'granmora', 'verksamhetsberattelse', 2024, 'Brukarna är nöjda med äldreomsorgen', [
    ind('helhetssyn-sabo', 'Brukarbedömning särskilt boende, helhetssyn, %', '%', 'higher', [
      ['2023', 81],
      ['2024', 84, { comparisons: { riket: 82, 'liknande kommuner': 85 } }],
    ]),
  ]);
  T(ph, k2, 'Brukarnas helhetssyn på särskilt boende är 84 procent, vilket är över rikssnittet på 82 procent men något under jämförbara kommuner.');
  T(ph, k2, 'Jämfört med föregående år har helhetssynen på särskilt boende förbättrats från 81 till 84 procent.', { origin: 'model' });
  F(ph, k2, 'Helhetssynen på särskilt boende, 84 procent, är högre än i jämförbara kommuner.', 'wrong_value', 'högre än i jämförbara kommuner');
  F(ph, k2, 'Helhetssynen på särskilt boende var 84 procent, jämfört med 83 procent föregående år.', 'wrong_value', '83 procent');

  const k3 = r('utb', 'norrfors', 'verksamhetsberattelse', 2024, 'Alla elever når kunskapskraven', [
    ind('alla-amnen', 'Andel elever i årskurs 9 som uppnått kunskapskraven i alla ämnen, %', '%', 'higher', [
      ['2023', 71.0],
      ['2024', 73.2, { comparisons: { riket: 73.9, länet: 76.1 } }],
    ]),
  ]);
  T(ph, k3, 'Andelen elever som uppnått kunskapskraven i alla ämnen var 73,2 procent, strax under rikets 73,9 procent.');
  T(ph, k3, 'Länssnittet ligger på 76,1 procent. Det finns alltså ett tydligt glapp till övriga kommuner i länet, även om andelen ökat från 71,0 procent.');
  F(ph, k3, 'Andelen elever i årskurs 9 som uppnått kunskapskraven i alla ämnen, 73,2 procent, är högre än riket.', 'wrong_value', 'högre än riket');
  F(ph, k3, 'Länssnittet för andelen elever som uppnått kunskapskraven i alla ämnen ligger på 71,6 procent.', 'wrong_value', '71,6 procent');

  const k4 = r('kf', 'bjorkhamn', 'arsredovisning', 2024, 'Biblioteken är välbesökta', [
    ind('besok-per-inv', 'Antal besök i kommunens bibliotek per invånare', 'antal', 'higher', [
      ['2023', 4.8],
      ['2024', 5.1, { comparisons: { riket: 4.6, 'liknande kommuner': 4.9 } }],
    ], [], { source: 'KKiK' }),
  ], { scale: 'god' });
  T(ph, k4, 'Med 5,1 besök per invånare ligger biblioteken över både riket (4,6) och liknande kommuner (4,9) i KKiK. Måluppfyllelsen bedöms som god.', { level: 'god' });
  T(ph, k4, 'Besöken i biblioteken per invånare ökade från 4,8 föregående år till 5,1.');
  F(ph, k4, 'Med 5,1 besök per invånare ligger biblioteken under snittet för liknande kommuner.', 'wrong_value', 'under snittet för liknande kommuner');
  F(ph, k4, 'Biblioteken hade 5,1 besök per invånare, medan rikssnittet var 6,4 besök per invånare.', 'wrong_value', '6,4');

  const k5 = r('mb', 'hedeby', 'verksamhetsberattelse', 2024, 'Handläggningen av bygglov är snabb', [
    ind('bygglov-median', 'Handläggningstid bygglov, median, dagar', 'dagar', 'lower', [
      ['2023', 35],
      ['2024', 32, { comparisons: { länet: 41, riket: 38 } }],
    ]),
  ]);
  T(ph, k5, 'Mediantiden för bygglov var 32 dagar, kortare än i länet där den var 41 dagar.');
  T(ph, k5, 'Handläggningstiden för bygglov har kortats från 35 dagar föregående år till 32 dagar och är nu lägre än rikets 38 dagar.');
  F(ph, k5, 'Mediantiden för bygglov var 32 dagar, vilket är längre än riket.', 'wrong_value', 'längre än riket');
  F(ph, k5, 'Handläggningstiden för bygglov var 32 dagar, jämfört med 38 dagar föregående år.', 'wrong_value', '38 dagar');

  const k6 = r('tek', 'alvstad', 'arsredovisning', 2024, 'Avfallshanteringen är kostnadseffektiv', [
    ind('avfall-kostnad', 'Kostnad för avfallshantering, kr per hushåll', 'kr', 'lower', [
      ['2023', 2390],
      ['2024', 2480, { comparisons: { riket: 2690, länet: 2540 } }],
    ]),
  ]);
  T(ph, k6, 'Avfallskostnaden per hushåll är 2 480 kronor, lägre än både länet och riket.');
  T(ph, k6, 'Kostnaden för avfallshantering per hushåll ökade med 90 kronor jämfört med föregående år men ligger fortfarande under rikssnittet på 2 690 kronor.');
  F(ph, k6, 'Avfallskostnaden per hushåll är 2 480 kronor, att jämföra med 2 960 kronor i riket.', 'wrong_value', '2 960 kronor');
  F(ph, k6, 'Kostnaden för avfallshantering per hushåll minskade jämfört med föregående år och är lägre än i länet.', 'wrong_trend_claim', 'minskade');
  const k7 = r('kf', 'sjovik', 'verksamhetsberattelse', 2024, 'Barn och unga möter kultur', [
    ind('kulturskola-andel', 'Andel invånare 7–15 år som deltar i kulturskolan, %', '%', 'higher', [
      ['2023', 17.9],
      ['2024', 18.5, { comparisons: { riket: 14.2, länet: 16.0 } }],
    ]),
  ]);
  T(ph, k7, 'Kulturskolan når 18,5 procent av kommunens barn i åldern 7–15 år. Det är en högre andel än i länet, där den är 16,0 procent, och klart över riket med 14,2 procent.');
  F(ph, k7, 'Jämfört med riket, 14,2 procent, når kulturskolan många barn. Länssnittet är däremot högre än Sjöviks andel på 18,5 procent.', 'wrong_value', 'Länssnittet är däremot högre');
}

// ---------------------------------------------------------------- date
{
  const ph = 'date';
  const d1 = r('soc', 'asvik', 'verksamhetsberattelse', 2024, 'Familjer får tidigt och lättillgängligt stöd', [
    ind('familjecentral', 'Antal familjer som fått stöd via familjecentralen', 'antal', 'higher', [['2024', 146]]),
  ], { notes: ['Nämnden beslutade den 14 mars 2024 om en ny riktlinje för ekonomiskt bistånd.', 'Familjecentralen i Åsvik öppnade den 2 september 2024.'] });
  T(ph, d1, 'Sedan familjecentralen öppnade den 2 september 2024 har 146 familjer fått stöd där.');
  T(ph, d1, 'Den nya riktlinjen för ekonomiskt bistånd beslutades 2024-03-14 (§ 37) och har införts i alla handläggargrupper.');
  F(ph, d1, 'Sedan familjecentralen öppnade den 2 september 2024 har 164 familjer fått stöd där.', 'wrong_value', '164');
  F(ph, d1, 'Familjecentralen öppnade den 2 september 2023 och har blivit en viktig väg in till socialtjänsten.', 'wrong_period', '2 september 2023');

  const d2 = r('aldre', 'granmora', 'delarsrapport', 2025, 'Insatserna utgår från den enskildes behov', [
    ind('genomforandeplan', 'Andel brukare med aktuell genomförandeplan, %', '%', 'higher', [['2024', 82], ['2025-08', 86], ['2025', 88, { kind: 'forecast', label: 'Prognos helår' }]], [['2025', 'etappmal', 90]]),
  ], { asOf: '2025-08-31' });
  T(ph, d2, 'Per den 31 augusti 2025 hade 86 procent av brukarna en aktuell genomförandeplan.');
  T(ph, d2, 'Till och med 31 augusti har andelen brukare med genomförandeplan ökat till 86 procent, och prognosen för helåret är 88 procent. Målet bedöms bli i hög grad uppfyllt.', { level: 'hog' });
  F(ph, d2, 'Per den 31 augusti 2025 hade 68 procent av brukarna en aktuell genomförandeplan.', 'wrong_value', '68 procent');
  F(ph, d2, 'Per 2025-08-31 hade 86 procent av brukarna en genomförandeplan, och helårsprognosen är 90 procent.', 'wrong_value', '90 procent');

  const d3 = r('utb', 'norrfors', 'verksamhetsberattelse', 2023, 'Eleverna känner sig trygga i skolan', [
    ind('trygghet', 'Andel elever som känner sig trygga i skolan, %', '%', 'higher', [['2022', 83], ['2023', 86]]),
  ], { notes: ['Skolinspektionens tillsyn av Norrforsskolan avslutades den 11 april 2023.'] });
  T(ph, d3, 'Skolinspektionens tillsyn av Norrforsskolan avslutades den 11 april 2023 utan kvarstående brister, och andelen elever som känner sig trygga i skolan ökade till 86 procent.');
  T(ph, d3, 'Elevenkäten genomfördes mellan den 6 och 24 februari och visar att 86 procent av eleverna känner sig trygga i skolan.');
  F(ph, d3, 'Skolinspektionens tillsyn av Norrforsskolan avslutades i april 2022.', 'wrong_period', 'april 2022');
  F(ph, d3, 'Elevenkäten genomfördes mellan den 6 och 24 februari och visar att 84 procent av eleverna känner sig trygga i skolan.', 'wrong_value', '84 procent');

  const d4 = r('kf', 'bjorkhamn', 'verksamhetsberattelse', 2024, 'Kulturlivet är tillgängligt för alla', [], {
    notes: ['Den nya konsthallen invigdes den 18 maj 2024 och hade 12 400 besök under året.'],
  });
  T(ph, d4, 'Konsthallen invigdes 18 maj 2024 och har sedan dess haft 12 400 besök.');
  T(ph, d4, 'Sedan invigningen den 18/5 har konsthallen haft 12 400 besök, vilket är fler än förväntat.');
  F(ph, d4, 'Konsthallen invigdes den 18 maj 2024 och hade 14 200 besök under året.', 'wrong_value', '14 200');
  F(ph, d4, 'Den nya konsthallen invigdes den 18 maj 2023.', 'wrong_period', '18 maj 2023');

  const d5 = r('mb', 'hedeby', 'verksamhetsberattelse', 2024, 'Tillsynen är planerad och förutsägbar', [
    ind('tillsyn', 'Andel planerade tillsynsbesök som genomförts, %', '%', 'higher', [['2023', 87], ['2024', 91]], [['2024', 'etappmal', 95]]),
  ], { notes: ['Den 1 januari 2024 infördes timtaxa i efterhand för livsmedelskontroll.'] });
  T(ph, d5, 'Från och med den 1 januari 2024 debiteras livsmedelskontrollen i efterhand. Andelen genomförda tillsynsbesök var 91 procent, under etappmålet 95 procent.');
  T(ph, d5, 'Taxan ändrades den 1 januari 2024 och andelen planerade tillsynsbesök som genomförts ökade från 87 till 91 procent.');
  F(ph, d5, 'Andelen planerade tillsynsbesök som genomförts var 91 procent per den 31 december 2024 och etappmålet nåddes.', 'wrong_target_claim', 'etappmålet nåddes');
  F(ph, d5, 'Den 1 januari 2024 infördes timtaxa i efterhand, och under året genomfördes 97 procent av de planerade tillsynsbesöken.', 'wrong_value', '97 procent');

  const d6 = r('tek', 'alvstad', 'verksamhetsberattelse', 2023, 'Invånarna har en säker vattenförsörjning', [
    ind('vattenlackor', 'Antal vattenläckor på huvudledningar', 'antal', 'lower', [['2022', 21], ['2023', 14]]),
  ], { notes: ['Det nya reningsverket togs i drift den 3 oktober 2023.'] });
  T(ph, d6, 'Efter att reningsverket togs i drift den 3 oktober 2023 har driften varit stabil, och antalet vattenläckor på huvudledningar minskade till 14.');
  T(ph, d6, 'Det nya reningsverket togs i drift 2023-10-03.');
  F(ph, d6, 'Antalet vattenläckor på huvudledningar minskade från 21 till 12 under 2023.', 'wrong_value', '12');
  F(ph, d6, 'Det nya reningsverket togs i drift den 3 oktober 2022.', 'wrong_period', '3 oktober 2022');
  const d7 = r('aldre', 'sjovik', 'delarsrapport', 2025, 'Äldre kan bo tryggt', [], {
    asOf: '2025-04-30',
    notes: ['Trygghetsboendet Solgården öppnade den 1 februari 2025 med 42 lägenheter.'],
  });
  T(ph, d7, 'Den 1 februari 2025 öppnade trygghetsboendet Solgården med 42 lägenheter. Efterfrågan har varit stor och samtliga lägenheter var uthyrda per den 30 april.');
  F(ph, d7, 'Trygghetsboendet Solgården öppnade den 1 februari 2025 med 24 lägenheter.', 'wrong_value', '24 lägenheter');
}

// ---------------------------------------------------------------- paraphrased-trend
{
  const ph = 'paraphrased-trend';
  const t1 = r('soc', 'lindmark', 'verksamhetsberattelse', 2024, 'Invånare får snabba beslut', [
    ind('handl-eb', 'Handläggningstid från ansökan till beslut, ekonomiskt bistånd, dagar', 'dagar', 'lower', [['2023', 11], ['2024', 14]]),
  ]);
  T(ph, t1, 'Handläggningstiden för försörjningsstöd har blivit längre under året.', { origin: 'model' });
  T(ph, t1, 'Det tar nu längre tid än föregående år från ansökan till beslut om ekonomiskt bistånd, vilket främst beror på en hög personalomsättning.');
  F(ph, t1, 'Handläggningstiden för försörjningsstöd har kortats under året.', 'wrong_trend_claim', 'har kortats');
  F(ph, t1, 'Väntan på beslut om försörjningsstöd har minskat jämfört med 2023.', 'wrong_trend_claim', 'har minskat');

  const t2 = r('aldre', 'hedeby', 'verksamhetsberattelse', 2024, 'Brukarna känner sig väl bemötta', [
    ind('bemotande-ht', 'Andel brukare i hemtjänst som är nöjda med bemötandet, %', '%', 'higher', [['2023', 93], ['2024', 90]]),
  ]);
  T(ph, t2, 'Nöjdheten med personalens bemötande i hemtjänsten har sjunkit.');
  T(ph, t2, 'En mindre andel av hemtjänstbrukarna än året innan är nöjda med hur de blir bemötta. Målet bedöms därför vara delvis uppfyllt.', { level: 'delvis' });
  F(ph, t2, 'Hemtjänstbrukarnas nöjdhet med bemötandet har förbättrats jämfört med förra året.', 'wrong_trend_claim', 'har förbättrats');
  F(ph, t2, 'En större andel av brukarna i hemtjänsten än föregående år uppger att de är nöjda med bemötandet.', 'wrong_trend_claim', 'En större andel');

  const t3 = r('bun', 'asvik', 'arsredovisning', 2024, 'Skolan har behöriga lärare', [
    ind('behoriga-larare', 'Andel legitimerade lärare med behörighet i minst ett ämne, grundskola, %', '%', 'higher', [['2023', 78.4], ['2024', 80.2]]),
  ]);
  T(ph, t3, 'Andelen behöriga lärare i grundskolan har ökat under året.');
  T(ph, t3, 'En större andel av grundskolans lärare är legitimerade och behöriga än året innan, vilket är ett resultat av det gemensamma rekryteringsarbetet.');
  F(ph, t3, 'Lärarbehörigheten i grundskolan har försämrats under 2024.', 'wrong_trend_claim', 'har försämrats');
  F(ph, t3, 'Andelen lärare med legitimation och behörighet i grundskolan har gått ned något jämfört med 2023.', 'wrong_trend_claim', 'har gått ned');

  const t4 = r('kf', 'granmora', 'verksamhetsberattelse', 2024, 'Barn och unga deltar i kulturlivet', [
    ind('kulturskola-deltagare', 'Antal unika deltagare i kulturskolans verksamhet', 'antal', 'higher', [['2023', 1240], ['2024', 1310]]),
  ]);
  T(ph, t4, 'Kulturskolan når fler barn och unga än tidigare år.', { origin: 'model' });
  T(ph, t4, 'Under året har deltagandet i kulturskolan ökat, särskilt i de nya kurserna i digitalt skapande.');
  F(ph, t4, 'Kulturskolan har tappat deltagare under 2024.', 'wrong_trend_claim', 'har tappat deltagare');
  F(ph, t4, 'Färre barn och unga deltar i kulturskolan än 2023.', 'wrong_trend_claim', 'Färre');

  const t5 = r('msb', 'norrfors', 'verksamhetsberattelse', 2024, 'Bygglovshanteringen är effektiv', [
    ind('bygglov-lagstadgad', 'Andel ärenden om bygglov som beslutas inom lagstadgad tid, %', '%', 'higher', [['2023', 88], ['2024', 95]]),
  ], { scale: 'three' });
  T(ph, t5, 'En allt större andel av bygglovsbesluten fattas inom den tid som lagen anger.');
  T(ph, t5, 'Förvaltningen klarar i högre grad än tidigare att fatta bygglovsbeslut inom lagstadgad tid. Målet är uppfyllt.', { level: 'uppfyllt' });
  F(ph, t5, 'Bygglovsbeslut fattas i lägre grad inom lagstadgad tid än 2023.', 'wrong_trend_claim', 'i lägre grad');
  F(ph, t5, 'Andelen bygglov som avgörs inom lagens tidsfrist har sjunkit.', 'wrong_trend_claim', 'har sjunkit');

  const t6 = r('tek', 'bjorkhamn', 'verksamhetsberattelse', 2024, 'Gator och vägar är framkomliga året runt', [
    ind('klagomal-sno', 'Antal klagomål på snöröjning', 'antal', 'lower', [['2023', 412], ['2024', 268]]),
  ]);
  T(ph, t6, 'Invånarna har klagat mindre på snöröjningen under vintern.');
  T(ph, t6, 'Synpunkterna på snöröjningen blev betydligt färre under 2024.');
  F(ph, t6, 'Klagomålen på vinterväghållningen har ökat.', 'wrong_trend_claim', 'har ökat');
  F(ph, t6, 'Antalet synpunkter på snöröjningen steg under året, trots nya entreprenörer.', 'wrong_trend_claim', 'steg');
  const t7 = r('utb', 'sjovik', 'verksamhetsberattelse', 2024, 'Eleverna har en god lärmiljö', [
    ind('studiero', 'Andel elever i årskurs 5 som svarar att de har studiero på lektionerna, %', '%', 'higher', [['2023', 67], ['2024', 61]]),
  ]);
  T(ph, t7, 'Mot bakgrund av elevenkäten är bedömningen att arbetsron i klassrummen har försämrats. Eleverna i årskurs 5 upplever i mindre utsträckning än förra året att det är lugnt på lektionerna. Målet bedöms som delvis uppfyllt.', { level: 'delvis' });
  F(ph, t7, 'Studieron i årskurs 5 har förbättrats jämfört med föregående år, enligt elevenkäten.', 'wrong_trend_claim', 'har förbättrats');
}

// ---------------------------------------------------------------- threshold-in-name
{
  const ph = 'threshold-in-name';
  const h1 = r('soc', 'hedeby', 'verksamhetsberattelse', 2024, 'Barn och unga har en stabil uppväxt', [
    ind('placering-2ar', 'Antal barn och unga med placering längre än 2 år', 'antal', 'none', [['2023', 31], ['2024', 27]]),
  ]);
  T(ph, h1, 'Antalet barn och unga med placering längre än 2 år minskade till 27.');
  T(ph, h1, 'Vid årets slut hade 27 barn och unga varit placerade längre än två år.');
  F(ph, h1, 'Antalet barn och unga med placering längre än 2 år minskade till 29.', 'wrong_value', '29');
  F(ph, h1, 'Antalet barn och unga med placering längre än 2 år ökade under året.', 'wrong_trend_claim', 'ökade');

  const h2 = r('aldre', 'alvstad', 'verksamhetsberattelse', 2024, 'Hemtjänsten ger kontinuitet', [
    ind('kontinuitet', 'Andel brukare som möter fler än 10 personal under 14 dagar, %', '%', 'lower', [['2023', 41], ['2024', 36]]),
  ]);
  T(ph, h2, 'Andelen brukare som möter fler än 10 personal under 14 dagar har minskat till 36 procent.', { origin: 'model' });
  T(ph, h2, 'En mindre andel brukare än tidigare möter fler än tio olika medarbetare under en tvåveckorsperiod: 36 procent mot 41 procent 2023.');
  F(ph, h2, 'Andelen brukare som möter fler än 10 personal under 14 dagar är 14 procent.', 'wrong_value', '14 procent');
  F(ph, h2, 'Andelen brukare som möter fler än 10 personal under 14 dagar har minskat till 10 procent.', 'wrong_value', '10 procent');

  const h3 = r('utb', 'lindmark', 'verksamhetsberattelse', 2024, 'Eleverna är närvarande i skolan', [
    ind('franvaro-15', 'Andel elever med frånvaro över 15 procent, %', '%', 'lower', [['2023', 12.4], ['2024', 13.1]]),
  ]);
  T(ph, h3, 'Andelen elever med frånvaro över 15 procent ökade till 13,1 procent.');
  T(ph, h3, 'Drygt 13 procent av eleverna hade en frånvaro över 15 procent under läsåret, och arbetet med tidiga insatser vid frånvaro fortsätter.');
  F(ph, h3, 'Andelen elever med frånvaro över 15 procent minskade till 13,1 procent.', 'wrong_trend_claim', 'minskade');
  F(ph, h3, 'Andelen elever med frånvaro över 15 procent var 15 procent 2024.', 'wrong_value', 'var 15 procent');

  const h4 = r('kf', 'asvik', 'verksamhetsberattelse', 2024, 'Föreningslivet är starkt', [
    ind('aktivitetsstod', 'Antal föreningar som fått aktivitetsstöd för deltagare 7–20 år', 'antal', 'higher', [['2023', 64], ['2024', 69]]),
  ]);
  T(ph, h4, '69 föreningar fick aktivitetsstöd för deltagare 7–20 år, fem fler än året innan.');
  T(ph, h4, 'Fler föreningar än tidigare fick aktivitetsstöd för deltagare 7–20 år.');
  F(ph, h4, 'Antalet föreningar som fått aktivitetsstöd för deltagare 7–20 år ökade till 71.', 'wrong_value', '71');
  F(ph, h4, 'Aktivitetsstöd för deltagare 7–20 år betalades ut till 64 föreningar 2024.', 'wrong_value', '64 föreningar');

  const h5 = r('mb', 'granmora', 'verksamhetsberattelse', 2024, 'Ärenden handläggs skyndsamt', [
    ind('inom-10v', 'Andel ärenden som avslutats inom 10 veckor, %', '%', 'higher', [['2023', 76], ['2024', 81]], [['2024', 'etappmal', 80]]),
  ]);
  T(ph, h5, '81 procent av ärendena avslutades inom 10 veckor, vilket innebär att etappmålet på 80 procent nås.');
  T(ph, h5, 'Andelen ärenden som avslutas inom tio veckor har ökat med fem procentenheter.');
  F(ph, h5, 'Andelen ärenden som avslutats inom 10 veckor ökade till 79 procent.', 'wrong_value', '79 procent');
  F(ph, h5, 'Andelen ärenden som avslutats inom 10 veckor ökade till 81 procent, men etappmålet nåddes inte.', 'wrong_target_claim', 'etappmålet nåddes inte');

  const h6 = r('tek', 'norrfors', 'arsredovisning', 2024, 'Vattenförsörjningen är driftsäker', [
    ind('avbrott-12h', 'Antal avbrott i vattenförsörjningen längre än 12 timmar', 'antal', 'lower', [['2023', 9], ['2024', 4]]),
  ]);
  T(ph, h6, 'Avbrotten i vattenförsörjningen längre än 12 timmar minskade från 9 till 4.');
  T(ph, h6, 'Under 2024 var det fyra avbrott i vattenförsörjningen som varade längre än 12 timmar.');
  F(ph, h6, 'Under 2024 inträffade 12 avbrott i vattenförsörjningen som var längre än 12 timmar.', 'wrong_value', '12 avbrott');
  F(ph, h6, 'Antalet avbrott i vattenförsörjningen längre än 12 timmar ökade jämfört med 2023.', 'wrong_trend_claim', 'ökade');
  const h7 = r('soc', 'sjovik', 'verksamhetsberattelse', 2024, 'Barn som far illa får skydd i tid', [
    ind('forhandsbed-14', 'Andel ärenden där förhandsbedömning genomförts inom 14 dagar, %', '%', 'higher', [['2023', 88], ['2024', 93]], [['2024', 'etappmal', 95]]),
  ]);
  T(ph, h7, 'Under året genomfördes förhandsbedömningen inom 14 dagar i 93 procent av ärendena. Det är en förbättring från 88 procent, men etappmålet 95 procent nås inte.');
  F(ph, h7, 'Andelen ärenden där förhandsbedömning genomförts inom 14 dagar ökade till 93 procent, och därmed nås etappmålet.', 'wrong_target_claim', 'nås etappmålet');
}

// ---------------------------------------------------------------- signed-change
{
  const ph = 'signed-change';
  const s1 = r('soc', 'granmora', 'verksamhetsberattelse', 2024, 'Medarbetarna har en hållbar arbetsmiljö', [
    ind('sjuk', 'Sjukfrånvaro, %', '%', 'lower', [['2023', 8.1], ['2024', 7.4]]),
  ]);
  T(ph, s1, 'Sjukfrånvaron förändrades med −0,7 procentenheter till 7,4 procent.');
  T(ph, s1, 'Jämfört med 2023 är förändringen -0,7 procentenheter, vilket innebär att sjukfrånvaron har minskat.');
  F(ph, s1, 'Sjukfrånvaron förändrades med +0,7 procentenheter jämfört med 2023.', 'wrong_value', '+0,7 procentenheter');
  F(ph, s1, 'Förändringen av sjukfrånvaron jämfört med 2023 är −1,7 procentenheter.', 'wrong_value', '−1,7 procentenheter');

  const s2 = r('aldre', 'lindmark', 'verksamhetsberattelse', 2024, 'Äldre får plats i särskilt boende utan dröjsmål', [
    ind('ko-sabo', 'Antal personer i kö till särskilt boende', 'antal', 'lower', [['2023', 34], ['2024', 41]]),
  ]);
  T(ph, s2, 'Kön till särskilt boende förändrades med +7 personer och uppgår nu till 41.');
  T(ph, s2, 'Antal personer i kö till särskilt boende: 41 (+7 jämfört med föregående år). Målet är ej uppfyllt.', { level: 'ej' });
  F(ph, s2, 'Kön till särskilt boende förändrades med −7 personer och uppgår nu till 41.', 'wrong_value', '−7 personer');
  F(ph, s2, 'Antalet personer i kö till särskilt boende är 41 (+9 jämfört med föregående år).', 'wrong_value', '+9');

  const s3 = r('utb', 'bjorkhamn', 'verksamhetsberattelse', 2024, 'Eleverna når goda kunskapsresultat', [
    ind('merit', 'Genomsnittligt meritvärde i årskurs 9', 'poäng', 'higher', [['2023', 224.6], ['2024', 219.3]]),
  ]);
  T(ph, s3, 'Meritvärdet i årskurs 9 sjönk till 219,3, en förändring med −5,3 poäng.');
  T(ph, s3, 'Förändringen av det genomsnittliga meritvärdet mellan 2023 och 2024 är -5,3.');
  F(ph, s3, 'Meritvärdet i årskurs 9 blev 219,3, en förändring med +5,3 poäng jämfört med 2023.', 'wrong_value', '+5,3 poäng');
  F(ph, s3, 'Det genomsnittliga meritvärdet i årskurs 9 förändrades med −3,5 poäng.', 'wrong_value', '−3,5 poäng');

  const s4 = r('kf', 'alvstad', 'verksamhetsberattelse', 2024, 'Idrottsanläggningarna används av många', [
    ind('besok-idrott', 'Antal besök i idrottshallar', 'antal', 'higher', [['2023', 148200], ['2024', 151700]]),
  ]);
  T(ph, s4, 'Besöken i idrottshallarna ökade med 3 500 till 151 700.');
  T(ph, s4, 'Antal besök i idrottshallar: 151 700, vilket är +3 500 jämfört med 2023.');
  F(ph, s4, 'Antal besök i idrottshallar: 151 700, vilket är −3 500 jämfört med 2023.', 'wrong_value', '−3 500');
  F(ph, s4, 'Besöken i idrottshallarna förändrades med +5 300 till 151 700.', 'wrong_value', '+5 300');

  const s5 = r('msb', 'asvik', 'verksamhetsberattelse', 2024, 'Bebyggelsen följer lagar och beslut', [
    ind('olovligt', 'Antal ärenden om olovligt byggande', 'antal', 'lower', [['2023', 57], ['2024', 49]]),
  ]);
  T(ph, s5, 'Ärendena om olovligt byggande minskade med 8 till 49.');
  T(ph, s5, 'Antalet ärenden om olovligt byggande, 49, innebär en förändring med −8 jämfört med året innan.');
  F(ph, s5, 'Ärendena om olovligt byggande förändrades med +8 under året.', 'wrong_value', '+8');
  F(ph, s5, 'Antalet ärenden om olovligt byggande var 49 (−6 jämfört med 2023).', 'wrong_value', '−6');

  const s6 = r('tek', 'hedeby', 'verksamhetsberattelse', 2024, 'Det är enkelt att gå och cykla', [
    ind('nojda-gc', 'Andel nöjda med gång- och cykelvägar, %', '%', 'higher', [['2023', 58], ['2024', 61]]),
  ]);
  T(ph, s6, 'Andelen nöjda med gång- och cykelvägar var 61 procent, +3 procentenheter jämfört med 2023.');
  T(ph, s6, 'Nöjdheten med gång- och cykelvägar förändrades med +3 procentenheter.');
  F(ph, s6, 'Andelen nöjda med gång- och cykelvägar var 61 procent, −3 procentenheter jämfört med 2023.', 'wrong_value', '−3 procentenheter');
  F(ph, s6, 'Andelen nöjda med gång- och cykelvägar förändrades med +3 procent.', 'wrong_unit', '+3 procent');
  const s7 = r('tek', 'sjovik', 'verksamhetsberattelse', 2024, 'Fler reser hållbart', [
    ind('kollektivtrafik', 'Antal kollektivtrafikresor per invånare', 'antal', 'higher', [['2023', 41.2], ['2024', 43.0]]),
  ]);
  T(ph, s7, 'Antal kollektivtrafikresor per invånare: 43,0 (+1,8). Ökningen följer på den nya busslinjen till Östra Sjövik.');
  F(ph, s7, 'Resandet med kollektivtrafiken ökade till 43,0 resor per invånare (+2,8 jämfört med 2023).', 'wrong_value', '+2,8');
}

const out = join(import.meta.dirname, '..', 'train-round4.jsonl');
writeFileSync(out, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
const counts = {};
for (const e of entries) {
  const c = (counts[e.phenomenon] ??= { true: 0, false: 0 });
  c[e.truth ? 'true' : 'false']++;
}
console.log(`${entries.length} entries written to ${out}`);
for (const [p, c] of Object.entries(counts)) console.log(`${p}: ${c.true} true, ${c.false} false`);
