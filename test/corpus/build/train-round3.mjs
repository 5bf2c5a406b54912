/* global console */
// Writes test/corpus/train-round3.jsonl: more train sentences for the phenomena the checker read
// worst (change indicators, plan years, wishes, comparisons, money scales, dates, från–till with
// years, paraphrased names), in the voices of other committees and with their own minimal
// documents. Written from the phenomena as the checker issue describes them, not from the
// held-out file. A false text carries exactly one contradiction (its `expect`).
// Run: node test/corpus/build/train-round3.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { doc, ind } from './lib.mjs';

const entries = [];
const counters = new Map();
function E(phenomenon, truth, text, d, { expect = [], level, origin = 'person' } = {}) {
  for (const [, span] of expect) if (!text.includes(span)) throw new Error(`span "${span}" not in "${text}"`);
  const key = `${phenomenon}-${truth ? 't' : 'f'}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  const o = { id: `train3-${key}-${String(n).padStart(2, '0')}`, split: 'train', source: 'written', phenomenon, truth, origin, report: d, goalId: d.goals[0].id };
  if (level) o.level = level;
  o.text = text;
  o.expect = expect.map(([code, span]) => ({ code, span }));
  entries.push(o);
}
const T = (ph, text, d, o) => E(ph, true, text, d, o);
const F = (ph, text, d, code, span, o = {}) => E(ph, false, text, d, { ...o, expect: [[code, span]] });

// ---------------------------------------------------------------- change-indicator
{
  const ekonomi = doc({
    org: 'ks', year: 2023, title: 'Kommunens ekonomi är långsiktigt hållbar',
    indicators: [
      ind('nettokostnadsutveckling', 'Nettokostnadsutveckling, procent', '%', 'lower', [['2021', 3.2], ['2022', 4.1], ['2023', 2.8]]),
      ind('befolkningsforandring', 'Befolkningsförändring', '%', 'higher', [['2022', 0.8], ['2023', 1.2]]),
    ],
  });
  const bistand = doc({
    org: 'soc', year: 2022, title: 'Fler hushåll klarar sin egen försörjning',
    indicators: [ind('forandring-hushall', 'Förändring av antal hushåll med ekonomiskt bistånd, procent', '%', 'lower', [['2021', -1.2], ['2022', -3.1]])],
  });
  const bibliotek = doc({
    org: 'kf', year: 2024, scale: 'three', title: 'Fler besöker kulturen',
    indicators: [
      ind('besok-forandring', 'Förändring i antal besök på biblioteken, procent', '%', 'higher', [['2022', 6.5], ['2023', -2.1], ['2024', 4.8]]),
      ind('utlan', 'Utlån per invånare', 'antal', 'higher', [['2023', 5.2], ['2024', 5.4]]),
    ],
  });
  T('change-indicator', 'Antalet biblioteksbesök ökade med 4,8 procent jämfört med 2023, då besöken minskade med 2,1 procent.', bibliotek);
  T('change-indicator', 'Biblioteken hade 4,8 procent fler besök än året innan.', bibliotek);
  T('change-indicator', 'Besöken på biblioteken minskade 2023 men ökade igen 2024.', bibliotek);
  T('change-indicator', 'Ökningen av biblioteksbesöken var 4,8 procent.', bibliotek);
  F('change-indicator', 'Antalet biblioteksbesök ökade med 4,8 procent jämfört med 2023, då besöken minskade med 1,2 procent.', bibliotek, 'wrong_value', '1,2 procent');
  F('change-indicator', 'Biblioteken hade 4,8 procent färre besök än året innan.', bibliotek, 'wrong_value', '4,8 procent');
  F('change-indicator', 'Biblioteken hade 6,5 procent fler besök än året innan.', bibliotek, 'wrong_value', '6,5 procent');
  F('change-indicator', 'Ökningen av biblioteksbesöken var 6,5 procent 2024.', bibliotek, 'wrong_value', '6,5 procent');
  F('change-indicator', 'Besöken på biblioteken ökade 2023 och ökade även 2024.', bibliotek, 'wrong_trend_claim', 'ökade');
  T('change-indicator', 'Nettokostnaden ökade med 2,8 procent under 2023, jämfört med 4,1 procent året innan.', ekonomi);
  T('change-indicator', 'Nettokostnadsutvecklingen var 2,8 procent 2023.', ekonomi);
  T('change-indicator', 'Nettokostnaden steg med 2,8 procent under året.', ekonomi);
  T('change-indicator', 'Befolkningen växte med 1,2 procent 2023.', ekonomi);
  T('change-indicator', 'Befolkningsökningen blev 1,2 procent under 2023, att jämföra med 0,8 procent 2022.', ekonomi);
  T('change-indicator', 'Antalet hushåll med ekonomiskt bistånd minskade med 3,1 procent 2022.', bistand);
  T('change-indicator', 'Under 2022 var det en minskning med 3,1 procent av antalet hushåll med ekonomiskt bistånd, efter en minskning med 1,2 procent 2021.', bistand);
  F('change-indicator', 'Nettokostnaden ökade med 3,8 procent under 2023.', ekonomi, 'wrong_value', '3,8 procent');
  F('change-indicator', 'Nettokostnadsutvecklingen var 4,1 procent 2023.', ekonomi, 'wrong_value', '4,1 procent');
  F('change-indicator', 'Nettokostnaden minskade med 2,8 procent under 2023.', ekonomi, 'wrong_trend_claim', 'minskade');
  F('change-indicator', 'Nettokostnaden steg med 1,8 procent under året.', ekonomi, 'wrong_value', '1,8 procent');
  F('change-indicator', 'Befolkningen växte med 2,1 procent 2023.', ekonomi, 'wrong_value', '2,1 procent');
  F('change-indicator', 'Befolkningsökningen blev 1,2 procent under 2023, att jämföra med 0,6 procent 2022.', ekonomi, 'wrong_value', '0,6 procent');
  F('change-indicator', 'Antalet hushåll med ekonomiskt bistånd minskade med 1,3 procent 2022.', bistand, 'wrong_value', '1,3 procent');
  F('change-indicator', 'Antalet hushåll med ekonomiskt bistånd ökade med 3,1 procent 2022.', bistand, 'wrong_trend_claim', 'ökade');
  F('change-indicator', 'Under 2022 var det en minskning med 2,1 procent av antalet hushåll med ekonomiskt bistånd.', bistand, 'wrong_value', '2,1 procent');
  F('change-indicator', 'Förändringen av antalet hushåll med ekonomiskt bistånd var −1,2 procent 2022.', bistand, 'wrong_value', '−1,2 procent');
}

// ---------------------------------------------------------------- plan-year
{
  const avfall = doc({
    org: 'tek', kind: 'verksamhetsplan', year: 2025, title: 'Mer av avfallet tas till vara',
    indicators: [
      ind('materialatervinning', 'Andel hushållsavfall som går till materialåtervinning', '%', 'higher', [['2022', 31.5], ['2023', 33.2]], [['2025', 'etappmal', 38], ['2027', 'etappmal', 42], ['2030', 'malvarde', 50]]),
      ind('laddpunkter', 'Antal laddpunkter för elbil i kommunens regi', 'antal', 'higher', [['2023', 140], ['2024', 185]], [['2025', 'etappmal', 250]]),
    ],
  });
  T('plan-year', 'Etappmålet för 2025 är att andelen hushållsavfall som går till materialåtervinning ska vara 38 procent.', avfall);
  F('plan-year', 'Etappmålet för 2025 är att andelen hushållsavfall som går till materialåtervinning ska vara 40 procent.', avfall, 'wrong_value', '40 procent');
  T('plan-year', 'Etappmålet för 2025 är att 38 procent av hushållsavfallet ska gå till materialåtervinning.', avfall);
  T('plan-year', 'År 2027 ska andelen materialåtervinning vara 42 procent och 2030 ska den ha nått målvärdet 50 procent.', avfall);
  T('plan-year', 'Materialåtervinningen var 33,2 procent 2023, och till 2025 ska den öka till 38 procent.', avfall);
  T('plan-year', 'Antalet laddpunkter ska öka från 185 till etappmålet 250 under 2025.', avfall);
  T('plan-year', 'Antalet laddpunkter ska öka från dagens 185 till 250 under 2025.', avfall);
  T('plan-year', 'Under 2026 planeras 40 nya laddpunkter vid kommunens förskolor.', avfall);
  F('plan-year', 'Etappmålet för 2025 är att 40 procent av hushållsavfallet ska gå till materialåtervinning.', avfall, 'wrong_value', '40 procent');
  F('plan-year', 'År 2027 ska andelen materialåtervinning vara 45 procent.', avfall, 'wrong_value', '45 procent');
  F('plan-year', 'Till 2030 ska andelen materialåtervinning nå målvärdet 55 procent.', avfall, 'wrong_value', '55 procent');
  F('plan-year', 'Materialåtervinningen var 31,5 procent 2023, och till 2025 ska den öka till 38 procent.', avfall, 'wrong_value', '31,5 procent');
  F('plan-year', 'Antalet laddpunkter ska öka från 185 till etappmålet 300 under 2025.', avfall, 'wrong_value', '300');
  F('plan-year', 'Antalet laddpunkter ska öka från dagens 165 till 250 under 2025.', avfall, 'wrong_value', '165');
}

// ---------------------------------------------------------------- wish-clause
{
  const skola = doc({
    org: 'bun', year: 2023, title: 'Alla elever känner sig trygga och har behöriga lärare',
    indicators: [
      ind('trygga-elever', 'Andel elever som känner sig trygga i skolan', '%', 'higher', [['2022', 86], ['2023', 83]], [['2023', 'etappmal', 90]]),
      ind('legitimerade-larare', 'Andel legitimerade lärare', '%', 'higher', [['2022', 71.4], ['2023', 73.9]], [['2023', 'etappmal', 75]]),
    ],
  });
  T('wish-clause', 'Nämnden vill att andelen trygga elever, som i år är 83 procent, ska öka till etappmålet 90 procent.', skola);
  T('wish-clause', 'Målet är att andelen legitimerade lärare ska öka från 73,9 procent till minst 75 procent.', skola);
  T('wish-clause', 'Ambitionen är att andelen legitimerade lärare ska fortsätta öka från dagens 73,9 procent.', skola);
  T('wish-clause', 'Nämnden önskar att fler elever ska känna sig trygga; 2023 var andelen 83 procent mot etappmålet 90 procent.', skola);
  T('wish-clause', 'Nämnden vill att andelen legitimerade lärare ska nå 80 procent på sikt.', skola);
  T('wish-clause', 'Skolorna ska sträva efter att andelen elever som känner sig trygga ska öka.', skola);
  T('wish-clause', 'Nämnden vill att andelen elever som känner sig trygga, i dag 83 procent, ska öka.', skola);
  T('wish-clause', 'Nämnden vill att andelen legitimerade lärare ska fortsätta att öka.', skola);
  T('wish-clause', 'Utbildningsförvaltningen ska verka för att tryggheten inte fortsätter att minska.', skola);
  F('wish-clause', 'Nämnden vill att andelen elever som känner sig trygga, i dag 86 procent, ska öka.', skola, 'wrong_value', '86 procent');
  F('wish-clause', 'Nämnden vill att andelen elever som känner sig trygga ska fortsätta att öka.', skola, 'wrong_trend_claim', 'öka');
  F('wish-clause', 'Skolorna ska arbeta för att tryggheten, som i dagsläget är 86 procent, ska öka.', skola, 'wrong_value', '86 procent');
  F('wish-clause', 'Förvaltningen ska se till att andelen legitimerade lärare fortsätter minska.', skola, 'wrong_trend_claim', 'minska');
  T('wish-clause', 'Nämnden vill att tryggheten i skolan ska öka igen.', skola);
  T('wish-clause', 'Målet är en fortsatt ökning av andelen legitimerade lärare.', skola);
  T('wish-clause', 'Andelen legitimerade lärare ska ligga kvar på minst 73,9 procent.', skola);
  F('wish-clause', 'Nämnden vill att andelen legitimerade lärare ska öka igen.', skola, 'wrong_trend_claim', 'öka');
  F('wish-clause', 'Målet är en fortsatt ökning av andelen elever som känner sig trygga i skolan.', skola, 'wrong_trend_claim', 'ökning');
  F('wish-clause', 'Andelen legitimerade lärare ska ligga kvar på minst 75,9 procent.', skola, 'wrong_value', '75,9 procent');
  T('wish-clause', 'Arbetet ska fortsätta med anledning av att andelen trygga elever har minskat till 83 procent.', skola);
  T('wish-clause', 'Nämnden vill höja andelen legitimerade lärare som ökade till 73,9 procent 2023.', skola);
  T('wish-clause', 'Skolorna ska arbeta vidare på grund av att andelen trygga elever sjönk till 83 procent.', skola);
  F('wish-clause', 'Arbetet ska fortsätta med anledning av att andelen trygga elever har ökat till 83 procent.', skola, 'wrong_trend_claim', 'ökat');
  F('wish-clause', 'Nämnden vill höja andelen legitimerade lärare som minskade till 73,9 procent 2023.', skola, 'wrong_trend_claim', 'minskade');
  F('wish-clause', 'Skolorna ska arbeta vidare på grund av att andelen trygga elever sjönk till 85 procent.', skola, 'wrong_value', '85 procent');
  F('wish-clause', 'Nämnden vill att andelen trygga elever, som i år är 85 procent, ska öka till etappmålet 90 procent.', skola, 'wrong_value', '85 procent');
  F('wish-clause', 'Målet är att andelen legitimerade lärare ska öka från 71,4 procent till minst 75 procent.', skola, 'wrong_value', '71,4 procent');
  F('wish-clause', 'Ambitionen är att andelen legitimerade lärare ska fortsätta öka från dagens 74,9 procent.', skola, 'wrong_value', '74,9 procent');
  F('wish-clause', 'Nämnden vill att andelen trygga elever ska öka till etappmålet 95 procent.', skola, 'wrong_value', '95 procent');
  F('wish-clause', 'Nämnden vill att andelen legitimerade lärare, som var 73,9 procent 2022, ska öka.', skola, 'wrong_value', '73,9 procent');
}

// ---------------------------------------------------------------- comparison
{
  const omsorg = doc({
    org: 'vo', year: 2023, title: 'Äldre får rätt stöd i rätt tid',
    indicators: [
      ind('vantetid-sabo', 'Väntetid i antal dagar från ansökan till erbjudet inflyttningsdatum till särskilt boende', 'dagar', 'lower', [['2022', 62], ['2023', 55, { comparisons: { Riket: 70, 'Jämförbara kommuner': 58 } }]]),
      ind('fortroende-hemtjanst', 'Andel brukare i hemtjänsten som har förtroende för personalen', '%', 'higher', [['2022', 84], ['2023', 87, { comparisons: { Sverige: 85, 'Stockholms län': 83 } }]]),
    ],
  });
  const behorighet = doc({
    org: 'bun', year: 2022, scale: 'three', title: 'Fler elever blir behöriga till gymnasiet',
    indicators: [ind('behoriga-yrkes', 'Andel elever i årskurs 9 som är behöriga till yrkesprogram', '%', 'higher', [['2020', 82.4], ['2021', 84.1], ['2022', 81.7, { comparisons: { Riket: 85.9, Länet: 87.2, Kommungruppen: 83.0 } }]], [['2022', 'etappmal', 85]])],
  });
  T('comparison', 'Rikssnittet var 85,9 procent.', behorighet);
  T('comparison', 'Andelen behöriga till yrkesprogram ligger 4,2 procentenheter under rikssnittet.', behorighet);
  T('comparison', 'Andelen behöriga elever var 4,2 procentenheter lägre än i riket.', behorighet);
  T('comparison', 'Andelen behöriga elever var 81,7 procent mot 85,9 procent i riket.', behorighet);
  T('comparison', 'Behörigheten till yrkesprogram i kommunen, 81,7 procent, understiger både länets 87,2 procent och rikets 85,9 procent.', behorighet);
  T('comparison', 'Behörigheten i kommunen var 81,7 procent jämfört med länets 87,2 procent.', behorighet);
  F('comparison', 'Rikssnittet var 86,9 procent.', behorighet, 'wrong_value', '86,9 procent');
  F('comparison', 'Andelen behöriga till yrkesprogram ligger 5,2 procentenheter under rikssnittet.', behorighet, 'wrong_value', '5,2 procentenheter');
  F('comparison', 'Andelen behöriga elever var 2,4 procentenheter lägre än i riket.', behorighet, 'wrong_value', '2,4 procentenheter');
  F('comparison', 'Kommungruppens snitt för behörighet till yrkesprogram var 85 procent.', behorighet, 'wrong_value', '85 procent');
  F('comparison', 'Behörigheten till yrkesprogram i kommunen, 81,7 procent, understiger både länets 87,2 procent och rikets 89,5 procent.', behorighet, 'wrong_value', '89,5 procent');
  T('comparison', 'Väntetiden till särskilt boende var 55 dagar 2023, vilket är kortare än i riket där den var 70 dagar.', omsorg);
  T('comparison', 'Förtroendet för personalen i hemtjänsten var 87 procent, att jämföra med 85 procent i hela landet.', omsorg);
  T('comparison', 'Snittet för Stockholms län var 83 procent, medan andelen i kommunen med förtroende för personalen i hemtjänsten var 87 procent.', omsorg);
  T('comparison', 'Väntetiden till särskilt boende är kortare än i jämförbara kommuner (58 dagar).', omsorg);
  T('comparison', 'Andelen med förtroende för personalen i hemtjänsten ligger över rikssnittet.', omsorg);
  T('comparison', 'Jämfört med föregående år, då väntetiden till särskilt boende var 62 dagar, har den minskat till 55 dagar.', omsorg);
  T('comparison', 'Nationellt var väntetiden till särskilt boende i genomsnitt 70 dagar.', omsorg);
  F('comparison', 'Väntetiden till särskilt boende var 55 dagar 2023, vilket är kortare än i riket där den var 65 dagar.', omsorg, 'wrong_value', '65 dagar');
  F('comparison', 'Förtroendet för personalen i hemtjänsten var 87 procent, att jämföra med 88 procent i hela landet.', omsorg, 'wrong_value', '88 procent');
  F('comparison', 'Snittet för Stockholms län var 81 procent, medan andelen i kommunen med förtroende för personalen i hemtjänsten var 87 procent.', omsorg, 'wrong_value', '81 procent');
  F('comparison', 'Väntetiden till särskilt boende är kortare än i jämförbara kommuner (52 dagar).', omsorg, 'wrong_value', '52 dagar');
  F('comparison', 'Väntetiden till särskilt boende är längre än genomsnittet för jämförbara kommuner.', omsorg, 'wrong_value', 'längre än genomsnittet för jämförbara kommuner');
  F('comparison', 'Andelen med förtroende för personalen i hemtjänsten ligger under rikssnittet.', omsorg, 'wrong_value', 'under rikssnittet');
  F('comparison', 'Jämfört med föregående år, då väntetiden till särskilt boende var 64 dagar, har den minskat till 55 dagar.', omsorg, 'wrong_value', '64 dagar');
  F('comparison', 'Nationellt var väntetiden till särskilt boende i genomsnitt 75 dagar.', omsorg, 'wrong_value', '75 dagar');
}

// ---------------------------------------------------------------- money-scale
{
  const ekonomi = doc({
    org: 'soc', year: 2023, title: 'Nämnden håller sin budget',
    notes: ['Investeringarna uppgick till 1,25 miljarder kronor 2023.'],
    indicators: [
      ind('resultat-budget', 'Resultat i förhållande till budget', 'tkr', 'higher', [['2022', -4300], ['2023', 12680]]),
      ind('nettokostnad-bistand', 'Nettokostnad för ekonomiskt bistånd', 'mnkr', 'lower', [['2022', 84.2], ['2023', 91.5]]),
    ],
  });
  const investering = doc({
    org: 'ks', year: 2023, title: 'Investeringarna genomförs enligt plan',
    indicators: [
      ind('investeringsvolym', 'Investeringsvolym', 'mdkr', 'none', [['2022', 1.1], ['2023', 1.4]]),
      ind('budgetavvikelse', 'Budgetavvikelse för driften', 'tusen kronor', 'higher', [['2022', 1250], ['2023', -2310]]),
    ],
  });
  const aldre = doc({
    org: 'aldre', year: 2023, scale: 'god', title: 'God ekonomisk hushållning i äldreomsorgen',
    indicators: [
      ind('nettokostnad-aldre', 'Nettokostnad äldreomsorg', 'tkr', 'lower', [['2022', 412500], ['2023', 436800]]),
      ind('nettokostnad-80', 'Nettokostnad per invånare 80 år och äldre', 'kr', 'lower', [['2022', 198400], ['2023', 205100]]),
    ],
  });
  T('money-scale', 'Nettokostnaden för äldreomsorgen var 0,44 mdkr.', aldre);
  T('money-scale', 'Äldreomsorgens nettokostnad ökade med 5,9 procent till 436,8 miljoner kronor.', aldre);
  T('money-scale', 'Nettokostnaden per invånare 80 år och äldre var 205,1 tkr 2023.', aldre);
  T('money-scale', 'Kostnaden för äldreomsorgen blev 436,8 miljoner, vilket är 13,2 miljoner under budget.', aldre);
  F('money-scale', 'Nettokostnaden för äldreomsorgen var 0,46 mdkr.', aldre, 'wrong_value', '0,46 mdkr');
  F('money-scale', 'Äldreomsorgens nettokostnad ökade med 9,5 procent till 436,8 miljoner kronor.', aldre, 'wrong_value', '9,5 procent');
  F('money-scale', 'Nettokostnaden per invånare 80 år och äldre var 250,1 tkr 2023.', aldre, 'wrong_value', '250,1 tkr');
  F('money-scale', 'Nettokostnaden för äldreomsorgen ökade med 42,3 miljoner kronor.', aldre, 'wrong_value', '42,3 miljoner kronor');
  T('money-scale', 'Nämnden redovisar ett överskott mot budget på 12,7 mnkr för 2023.', ekonomi);
  T('money-scale', 'Resultatet mot budget blev +12 680 tkr 2023, efter ett underskott på 4,3 miljoner kronor 2022.', ekonomi);
  T('money-scale', 'Nettokostnaden för ekonomiskt bistånd ökade till 91,5 miljoner kronor 2023.', ekonomi);
  T('money-scale', 'Nettokostnaden för ekonomiskt bistånd var 91 500 tkr 2023.', ekonomi);
  T('money-scale', 'Nettokostnaden för ekonomiskt bistånd blev 91,5 milj. kr 2023.', ekonomi);
  F('money-scale', 'Nettokostnaden för ekonomiskt bistånd blev 19,5 milj. kr 2023.', ekonomi, 'wrong_value', '19,5 milj. kr');
  T('money-scale', 'Investeringsvolymen var 1,4 md kr 2023.', investering);
  F('money-scale', 'Investeringsvolymen var 4,1 md kr 2023.', investering, 'wrong_value', '4,1 md kr');
  T('money-scale', 'Nettokostnaden för ekonomiskt bistånd ökade med 7,3 mnkr till 91,5 mnkr.', ekonomi);
  T('money-scale', 'Investeringarna uppgick till 1 250 mnkr 2023.', ekonomi);
  T('money-scale', 'Investeringsvolymen uppgick till 1 400 miljoner kronor 2023.', investering);
  T('money-scale', 'Budgetavvikelsen för driften var −2,3 mnkr 2023.', investering);
  F('money-scale', 'Nämnden redovisar ett överskott mot budget på 16,8 mnkr för 2023.', ekonomi, 'wrong_value', '16,8 mnkr');
  F('money-scale', 'Resultatet mot budget blev 12 680 tkr 2023, efter ett underskott på 3,4 miljoner kronor 2022.', ekonomi, 'wrong_value', '3,4 miljoner kronor');
  F('money-scale', 'Nettokostnaden för ekonomiskt bistånd ökade till 95,1 miljoner kronor 2023.', ekonomi, 'wrong_value', '95,1 miljoner kronor');
  F('money-scale', 'Nettokostnaden för ekonomiskt bistånd var 9 150 tkr 2023.', ekonomi, 'wrong_value', '9 150 tkr');
  F('money-scale', 'Nettokostnaden för ekonomiskt bistånd ökade med 8,3 mnkr till 91,5 mnkr.', ekonomi, 'wrong_value', '8,3 mnkr');
  F('money-scale', 'Investeringarna uppgick till 1,52 miljarder kronor 2023.', ekonomi, 'wrong_value', '1,52 miljarder kronor');
  F('money-scale', 'Investeringsvolymen uppgick till 1 100 miljoner kronor 2023.', investering, 'wrong_value', '1 100 miljoner kronor');
  F('money-scale', 'Budgetavvikelsen för driften var −3,2 mnkr 2023.', investering, 'wrong_value', '−3,2 mnkr');
}

// ---------------------------------------------------------------- date
{
  const forskola = doc({
    org: 'bun', kind: 'delarsrapport', year: 2024, asOf: '2024-08-31', title: 'Alla barn får plats i förskolan i tid',
    indicators: [ind('ko-forskola', 'Antal barn i kö till förskola', 'antal', 'lower', [['2023', 112], ['2024-04', 96], ['2024-08', 74]], [['2024', 'etappmal', 80]])],
  });
  T('date', 'Per den 31 augusti 2024 stod 74 barn i kö till förskolan, vilket är under etappmålet 80.', forskola);
  T('date', 'Den 30 april 2024 var 96 barn i kö till förskolan och vid delårsbokslutet 74.', forskola);
  T('date', 'Kön till förskolan har minskat sedan årsskiftet och var 74 barn den 31 augusti.', forskola);
  T('date', 'Vid utgången av april 2024 var antalet barn i förskolekön 96.', forskola);
  T('date', 'Per 2024-08-31 var 74 barn i kö till förskolan.', forskola);
  T('date', 'Sedan den 1 januari 2024 har kön till förskolan minskat.', forskola);
  T('date', 'Kön till förskolan var 96 barn i slutet av april.', forskola);
  F('date', 'Kön till förskolan var 74 barn i slutet av april.', forskola, 'wrong_value', '74 barn');
  F('date', 'Per den 31 augusti 2024 stod 96 barn i kö till förskolan.', forskola, 'wrong_value', '96');
  F('date', 'Den 30 april 2024 var 74 barn i kö till förskolan.', forskola, 'wrong_value', '74');
  F('date', 'Kön till förskolan har minskat sedan årsskiftet och var 84 barn den 31 augusti.', forskola, 'wrong_value', '84 barn');
  F('date', 'Vid utgången av april 2024 var antalet barn i förskolekön 74.', forskola, 'wrong_value', '74');
  F('date', 'Per 2024-04-30 var 74 barn i kö till förskolan.', forskola, 'wrong_value', '74');
  F('date', 'Sedan den 1 januari 2024 har kön till förskolan ökat.', forskola, 'wrong_trend_claim', 'ökat');
}

// ---------------------------------------------------------------- from-to-years
{
  const bygg = doc({
    org: 'msb', year: 2023, title: 'Snabb och rättssäker myndighetsutövning',
    indicators: [
      ind('handlaggning-bygglov', 'Genomsnittlig handläggningstid för bygglov', 'dagar', 'lower', [['2020', 48], ['2021', 44], ['2022', 39], ['2023', 35]], [['2023', 'etappmal', 40]]),
      ind('inspekterade-omraden', 'Antal inspekterade förorenade områden', 'antal', 'higher', [['2021', 120], ['2022', 105], ['2023', 95]]),
    ],
  });
  T('from-to-years', 'Handläggningstiden för bygglov har kortats från 48 till 35 dagar under perioden 2020–2023.', bygg);
  T('from-to-years', 'Under åren 2021–2023 minskade antalet inspekterade förorenade områden från 120 till 95.', bygg);
  T('from-to-years', 'Sedan 2020 har handläggningstiden för bygglov minskat från 48 till 35 dagar.', bygg);
  T('from-to-years', 'Handläggningstiden för bygglov gick från 44 dagar år 2021 till 35 dagar år 2023.', bygg);
  T('from-to-years', 'Mellan 2021 och 2023 har antalet inspekterade områden gått ner från 120 till 95.', bygg);
  T('from-to-years', 'Jämfört med 2021 har antalet inspekterade områden minskat från 120 till 95.', bygg);
  T('from-to-years', 'Under perioden 2020 till 2023 har handläggningstiden för bygglov minskat från 48 till 35 dagar.', bygg);
  F('from-to-years', 'Under perioden 2020 till 2023 har handläggningstiden för bygglov minskat från 44 till 35 dagar.', bygg, 'wrong_value', '44');
  F('from-to-years', 'Handläggningstiden för bygglov har kortats från 44 till 35 dagar under perioden 2020–2023.', bygg, 'wrong_value', '44');
  F('from-to-years', 'Under åren 2021–2023 minskade antalet inspekterade förorenade områden från 105 till 95.', bygg, 'wrong_value', '105');
  F('from-to-years', 'Sedan 2020 har handläggningstiden för bygglov minskat från 44 till 35 dagar.', bygg, 'wrong_value', '44');
  F('from-to-years', 'Handläggningstiden för bygglov gick från 48 dagar år 2021 till 35 dagar år 2023.', bygg, 'wrong_value', '48 dagar');
  F('from-to-years', 'Mellan 2021 och 2023 har antalet inspekterade områden gått ner från 120 till 105.', bygg, 'wrong_value', '105');
  F('from-to-years', 'Mellan 2021 och 2023 har antalet inspekterade områden ökat från 120 till 95.', bygg, 'wrong_trend_claim', 'ökat');
  F('from-to-years', 'Jämfört med 2022 har antalet inspekterade områden minskat från 120 till 95.', bygg, 'wrong_value', '120');
}

// ---------------------------------------------------------------- paraphrased-trend
{
  const personal = doc({
    org: 'ks', year: 2023, title: 'Kommunen är en attraktiv arbetsgivare',
    indicators: [
      ind('sjukfranvaro', 'Sjukfrånvaro bland kommunens medarbetare, procent av arbetad tid', '%', 'lower', [['2022', 8.1], ['2023', 7.4]]),
      ind('personalomsattning', 'Personalomsättning, andel tillsvidareanställda som slutat', '%', 'lower', [['2022', 12.3], ['2023', 14.1]]),
      ind('heltid', 'Andel heltidsanställda medarbetare', '%', 'higher', [['2022', 78], ['2023', 81]]),
      ind('hme', 'Medarbetarengagemang (HME), index', 'index', 'higher', [['2022', 79], ['2023', 77]]),
    ],
  });
  const tillsyn = doc({
    org: 'msb', year: 2023, scale: 'three', title: 'Tillsynen är förebyggande och likvärdig',
    indicators: [
      ind('tillsynsbesok', 'Andel planerade tillsynsbesök som genomförts', '%', 'higher', [['2022', 81], ['2023', 88]], [['2023', 'etappmal', 85]]),
      ind('avslutade-klagomal', 'Andel klagomålsärenden som avslutats inom åtta veckor', '%', 'higher', [['2022', 74], ['2023', 69]]),
    ],
  });
  T('paraphrased-trend', 'Andelen genomförda tillsynsbesök ökade under 2023.', tillsyn);
  T('paraphrased-trend', 'Färre klagomålsärenden avslutades inom åtta veckor, och andelen avslutade ärenden minskade.', tillsyn);
  F('paraphrased-trend', 'Andelen genomförda tillsynsbesök minskade under 2023.', tillsyn, 'wrong_trend_claim', 'minskade');
  F('paraphrased-trend', 'Andelen avslutade klagomålsärenden har ökat jämfört med 2022.', tillsyn, 'wrong_trend_claim', 'ökat');
  T('paraphrased-trend', 'Sjuktalen har minskat under året.', personal);
  T('paraphrased-trend', 'Personalomsättningen har ökat jämfört med 2022.', personal);
  T('paraphrased-trend', 'Andelen medarbetare som arbetar heltid har ökat.', personal);
  T('paraphrased-trend', 'Engagemanget bland medarbetarna har minskat något.', personal);
  T('paraphrased-trend', 'Sjukskrivningarna bland personalen har minskat.', personal);
  F('paraphrased-trend', 'Sjuktalen har ökat under året.', personal, 'wrong_trend_claim', 'ökat');
  F('paraphrased-trend', 'Personalomsättningen har minskat jämfört med 2022.', personal, 'wrong_trend_claim', 'minskat');
  F('paraphrased-trend', 'Andelen medarbetare som arbetar heltid har minskat.', personal, 'wrong_trend_claim', 'minskat');
  F('paraphrased-trend', 'Engagemanget bland medarbetarna har ökat.', personal, 'wrong_trend_claim', 'ökat');
  F('paraphrased-trend', 'Sjukskrivningarna bland personalen har ökat.', personal, 'wrong_trend_claim', 'ökat');
}

// ---------------------------------------------------------------- signed-change (a deficit named by its size)
{
  const budget = doc({
    org: 'aldre', year: 2023, title: 'Äldreomsorgen bedrivs inom budget',
    indicators: [ind('budgetavvikelse-hemtjanst', 'Budgetavvikelse, hemtjänst', 'mnkr', 'higher', [['2022', -4.2], ['2023', -1.8]])],
  });
  T('signed-change', 'Underskottet i hemtjänsten minskade under 2023.', budget);
  T('signed-change', 'Hemtjänstens negativa avvikelse mot budget har minskat jämfört med 2022.', budget);
  T('signed-change', 'Budgetavvikelsen för hemtjänsten förbättrades under 2023.', budget);
  T('signed-change', 'Hemtjänsten redovisar ett underskott på 1,8 miljoner kronor 2023.', budget);
  T('signed-change', 'Underskottet i hemtjänsten minskade med 2,4 miljoner kronor jämfört med 2022.', budget);
  T('signed-change', 'Budgetavvikelsen för hemtjänsten blev −1,8 mnkr 2023, en förbättring med 2,4 mnkr.', budget);
  F('signed-change', 'Hemtjänsten redovisar ett underskott på 2,8 miljoner kronor 2023.', budget, 'wrong_value', '2,8 miljoner kronor');
  F('signed-change', 'Underskottet i hemtjänsten minskade med 4,2 miljoner kronor jämfört med 2022.', budget, 'wrong_value', '4,2 miljoner kronor');
  F('signed-change', 'Budgetavvikelsen för hemtjänsten blev +1,8 mnkr 2023.', budget, 'wrong_value', '+1,8 mnkr');
  F('signed-change', 'Hemtjänsten redovisar ett överskott på 1,8 miljoner kronor 2023.', budget, 'wrong_value', '1,8 miljoner kronor');
  F('signed-change', 'Underskottet i hemtjänsten ökade under 2023.', budget, 'wrong_trend_claim', 'ökade');
  F('signed-change', 'Hemtjänstens negativa avvikelse mot budget har ökat jämfört med 2022.', budget, 'wrong_trend_claim', 'ökat');
  F('signed-change', 'Budgetavvikelsen för hemtjänsten försämrades under 2023.', budget, 'wrong_trend_claim', 'försämrades');
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '..', 'train-round3.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`train-round3.jsonl: ${entries.length} lines`);
