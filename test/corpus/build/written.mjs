// Sentences written for the held-out corpus: for every phenomenon at least four true and four
// false texts, in the voices of different committees, years and assessment scales. Each has its
// own minimal document. A false text carries exactly one contradiction (its `expect`).
import { doc, ind, luhn } from './lib.mjs';

export const written = [];
/** [code, span][] */
function E(phenomenon, truth, text, d, { expect = [], level, origin = 'person', goalId } = {}) {
  for (const [, span] of expect) if (!text.includes(span)) throw new Error(`span "${span}" not in "${text}"`);
  if (truth && expect.length) throw new Error(`true text with expect: ${text}`);
  if (!truth && !expect.length) throw new Error(`false text without expect: ${text}`);
  written.push({ phenomenon, truth, origin, report: d, goalId: goalId ?? d.goals[0].id, level, text, expect: expect.map(([code, span]) => ({ code, span })) });
}
const T = (ph, text, d, o) => E(ph, true, text, d, o);
const F = (ph, text, d, code, span, o = {}) => E(ph, false, text, d, { ...o, expect: [[code, span]] });

// ---------------------------------------------------------------- date
{
  const hemtjanst = doc({
    org: 'aldre', kind: 'delarsrapport', year: 2023, asOf: '2023-08-31',
    title: 'Äldre som har hemtjänst är nöjda med sin hjälp',
    indicators: [ind('nojda-hemtjanst', 'Andel brukare som är nöjda med hemtjänsten', '%', 'higher', [['2022', 88], ['2023-08', 91, { label: 'Utfall augusti 2023' }]], [['2023', 'etappmal', 90]])],
  });
  const behorighet = doc({
    org: 'utb', year: 2022, asOf: '2022-12-31', scale: 'three',
    title: 'Fler elever lämnar grundskolan med godkända betyg',
    indicators: [ind('behoriga-yrkesprogram', 'Andel elever i årskurs 9 som är behöriga till yrkesprogram', '%', 'higher', [['2021', 84.1], ['2022', 86.3]], [['2022', 'etappmal', 85]])],
  });
  T('date', 'Per den 31 augusti 2023 är andelen nöjda brukare i hemtjänsten 91 procent, vilket är över etappmålet på 90 procent.', hemtjanst);
  T('date', 'Brukarundersökningen besvarades mellan den 1 mars och den 30 april, och resultatet på 91 procent presenterades för nämnden den 21 september 2023.', hemtjanst);
  T('date', 'Läsårets slutbetyg sattes den 10 juni 2022 och andelen behöriga till yrkesprogram blev 86,3 procent.', behorighet);
  T('date', 'Enligt nämndens beslut den 14 december 2021 sattes etappmålet till 85 procent, och utfallet för 2022 blev 86,3 procent.', behorighet);
  F('date', 'Per den 31 augusti 2023 är andelen nöjda brukare i hemtjänsten 93 procent.', hemtjanst, 'wrong_value', '93 procent');
  F('date', 'Vid mättillfället den 31 augusti 2023 låg andelen nöjda brukare i hemtjänsten under etappmålet.', hemtjanst, 'wrong_target_claim', 'under etappmålet');
  F('date', 'Läsårets slutbetyg sattes den 10 juni 2022 och andelen behöriga till yrkesprogram blev 84,1 procent.', behorighet, 'wrong_period', '84,1 procent');
  F('date', 'Sammanställningen den 15 december 2022 visar att andelen behöriga till yrkesprogram har minskat jämfört med 2021.', behorighet, 'wrong_trend_claim', 'har minskat');
}

// ---------------------------------------------------------------- paragraph-ref
{
  const livsmedel = doc({
    org: 'msb', year: 2023, title: 'Tillsynen bidrar till säkra livsmedel',
    indicators: [ind('livsmedelskontroller-enligt-plan', 'Andel livsmedelskontroller som genomförts enligt plan', '%', 'higher', [['2022', 78], ['2023', 84]], [['2023', 'etappmal', 90]])],
  });
  const bibliotek = doc({
    org: 'kf', year: 2023, scale: 'god', title: 'Biblioteken är välbesökta mötesplatser',
    indicators: [ind('besok-bibliotek', 'Antal besök på biblioteken', 'antal', 'higher', [['2022', 412000], ['2023', 455300]])],
  });
  T('paragraph-ref', 'Enligt 10 kap. 8 § kommunallagen (2017:725) följs verksamheten upp årligen; andelen genomförda livsmedelskontroller ökade till 84 procent.', livsmedel);
  T('paragraph-ref', 'Kontrollplanen (dnr MSN 2022/1187) nåddes inte fullt ut: 84 procent av kontrollerna genomfördes mot etappmålet 90 procent.', livsmedel);
  T('paragraph-ref', 'Se bilaga 3, sidan 14, för en redovisning per kontrollområde enligt livsmedelslagen (SFS 2006:804).', livsmedel);
  T('paragraph-ref', 'Biblioteksplanen, antagen av kommunfullmäktige 2021-11-22 § 187, följs upp i denna rapport; besöken på biblioteken ökade till 455 300 under 2023.', bibliotek);
  F('paragraph-ref', 'Enligt 10 kap. 8 § kommunallagen följs verksamheten upp årligen; andelen genomförda livsmedelskontroller ökade till 86 procent.', livsmedel, 'wrong_value', '86 procent');
  F('paragraph-ref', 'Kontrollplanen (dnr MSN 2022/1187) uppfylldes, då etappmålet för andelen genomförda kontroller nåddes.', livsmedel, 'wrong_target_claim', 'etappmålet för andelen genomförda kontroller nåddes');
  F('paragraph-ref', 'I enlighet med 32 § livsmedelsförordningen (SFS 2006:813) redovisas att 78 procent av de planerade livsmedelskontrollerna genomfördes 2023.', livsmedel, 'wrong_period', '78 procent');
  F('paragraph-ref', 'Biblioteksplanen (KF 2021-11-22 § 187) följs upp här; besöken på biblioteken minskade under 2023.', bibliotek, 'wrong_trend_claim', 'minskade');
}

// ---------------------------------------------------------------- clock-time
{
  const fritid = doc({
    org: 'kf', year: 2023, title: 'Unga har en meningsfull fritid',
    indicators: [ind('oppettimmar-fritidsgardar', 'Antal öppettimmar per vecka på fritidsgårdarna', 'timmar', 'higher', [['2022', 96], ['2023', 104]])],
  });
  const boende = doc({
    org: 'aldre', year: 2023, scale: 'three', title: 'Äldre får en plats i särskilt boende när de behöver det',
    indicators: [ind('vantetid-sabo', 'Väntetid i antal dagar från ansökningsdatum till erbjudet boende', 'dagar', 'lower', [['2022', 74], ['2023', 61]], [['2023', 'etappmal', 60]])],
  });
  T('clock-time', 'Fritidsgårdarna har sedan i höstas öppet till kl. 22.00 på fredagar, och antalet öppettimmar per vecka ökade till 104.', fritid);
  T('clock-time', 'Trygghetsvandringar har genomförts mellan klockan 18.30 och 21.00; öppettimmarna på fritidsgårdarna var 104 per vecka under 2023.', fritid);
  T('clock-time', 'Biståndshandläggarna har telefontid kl. 8.15–9.30 varje vardag, och väntetiden till särskilt boende har kortats till 61 dagar.', boende);
  T('clock-time', 'Larmcentralen bemannas efter kl. 16.00 av egen personal; väntetiden till boende var 61 dagar, strax över etappmålet på 60 dagar.', boende);
  F('clock-time', 'Fritidsgårdarna har öppet till kl. 22.00 på fredagar, och antalet öppettimmar per vecka ökade till 108.', fritid, 'wrong_value', '108');
  F('clock-time', 'Trygghetsvandringar har genomförts mellan klockan 18.30 och 21.00, samtidigt som öppettimmarna på fritidsgårdarna minskade under 2023.', fritid, 'wrong_trend_claim', 'minskade');
  F('clock-time', 'Biståndshandläggarna har telefontid kl. 8.15–9.30, och väntetiden till särskilt boende har kortats till 58 dagar.', boende, 'wrong_value', '58 dagar');
  F('clock-time', 'Telefontiden är kl. 8.15–9.30 och väntetiden till särskilt boende, 61 dagar, klarar etappmålet.', boende, 'wrong_target_claim', 'klarar etappmålet');
}

// ---------------------------------------------------------------- year-range
{
  const gymnasiet = doc({
    org: 'utb', year: 2023, title: 'Fler ungdomar fullföljer gymnasieskolan',
    indicators: [ind('fullfoljt-gy-4-ar', 'Andel elever som fullföljt gymnasieutbildning inom fyra år', '%', 'higher', [['2019', 71.2], ['2020', 72.0], ['2021', 73.5], ['2022', 74.8], ['2023', 76.1]], [['2023', 'etappmal', 75]])],
  });
  const fordon = doc({
    org: 'msb', year: 2023, scale: 'three', title: 'Kommunens verksamheter minskar sina utsläpp',
    indicators: [ind('utslapp-fordon', 'Utsläpp av växthusgaser från kommunens fordon', 'ton koldioxidekvivalenter', 'lower', [['2020', 412], ['2021', 398], ['2022', 371], ['2023', 355]])],
  });
  T('year-range', 'Under perioden 2019–2023 har andelen som fullföljt gymnasiet inom fyra år ökat varje år, till 76,1 procent.', gymnasiet);
  T('year-range', 'Skolplanen för 2020–2024 sätter fokus på genomströmning, och 2023 års utfall på 76,1 procent överträffar etappmålet på 75 procent.', gymnasiet);
  T('year-range', 'Utsläppen från kommunens fordon har minskat varje år under perioden 2020–2023, i linje med klimatplanen för 2021–2030.', fordon);
  T('year-range', 'Klimatstrategin för 2024–2030 ska bygga vidare på minskningen, och under 2023 låg utsläppen från fordonen på 355 ton.', fordon);
  F('year-range', 'Under perioden 2019–2023 har andelen som fullföljt gymnasiet inom fyra år ökat varje år, till 75,1 procent.', gymnasiet, 'wrong_value', '75,1 procent');
  F('year-range', 'Skolplanen för 2020–2024 sätter fokus på genomströmning, men 2023 års utfall når inte etappmålet.', gymnasiet, 'wrong_target_claim', 'når inte etappmålet');
  F('year-range', 'Klimatstrategin för 2024–2030 bygger vidare på utvecklingen; under 2023 låg utsläppen från fordonen på 371 ton.', fordon, 'wrong_period', '371 ton');
  F('year-range', 'Utsläppen från kommunens fordon har ökat under perioden 2020–2023.', fordon, 'wrong_trend_claim', 'har ökat');
}

// ---------------------------------------------------------------- plan-year
{
  const fortroende = doc({
    org: 'aldre', kind: 'verksamhetsplan', year: 2026, title: 'Äldre har förtroende för hemtjänsten',
    indicators: [ind('fortroende-hemtjanst', 'Andel brukare som har förtroende för personalen i hemtjänsten', '%', 'higher', [['2023', 86], ['2024', 88], ['2025-08', 87, { label: 'Utfall augusti 2025' }]], [['2026', 'etappmal', 90], ['2030', 'malvarde', 93]])],
  });
  const forening = doc({
    org: 'kf', kind: 'verksamhetsplan', year: 2025, scale: 'god', title: 'Fler barn och unga deltar i föreningslivet',
    indicators: [ind('deltagartillfallen-7-20', 'Antal deltagartillfällen i föreningslivet för 7–20 år', 'antal', 'higher', [['2022', 182400], ['2023', 191050], ['2024', 196300]], [['2025', 'etappmal', 200000], ['2028', 'malvarde', 210000]])],
  });
  T('plan-year', 'Etappmålet för 2026 är att 90 procent av brukarna ska ha förtroende för personalen i hemtjänsten.', fortroende);
  T('plan-year', 'Till 2030 är målvärdet 93 procent; utfallet i augusti 2025 var 87 procent.', fortroende);
  T('plan-year', 'Under planperioden 2025–2027 ska deltagartillfällena öka, och etappmålet för 2025 är 200 000.', forening);
  T('plan-year', 'Nämnden planerar för 2025 med utgångspunkt i 2024 års utfall på 196 300 deltagartillfällen.', forening);
  F('plan-year', 'Etappmålet för 2026 är att 92 procent av brukarna ska ha förtroende för personalen i hemtjänsten.', fortroende, 'wrong_value', '92 procent');
  F('plan-year', 'Till 2030 är målvärdet 93 procent; utfallet i augusti 2025 var 88 procent.', fortroende, 'wrong_period', '88 procent');
  F('plan-year', 'Etappmålet för 2025 är 210 000 deltagartillfällen i föreningslivet.', forening, 'wrong_period', '210 000');
  F('plan-year', 'Nämnden planerar för 2025 med utgångspunkt i 2024 års utfall på 191 050 deltagartillfällen.', forening, 'wrong_period', '191 050');
}

// ---------------------------------------------------------------- age
{
  const kulturskola = doc({
    org: 'kf', year: 2023, title: 'Fler barn och unga tar del av kulturlivet',
    indicators: [ind('kulturskola-7-20', 'Andel barn och unga 7–20 år som deltar i kulturskolans verksamhet', '%', 'higher', [['2022', 14.2], ['2023', 15.0]], [['2023', 'etappmal', 15]])],
  });
  const hemtjanst80 = doc({
    org: 'vo', year: 2022, title: 'Äldre kan bo kvar hemma med stöd',
    indicators: [ind('hemtjanst-80', 'Antal personer 80 år och äldre med hemtjänst', 'antal', 'none', [['2021', 1240], ['2022', 1302]])],
  });
  T('age', 'Andelen barn och unga 7–20 år som deltar i kulturskolan ökade till 15,0 procent och etappmålet nås.', kulturskola);
  T('age', 'Särskilda satsningar har gjorts för barn 7–12 år i ytterområdena; totalt deltar 15 procent av barn och unga i kulturskolan.', kulturskola);
  T('age', 'Antalet personer 80 år och äldre med hemtjänst var 1 302 under 2022, jämfört med 1 240 året innan.', hemtjanst80);
  T('age', 'Bland de drygt 1 300 brukarna som är 80 år eller äldre finns flera som har fyllt 95 år.', hemtjanst80);
  F('age', 'Andelen barn och unga 7–20 år som deltar i kulturskolan ökade till 15,2 procent.', kulturskola, 'wrong_value', '15,2 procent');
  F('age', 'Andelen barn och unga 7–20 år som deltar i kulturskolan minskade under 2023.', kulturskola, 'wrong_trend_claim', 'minskade');
  F('age', 'Antalet personer 80 år och äldre med hemtjänst var 1 240 under 2022.', hemtjanst80, 'wrong_period', '1 240');
  F('age', 'Antalet personer 80 år och äldre med hemtjänst minskade jämfört med 2021.', hemtjanst80, 'wrong_trend_claim', 'minskade');
}

// ---------------------------------------------------------------- threshold-in-name
{
  const utredning = doc({
    org: 'soc', year: 2023, scale: 'three', title: 'Barn och unga får snabbt stöd',
    indicators: [ind('utredningar-120-dagar', 'Andel utredningar barn och unga som avslutats inom 120 dagar', '%', 'higher', [['2022', 81], ['2023', 87]], [['2023', 'etappmal', 85]])],
  });
  const bygglov = doc({
    org: 'msb', year: 2023, title: 'Handläggningen är snabb och rättssäker',
    indicators: [ind('bygglov-10-veckor', 'Andel bygglovsärenden som beslutats inom tio veckor', '%', 'higher', [['2022', 92], ['2023', 89]], [['2023', 'etappmal', 95]])],
  });
  T('threshold-in-name', 'Andelen utredningar som avslutats inom 120 dagar ökade till 87 procent och etappmålet på 85 procent nås.', utredning);
  T('threshold-in-name', 'Fler utredningar än tidigare blev klara inom 120 dagar: 87 procent jämfört med 81 procent året innan.', utredning);
  T('threshold-in-name', 'Andelen bygglov som beslutades inom tio veckor sjönk till 89 procent, vilket är under etappmålet på 95 procent.', bygglov);
  T('threshold-in-name', 'Andelen bygglovsärenden med beslut inom 10 veckor var 89 procent 2023.', bygglov);
  F('threshold-in-name', 'Andelen utredningar som avslutats inom 120 dagar ökade till 89 procent.', utredning, 'wrong_value', '89 procent');
  F('threshold-in-name', 'Andelen utredningar som avslutats inom 120 dagar ökade till 87 procent, men etappmålet nås inte.', utredning, 'wrong_target_claim', 'etappmålet nås inte');
  F('threshold-in-name', 'Andelen bygglov som beslutades inom tio veckor ökade till 89 procent.', bygglov, 'wrong_trend_claim', 'ökade');
  F('threshold-in-name', 'Andelen bygglovsärenden med beslut inom 10 veckor var 92 procent 2023.', bygglov, 'wrong_period', '92 procent');
}

// ---------------------------------------------------------------- list-number
{
  const skola = doc({
    org: 'bun', kind: 'verksamhetsplan', year: 2024, title: 'Alla elever når gymnasiebehörighet',
    indicators: [ind('behoriga-yrkesprogram', 'Andel elever behöriga till gymnasieskolans yrkesprogram', '%', 'higher', [['2022', 83.4], ['2023', 85.0]], [['2024', 'etappmal', 87]])],
  });
  const cykel = doc({
    org: 'tek', year: 2023, title: 'Det är enkelt att cykla i kommunen',
    indicators: [ind('nya-cykelvagar', 'Antal km nya cykelvägar', 'km', 'higher', [['2022', 3.2], ['2023', 4.8]], [['2023', 'etappmal', 5]])],
  });
  T('list-number', 'Nämnden prioriterar tre områden: 1. behörigheten till gymnasiet, som 2023 var 85,0 procent, 2. närvaron och 3. studiero.', skola);
  T('list-number', 'Åtgärd 2 i handlingsplanen, läsfrämjande insatser, syftar till att nå etappmålet på 87 procent.', skola);
  T('list-number', 'Av de prioriterade projekten (punkt 1–4 i investeringsplanen) har punkt 2 och 3 slutförts, och 4,8 km ny cykelväg har byggts.', cykel);
  T('list-number', 'Steg 1 av cykelplanen är genomfört och 4,8 km cykelväg tillkom under 2023, mot etappmålet 5 km.', cykel);
  F('list-number', 'Nämnden prioriterar tre områden: 1. behörigheten till gymnasiet, som 2023 var 83,4 procent, 2. närvaron och 3. studiero.', skola, 'wrong_period', '83,4 procent');
  F('list-number', 'Åtgärd 2 i handlingsplanen syftar till att nå etappmålet på 89 procent.', skola, 'wrong_value', '89 procent');
  F('list-number', 'Steg 1 av cykelplanen är genomfört och 5,8 km cykelväg tillkom under 2023.', cykel, 'wrong_value', '5,8 km');
  F('list-number', 'Steg 1 av cykelplanen är genomfört och etappmålet för nya cykelvägar har nåtts.', cykel, 'wrong_target_claim', 'etappmålet för nya cykelvägar har nåtts');
}

// ---------------------------------------------------------------- comparison
{
  const maten = doc({
    org: 'aldre', year: 2023, title: 'Äldre i särskilt boende har en god livskvalitet',
    indicators: [ind('nojda-maten-sabo', 'Andel brukare i särskilt boende som är nöjda med maten', '%', 'higher', [['2022', 71], ['2023', 74, { comparisons: { riket: 73, länet: 71 } }]], [['2023', 'etappmal', 75]])],
  });
  const kunskapskrav = doc({
    org: 'bun', year: 2023, scale: 'god', title: 'Eleverna når kunskapskraven',
    indicators: [ind('kunskapskrav-alla-amnen', 'Andel elever i årskurs 9 som uppnått kunskapskraven i alla ämnen', '%', 'higher', [['2023', 76.4]])],
  });
  T('comparison', 'Andelen nöjda med maten i särskilt boende ökade till 74 procent, vilket är något över rikssnittet på 73 procent.', maten);
  T('comparison', 'Resultatet på 74 procent ligger över länssnittet, som är 71 procent.', maten);
  T('comparison', 'Andelen elever som nått kunskapskraven i alla ämnen var 76,4 procent; i riket var motsvarande andel 73 procent.', kunskapskrav);
  T('comparison', 'Jämfört med föregående år har andelen nöjda med maten ökat med tre procentenheter.', maten);
  F('comparison', 'Andelen nöjda med maten ökade till 74 procent, vilket är något över rikssnittet på 72 procent.', maten, 'wrong_value', '72 procent');
  F('comparison', 'Länssnittet är 73 procent och nämndens resultat 74 procent.', maten, 'wrong_value', '73 procent');
  F('comparison', 'Jämfört med föregående år har andelen nöjda med maten minskat.', maten, 'wrong_trend_claim', 'minskat');
  F('comparison', 'Andelen nöjda med maten var 74 procent, jämfört med 73 procent föregående år.', maten, 'wrong_value', '73 procent');
  F('comparison', 'Andelen elever som nått kunskapskraven i alla ämnen var 76,4 procent, vilket är över rikssnittet på 73 procent.', kunskapskrav, 'ungrounded_number', '73 procent', { origin: 'model' });
}

// ---------------------------------------------------------------- number-word
{
  const gardar = doc({
    org: 'kf', year: 2023, scale: 'three', title: 'Unga har tillgång till mötesplatser',
    indicators: [ind('fritidsgardar-utokade', 'Antal fritidsgårdar med utökade öppettider', 'antal', 'higher', [['2022', 4], ['2023', 7]], [['2023', 'etappmal', 6]])],
  });
  const inspektioner = doc({
    org: 'msb', year: 2023, title: 'Förorenade områden åtgärdas',
    indicators: [ind('inspektioner-fororenade', 'Antal inspektioner av förorenade områden', 'antal', 'higher', [['2022', 260], ['2023', 300]], [['2023', 'etappmal', 280]])],
  });
  T('number-word', 'Under året fick sju fritidsgårdar utökade öppettider, vilket är fler än etappmålet om sex.', gardar);
  T('number-word', 'Antalet fritidsgårdar med utökade öppettider ökade från fyra till sju.', gardar);
  T('number-word', 'Under 2023 genomfördes trehundra inspektioner av förorenade områden.', inspektioner);
  T('number-word', 'Antalet inspektioner av förorenade områden ökade med fyrtio jämfört med 2022.', inspektioner);
  F('number-word', 'Under året fick åtta fritidsgårdar utökade öppettider.', gardar, 'wrong_value', 'åtta');
  F('number-word', 'Antalet fritidsgårdar med utökade öppettider ökade från tre till sju.', gardar, 'wrong_value', 'tre');
  F('number-word', 'Under 2023 genomfördes tvåhundrasextio inspektioner av förorenade områden.', inspektioner, 'wrong_period', 'tvåhundrasextio');
  F('number-word', 'Antalet inspektioner av förorenade områden minskade jämfört med 2022.', inspektioner, 'wrong_trend_claim', 'minskade');
  F('number-word', 'Under året fick sju fritidsgårdar utökade öppettider och elva nya fritidsledare anställdes.', gardar, 'ungrounded_number', 'elva', { origin: 'model' });
}

// ---------------------------------------------------------------- fraction
{
  const forskola = doc({
    org: 'bun', year: 2023, title: 'Vårdnadshavare är nöjda med förskolan',
    indicators: [ind('nojda-forskola', 'Andel vårdnadshavare som är nöjda med förskoleverksamheten', '%', 'higher', [['2022', 76], ['2023', 71]], [['2023', 'etappmal', 80]])],
  });
  const bistand = doc({
    org: 'soc', year: 2023, title: 'Fler går från bistånd till egen försörjning',
    indicators: [ind('langvarigt-bistand', 'Andel hushåll med ekonomiskt bistånd som har långvarigt bistånd', '%', 'lower', [['2022', 48.1], ['2023', 50.4]])],
  });
  const ensamhet = doc({
    org: 'aldre', year: 2023, scale: 'god', title: 'Äldre upplever en meningsfull vardag',
    indicators: [ind('ensamhet-sabo', 'Andel brukare i särskilt boende som ofta besväras av ensamhet', '%', 'lower', [['2022', 36], ['2023', 33]])],
  });
  const tillsyn = doc({
    org: 'msb', year: 2023, title: 'Verksamheter följer miljöbalken',
    indicators: [ind('tillsyn-avvikelse', 'Andel tillsynsbesök som lett till en avvikelse', '%', 'lower', [['2023', 20]])],
  });
  T('fraction', 'Sju av tio vårdnadshavare är nöjda med förskolan, vilket är färre än året innan.', forskola);
  T('fraction', 'Ungefär hälften av hushållen med ekonomiskt bistånd har långvarigt bistånd.', bistand);
  T('fraction', 'Var tredje brukare i särskilt boende besväras ofta av ensamhet, en minskning från året innan.', ensamhet);
  T('fraction', 'Vart femte tillsynsbesök ledde till en avvikelse.', tillsyn);
  F('fraction', 'Åtta av tio vårdnadshavare är nöjda med förskolan.', forskola, 'wrong_value', 'Åtta av tio');
  F('fraction', 'Ungefär en tredjedel av hushållen med ekonomiskt bistånd har långvarigt bistånd.', bistand, 'wrong_value', 'en tredjedel');
  F('fraction', 'Var tredje brukare i särskilt boende besväras ofta av ensamhet, en ökning från året innan.', ensamhet, 'wrong_trend_claim', 'en ökning');
  F('fraction', 'Vart tionde tillsynsbesök ledde till en avvikelse.', tillsyn, 'wrong_value', 'Vart tionde');
}

// ---------------------------------------------------------------- approximation
{
  const simhall = doc({
    org: 'kf', year: 2023, title: 'Fler invånare är fysiskt aktiva',
    indicators: [ind('besok-simhall', 'Antal besök i simhallen', 'antal', 'higher', [['2022', 188400], ['2023', 203650]])],
  });
  const usk = doc({
    org: 'vo', year: 2023, scale: 'three', title: 'Omsorgen utförs av kompetent personal',
    indicators: [ind('usk-utbildning', 'Andel medarbetare med undersköterskeutbildning', '%', 'higher', [['2022', 67.9], ['2023', 68.7]])],
  });
  T('approximation', 'Simhallen hade drygt 200 000 besök under 2023.', simhall);
  T('approximation', 'Besöken i simhallen ökade med cirka 15 000 jämfört med 2022.', simhall);
  T('approximation', 'Knappt 69 procent av medarbetarna har undersköterskeutbildning.', usk);
  T('approximation', 'Andelen medarbetare med undersköterskeutbildning ligger strax under 70 procent.', usk);
  F('approximation', 'Simhallen hade drygt 210 000 besök under 2023.', simhall, 'wrong_value', '210 000');
  F('approximation', 'Besöken i simhallen ökade med cirka 25 000 jämfört med 2022.', simhall, 'wrong_value', '25 000');
  F('approximation', 'Drygt 69 procent av medarbetarna har undersköterskeutbildning.', usk, 'wrong_value', 'Drygt 69 procent');
  F('approximation', 'Andelen medarbetare med undersköterskeutbildning ligger strax över 70 procent.', usk, 'wrong_value', 'strax över 70 procent');
  F('approximation', 'Simhallen hade drygt 200 000 besök, varav cirka 40 000 i morgonsimmet.', simhall, 'ungrounded_number', '40 000', { origin: 'model' });
}

// ---------------------------------------------------------------- range
{
  const matte = doc({
    org: 'bun', year: 2023, title: 'Eleverna har goda kunskaper i matematik',
    indicators: [ind('godkand-matte-ak6', 'Andel elever i årskurs 6 med godkänt betyg i matematik', '%', 'higher', [['2023', 84, { breakdown: { Centrum: 91, Norr: 78, Söder: 84 } }]])],
  });
  const handlaggning = doc({
    org: 'soc', year: 2023, scale: 'three', title: 'Ansökningar om ekonomiskt bistånd handläggs snabbt',
    indicators: [ind('handlaggningstid-bistand', 'Handläggningstid för ekonomiskt bistånd, median', 'dagar', 'lower', [['2023', 9]], [['2023', 'etappmal', 10]])],
  });
  const avfall = doc({
    org: 'tek', year: 2023, title: 'Mer avfall återvinns',
    indicators: [ind('materialatervinning', 'Andel hushållsavfall som materialåtervinns', '%', 'higher', [['2022', 32], ['2023', 34]])],
  });
  T('range', 'Andelen godkända i matematik varierar mellan 78 och 91 procent mellan kommundelarna.', matte);
  T('range', 'I kommundelarna ligger andelen godkända i matematik i spannet 78–91 procent, med ett snitt på 84 procent.', matte);
  T('range', 'Handläggningstiden var 9 dagar, inom det eftersträvade intervallet 7–10 dagar.', handlaggning);
  T('range', 'Andelen materialåtervunnet hushållsavfall ligger nu i intervallet 30–35 procent, med 34 procent för 2023.', avfall);
  F('range', 'Andelen godkända i matematik varierar mellan 78 och 94 procent mellan kommundelarna.', matte, 'wrong_value', '94 procent');
  F('range', 'I kommundelarna ligger andelen godkända i matematik i spannet 78–91 procent, med ett snitt på 86 procent.', matte, 'wrong_value', '86 procent');
  F('range', 'Handläggningstiden var 11 dagar, utanför det eftersträvade intervallet 7–10 dagar.', handlaggning, 'wrong_value', '11 dagar');
  F('range', 'Andelen materialåtervunnet hushållsavfall ligger nu i intervallet 35–40 procent.', avfall, 'wrong_value', '35–40 procent');
}

// ---------------------------------------------------------------- change-indicator
{
  const utlan = doc({
    org: 'kf', year: 2023, scale: 'god', title: 'Läsandet ökar',
    indicators: [ind('forandring-utlan', 'Förändring av antalet utlån jämfört med föregående år', '%', 'higher', [['2022', -3.1], ['2023', 2.4]])],
  });
  const budget = doc({
    org: 'aldre', year: 2023, title: 'Hemtjänsten bedrivs inom given budgetram',
    indicators: [ind('budgetavvikelse-hemtjanst', 'Budgetavvikelse hemtjänst', 'mnkr', 'higher', [['2022', -4.2], ['2023', -1.8]], [['2023', 'etappmal', 0]])],
  });
  T('change-indicator', 'Utlånen på biblioteken ökade med 2,4 procent under 2023, efter att ha minskat året innan.', utlan);
  T('change-indicator', 'Efter minskningen 2022 med 3,1 procent vände utvecklingen och utlånen ökade under 2023.', utlan);
  T('change-indicator', 'Underskottet i hemtjänsten minskade till 1,8 miljoner kronor.', budget);
  T('change-indicator', 'Budgetavvikelsen för hemtjänsten var fortsatt negativ, −1,8 miljoner kronor, men mindre än 2022.', budget);
  F('change-indicator', 'Utlånen på biblioteken minskade under 2023.', utlan, 'wrong_trend_claim', 'minskade');
  F('change-indicator', 'Utlånen på biblioteken ökade med 2,8 procent under 2023.', utlan, 'wrong_value', '2,8 procent');
  F('change-indicator', 'Underskottet i hemtjänsten ökade till 1,8 miljoner kronor.', budget, 'wrong_trend_claim', 'ökade');
  F('change-indicator', 'Hemtjänsten redovisade ett överskott på 1,8 miljoner kronor.', budget, 'wrong_value', 'överskott på 1,8 miljoner kronor');
}

// ---------------------------------------------------------------- signed-change
{
  const budgethallning = doc({
    org: 'soc', year: 2023, scale: 'three', title: 'Nämnden har en ekonomi i balans',
    indicators: [ind('budgethallning', 'Budgethållning', '%', 'higher', [['2022', 0.9], ['2023', -1.2]], [['2023', 'etappmal', 0]])],
  });
  const energi = doc({
    org: 'tek', year: 2023, title: 'Kommunens lokaler använder mindre energi',
    indicators: [ind('forandring-energi', 'Förändring av energianvändning i kommunens lokaler', '%', 'lower', [['2022', -2.0], ['2023', -4.5]], [['2023', 'etappmal', -3]])],
  });
  T('signed-change', 'Budgethållningen blev −1,2 procent 2023 och etappmålet om 0 procent nås inte.', budgethallning);
  T('signed-change', 'Från +0,9 procent 2022 försämrades budgethållningen till −1,2 procent.', budgethallning);
  T('signed-change', 'Energianvändningen i kommunens lokaler förändrades med −4,5 procent, bättre än etappmålet −3 procent.', energi);
  T('signed-change', 'Energianvändningen i kommunens lokaler minskade med 4,5 procent under 2023.', energi);
  F('signed-change', 'Budgethållningen blev +1,2 procent 2023.', budgethallning, 'wrong_value', '+1,2 procent');
  F('signed-change', 'Budgethållningen blev −1,2 procent 2023 och etappmålet nås.', budgethallning, 'wrong_target_claim', 'etappmålet nås');
  F('signed-change', 'Energianvändningen i kommunens lokaler förändrades med −2,0 procent under 2023.', energi, 'wrong_period', '−2,0 procent');
  F('signed-change', 'Energianvändningen i kommunens lokaler ökade med 4,5 procent under 2023.', energi, 'wrong_trend_claim', 'ökade');
}

// ---------------------------------------------------------------- procentenheter
{
  const sjuk = doc({
    org: 'aldre', year: 2023, scale: 'three', title: 'Medarbetarna har en god arbetsmiljö',
    indicators: [ind('sjukfranvaro', 'Sjukfrånvaro totalt', '%', 'lower', [['2022', 9.4], ['2023', 8.6]], [['2023', 'etappmal', 8.5]])],
  });
  const larare = doc({
    org: 'utb', year: 2023, title: 'Undervisningen bedrivs av behöriga lärare',
    indicators: [ind('legitimerade-larare', 'Andel legitimerade lärare', '%', 'higher', [['2022', 71.5], ['2023', 73.0]])],
  });
  T('procentenheter', 'Sjukfrånvaron minskade med 0,8 procentenheter till 8,6 procent.', sjuk);
  T('procentenheter', 'Sjukfrånvaron på 8,6 procent är 0,1 procentenheter över etappmålet.', sjuk);
  T('procentenheter', 'Andelen legitimerade lärare ökade med 1,5 procentenheter.', larare);
  T('procentenheter', 'Andelen legitimerade lärare är 73,0 procent, 1,5 procentenheter högre än 2022.', larare);
  F('procentenheter', 'Sjukfrånvaron minskade med 0,6 procentenheter till 8,6 procent.', sjuk, 'wrong_value', '0,6 procentenheter');
  F('procentenheter', 'Sjukfrånvaron minskade med 0,8 procent till 8,6 procent.', sjuk, 'wrong_unit', '0,8 procent');
  F('procentenheter', 'Andelen legitimerade lärare ökade med 2,5 procentenheter.', larare, 'wrong_value', '2,5 procentenheter');
  F('procentenheter', 'Andelen legitimerade lärare ökade med 1,5 procent till 73,0 procent.', larare, 'wrong_unit', '1,5 procent');
}

// ---------------------------------------------------------------- money-scale
{
  const foreningsbidrag = doc({
    org: 'kf', year: 2023, title: 'Ett starkt föreningsliv',
    indicators: [ind('foreningsbidrag', 'Föreningsbidrag', 'tkr', 'higher', [['2022', 11800], ['2023', 12400]])],
  });
  const overskott = doc({
    org: 'vo', year: 2023, scale: 'three', title: 'Verksamheten bedrivs inom budget',
    indicators: [ind('budgetavvikelse', 'Budgetavvikelse', 'mnkr', 'higher', [['2023', 3.2]], [['2023', 'etappmal', 0]])],
  });
  T('money-scale', 'Föreningsbidragen uppgick till 12,4 miljoner kronor 2023.', foreningsbidrag);
  T('money-scale', 'Bidragen till föreningslivet ökade med 600 tkr till 12 400 tkr.', foreningsbidrag);
  T('money-scale', 'Nämnden redovisar ett överskott mot budget på 3,2 mnkr.', overskott);
  T('money-scale', 'Överskottet på 3 200 tkr beror främst på vakanta tjänster.', overskott);
  F('money-scale', 'Föreningsbidragen uppgick till 12,4 miljarder kronor 2023.', foreningsbidrag, 'wrong_unit', '12,4 miljarder kronor');
  F('money-scale', 'Bidragen till föreningslivet ökade med 800 tkr till 12 400 tkr.', foreningsbidrag, 'wrong_value', '800 tkr');
  F('money-scale', 'Nämnden redovisar ett överskott mot budget på 3,2 tkr.', overskott, 'wrong_unit', '3,2 tkr');
  F('money-scale', 'Nämnden redovisar ett överskott mot budget på 2,3 mnkr.', overskott, 'wrong_value', '2,3 mnkr');
  F('money-scale', 'Föreningsbidragen uppgick till 12,4 miljoner kronor, varav 2,1 miljoner kronor gick till idrottsföreningar.', foreningsbidrag, 'ungrounded_number', '2,1 miljoner kronor', { origin: 'model' });
}

// ---------------------------------------------------------------- from-to-years
{
  const hvb = doc({
    org: 'soc', year: 2023, title: 'Färre barn behöver placeras utanför hemmet',
    indicators: [ind('barn-hvb', 'Antal barn placerade i HVB', 'antal', 'lower', [['2020', 42], ['2021', 37], ['2022', 31], ['2023', 28]])],
  });
  const eko = doc({
    org: 'ks', year: 2023, scale: 'god', title: 'Kommunen köper hållbara livsmedel',
    indicators: [ind('ekologiska-livsmedel', 'Andel ekologiska livsmedel i kommunens verksamheter', '%', 'higher', [['2019', 31], ['2020', 33], ['2021', 36], ['2022', 38], ['2023', 41]])],
  });
  T('from-to-years', 'Antalet barn placerade på HVB har minskat från 42 till 28 mellan 2020 och 2023.', hvb);
  T('from-to-years', 'Mellan 2021 och 2022 minskade antalet HVB-placerade barn från 37 till 31.', hvb);
  T('from-to-years', 'Andelen ekologiska livsmedel har ökat från 31 procent 2019 till 41 procent 2023.', eko);
  T('from-to-years', 'Från 2021 till 2023 ökade andelen ekologiska livsmedel med fem procentenheter.', eko);
  F('from-to-years', 'Antalet barn placerade på HVB har minskat från 42 till 31 mellan 2020 och 2023.', hvb, 'wrong_period', '31');
  F('from-to-years', 'Mellan 2021 och 2022 minskade antalet HVB-placerade barn från 39 till 31.', hvb, 'wrong_value', '39');
  F('from-to-years', 'Andelen ekologiska livsmedel har ökat från 33 procent 2019 till 41 procent 2023.', eko, 'wrong_period', '33 procent');
  F('from-to-years', 'Från 2021 till 2023 ökade andelen ekologiska livsmedel med sju procentenheter.', eko, 'wrong_value', 'sju procentenheter');
}

// ---------------------------------------------------------------- purpose-clause
{
  const plan = doc({
    org: 'aldre', year: 2023, scale: 'three', title: 'Omsorgen utgår från den enskildes behov',
    indicators: [ind('genomforandeplan', 'Andel brukare med aktuell genomförandeplan', '%', 'higher', [['2022', 78], ['2023', 82]], [['2023', 'etappmal', 95]])],
  });
  const sommarlov = doc({
    org: 'kf', year: 2023, title: 'Barn och unga har ett aktivt sommarlov',
    indicators: [ind('sommarlov-deltagare', 'Antal unika deltagare i sommarlovsaktiviteter', 'antal', 'higher', [['2022', 2380], ['2023', 2650]], [['2023', 'etappmal', 2800], ['2026', 'malvarde', 3000]])],
  });
  T('purpose-clause', 'För att nå målet om 95 procent har en checklista införts; andelen brukare med genomförandeplan var 82 procent.', plan);
  T('purpose-clause', 'Insatsen syftar till att alla brukare ska ha en aktuell genomförandeplan, i dag har 82 procent det.', plan);
  T('purpose-clause', 'Målet är att 3 000 barn ska delta i sommarlovsaktiviteterna till 2026; 2023 deltog 2 650.', sommarlov);
  T('purpose-clause', 'Sommarlovsaktiviteterna syftar till att fler barn ska ha en meningsfull fritid, och antalet deltagare ökade till 2 650.', sommarlov);
  F('purpose-clause', 'För att nå målet om 95 procent har en checklista införts; andelen brukare med genomförandeplan var 85 procent.', plan, 'wrong_value', '85 procent');
  F('purpose-clause', 'Insatsen syftar till att alla brukare ska ha en genomförandeplan, men andelen minskade under 2023.', plan, 'wrong_trend_claim', 'andelen minskade');
  F('purpose-clause', 'Målet är att 3 000 barn ska delta i sommarlovsaktiviteterna till 2026; 2023 deltog 2 380.', sommarlov, 'wrong_period', '2 380');
  F('purpose-clause', 'Sommarlovsaktiviteterna syftar till att fler barn ska ha en meningsfull fritid, och 2 650 deltagare innebär att etappmålet nås.', sommarlov, 'wrong_target_claim', 'etappmålet nås');
}

// ---------------------------------------------------------------- wish-clause
{
  const trygghet = doc({
    org: 'utb', kind: 'verksamhetsplan', year: 2025, title: 'Alla elever känner sig trygga i skolan',
    indicators: [ind('trygga-elever', 'Andel elever som känner sig trygga i skolan', '%', 'higher', [['2023', 84], ['2024', 83]], [['2025', 'etappmal', 88]])],
  });
  const bygglovstid = doc({
    org: 'msb', kind: 'verksamhetsplan', year: 2026, scale: 'three', title: 'Sökande får snabba besked',
    indicators: [ind('handlaggningstid-bygglov', 'Handläggningstid bygglov, median', 'veckor', 'lower', [['2023', 7], ['2024', 6], ['2025-08', 5, { label: 'Utfall augusti 2025' }]], [['2026', 'etappmal', 5]])],
  });
  T('wish-clause', 'Andelen elever som känner sig trygga ska öka till 88 procent under 2025.', trygghet);
  T('wish-clause', 'Alla elever ska känna sig trygga i skolan; 2024 svarade 83 procent att de gör det.', trygghet);
  T('wish-clause', 'Handläggningstiden för bygglov ska inte överstiga fem veckor, vilket också var utfallet i augusti 2025.', bygglovstid);
  T('wish-clause', 'Varje sökande ska få besked inom tio veckor enligt plan- och bygglagen; medianen var sex veckor 2024.', bygglovstid);
  F('wish-clause', 'Andelen elever som känner sig trygga ska öka till 90 procent under 2025.', trygghet, 'wrong_value', '90 procent');
  F('wish-clause', 'Alla elever ska känna sig trygga i skolan; 2024 svarade 84 procent att de gör det.', trygghet, 'wrong_period', '84 procent');
  F('wish-clause', 'Handläggningstiden för bygglov ska inte överstiga fem veckor; i augusti 2025 var den sju veckor.', bygglovstid, 'wrong_value', 'sju veckor');
  F('wish-clause', 'Varje sökande ska få besked inom tio veckor; medianen ökade till sex veckor 2024.', bygglovstid, 'wrong_trend_claim', 'ökade');
}

// ---------------------------------------------------------------- plan-future
{
  const konsthall = doc({
    org: 'kf', year: 2023, scale: 'god', title: 'Kulturen når fler invånare',
    indicators: [ind('besok-konsthall', 'Antal besökare på konsthallen', 'antal', 'higher', [['2022', 18200], ['2023', 21400]])],
  });
  const platser = doc({
    org: 'aldre', year: 2023, title: 'Det finns boenden för äldre med stora behov',
    indicators: [ind('platser-sabo', 'Antal platser i särskilt boende', 'antal', 'none', [['2022', 1180], ['2023', 1180]])],
  });
  T('plan-future', 'Konsthallen hade 21 400 besökare och kommer under 2024 att utöka sina öppettider.', konsthall);
  T('plan-future', 'En ny utställningshall planeras till 2025, då besöksantalet beräknas nå 30 000.', konsthall);
  T('plan-future', 'Antalet platser i särskilt boende var oförändrat, 1 180, men 60 nya platser kommer att öppna hösten 2024.', platser);
  T('plan-future', 'Under 2024 ska två nya boenden tas i bruk; antalet platser var 1 180 under 2023.', platser);
  F('plan-future', 'Konsthallen hade 24 100 besökare och kommer under 2024 att utöka sina öppettider.', konsthall, 'wrong_value', '24 100');
  F('plan-future', 'Konsthallen hade färre besökare än 2022, men kommer att utöka öppettiderna under 2024.', konsthall, 'wrong_trend_claim', 'färre besökare än 2022');
  F('plan-future', 'Antalet platser i särskilt boende ökade under 2023, och 60 nya platser kommer att öppna hösten 2024.', platser, 'wrong_trend_claim', 'ökade');
  F('plan-future', 'Under 2024 ska två nya boenden tas i bruk; antalet platser var 1 108 under 2023.', platser, 'wrong_value', '1 108');
  F('plan-future', 'Konsthallen hade 21 400 besökare, varav 3 900 skolelever, och kommer att utöka öppettiderna under 2024.', konsthall, 'ungrounded_number', '3 900', { origin: 'model' });
}

// ---------------------------------------------------------------- conditional
{
  const ateraktualisering = doc({
    org: 'soc', year: 2023, title: 'Insatserna ger varaktig effekt',
    indicators: [ind('ateraktualiseringar', 'Andel återaktualiseringar barn och unga inom ett år', '%', 'lower', [['2022', 22], ['2023', 19]], [['2023', 'etappmal', 20], ['2026', 'malvarde', 15]])],
  });
  const led = doc({
    org: 'tek', year: 2023, scale: 'three', title: 'Gatubelysningen är energieffektiv',
    indicators: [ind('led-belysning', 'Andel gatubelysning med LED', '%', 'higher', [['2022', 55], ['2023', 64]], [['2023', 'etappmal', 70]])],
  });
  T('conditional', 'Andelen återaktualiseringar minskade till 19 procent; om trenden håller i sig kan målvärdet 15 procent nås till 2026.', ateraktualisering);
  T('conditional', 'Om insatserna inte hade förstärkts hade andelen sannolikt legat kvar på 22 procent, som 2022.', ateraktualisering);
  T('conditional', 'Om upphandlingen blir klar i tid kan 80 procent av armaturerna vara LED vid nästa årsskifte; i dag är 64 procent utbytta.', led);
  T('conditional', 'Andelen LED-belysning var 64 procent, och om utbytet fortsätter i samma takt nås etappmålet först 2025.', led);
  F('conditional', 'Andelen återaktualiseringar minskade till 21 procent; om trenden håller i sig kan målvärdet nås till 2026.', ateraktualisering, 'wrong_value', '21 procent');
  F('conditional', 'Andelen återaktualiseringar ökade; om trenden fortsätter nås inte målvärdet till 2026.', ateraktualisering, 'wrong_trend_claim', 'ökade');
  F('conditional', 'Om upphandlingen blir klar i tid kan fler armaturer bytas; i dag är 46 procent utbytta.', led, 'wrong_value', '46 procent');
  F('conditional', 'Etappmålet för LED-belysning har nåtts, och om utbytet fortsätter är alla armaturer utbytta 2026.', led, 'wrong_target_claim', 'Etappmålet för LED-belysning har nåtts');
}

// ---------------------------------------------------------------- negation
{
  const prov = doc({
    org: 'bun', year: 2023, scale: 'god', title: 'Alla elever lär sig läsa tidigt',
    indicators: [ind('np-svenska-ak3', 'Andel elever i årskurs 3 som klarat nationella proven i svenska', '%', 'higher', [['2022', 78], ['2023', 74]], [['2023', 'etappmal', 80]])],
  });
  const lakemedel = doc({
    org: 'vo', year: 2023, title: 'Läkemedelshanteringen är säker',
    indicators: [ind('avvikelser-lakemedel', 'Antal avvikelser i läkemedelshanteringen', 'antal', 'lower', [['2022', 215], ['2023', 188]], [['2023', 'etappmal', 200]])],
  });
  T('negation', 'Etappmålet på 80 procent nås inte, då andelen sjönk till 74 procent.', prov);
  T('negation', 'Andelen som klarat de nationella proven ökade inte i år utan sjönk till 74 procent.', prov);
  T('negation', 'Antalet avvikelser i läkemedelshanteringen överstiger inte längre etappmålet; de var 188 under 2023.', lakemedel);
  T('negation', 'Avvikelserna har inte ökat utan minskat, från 215 till 188.', lakemedel);
  F('negation', 'Etappmålet på 80 procent nås inte, då andelen sjönk till 72 procent.', prov, 'wrong_value', '72 procent');
  F('negation', 'Etappmålet på 80 procent nås inte, trots att andelen ökade.', prov, 'wrong_trend_claim', 'andelen ökade');
  F('negation', 'Antalet avvikelser i läkemedelshanteringen når inte etappmålet.', lakemedel, 'wrong_target_claim', 'når inte etappmålet');
  F('negation', 'Avvikelserna i läkemedelshanteringen har inte minskat jämfört med 2022.', lakemedel, 'wrong_trend_claim', 'har inte minskat');
}

// ---------------------------------------------------------------- inverted-level
{
  const trygga = doc({
    org: 'aldre', year: 2023, scale: 'three', title: 'Äldre känner sig trygga i sitt boende',
    indicators: [ind('trygga-sabo', 'Andel brukare i särskilt boende som känner sig trygga', '%', 'higher', [['2022', 83], ['2023', 86]], [['2023', 'etappmal', 85]])],
  });
  const nojdaBibliotek = doc({
    org: 'kf', year: 2022, scale: 'god', title: 'Biblioteken möter besökarnas behov',
    indicators: [ind('nojda-bibliotek', 'Andel besökare som är nöjda med biblioteket', '%', 'higher', [['2021', 89], ['2022', 91]], [['2022', 'etappmal', 90]])],
  });
  T('inverted-level', 'Sammanfattningsvis bedöms målet som uppfyllt.', trygga, { level: 'uppfyllt' });
  T('inverted-level', 'Därför bedöms målet vara uppfyllt för 2023.', trygga, { level: 'uppfyllt' });
  T('inverted-level', 'Sammantaget bedöms måluppfyllelsen som god.', nojdaBibliotek, { level: 'god' });
  T('inverted-level', 'Mot denna bakgrund bedöms måluppfyllelsen vara god.', nojdaBibliotek, { level: 'god' });
  F('inverted-level', 'Sammanfattningsvis bedöms målet som delvis uppfyllt.', trygga, 'wrong_level', 'delvis uppfyllt', { level: 'uppfyllt' });
  F('inverted-level', 'Därför bedöms målet vara ej uppfyllt för 2023.', trygga, 'wrong_level', 'ej uppfyllt', { level: 'uppfyllt' });
  F('inverted-level', 'Sammantaget bedöms måluppfyllelsen som mycket god.', nojdaBibliotek, 'wrong_level', 'mycket god', { level: 'god' });
  F('inverted-level', 'Mot denna bakgrund bedöms måluppfyllelsen vara godtagbar.', nojdaBibliotek, 'wrong_level', 'godtagbar', { level: 'god' });
}

// ---------------------------------------------------------------- bedomer-att-level
{
  const tillsynsmal = doc({
    org: 'msb', year: 2023, title: 'Tillsynen är effektiv och rättssäker',
    indicators: [
      ind('planerad-kontroll', 'Andel livsmedelsanläggningar som fått planerad kontroll', '%', 'higher', [['2023', 96]], [['2023', 'etappmal', 95]]),
      ind('handlaggningstid-anmalan', 'Handläggningstid för anmälningsärenden', 'dagar', 'lower', [['2023', 23]], [['2023', 'etappmal', 21]]),
    ],
  });
  const utbMal = doc({
    org: 'utb', year: 2022, scale: 'god', title: 'Eleverna har en god lärmiljö',
    indicators: [ind('studiero', 'Andel elever som upplever studiero på lektionerna', '%', 'higher', [['2021', 64], ['2022', 66]], [['2022', 'etappmal', 70]])],
  });
  T('bedomer-att-level', 'Förvaltningen bedömer att målet är uppfyllt i hög grad.', tillsynsmal, { level: 'hog' });
  T('bedomer-att-level', 'Bedömningen är att målet i hög grad är uppfyllt, eftersom en av två indikatorer når sitt etappmål och den andra ligger nära.', tillsynsmal, { level: 'hog' });
  T('bedomer-att-level', 'Nämnden bedömer att måluppfyllelsen är godtagbar.', utbMal, { level: 'godtagbar' });
  T('bedomer-att-level', 'Måluppfyllelsen är godtagbar.', utbMal, { level: 'godtagbar' });
  F('bedomer-att-level', 'Förvaltningen bedömer att målet är helt uppfyllt.', tillsynsmal, 'wrong_level', 'helt uppfyllt', { level: 'hog' });
  F('bedomer-att-level', 'Bedömningen är att målet i hög grad är uppfyllt, eftersom båda indikatorerna når sina etappmål.', tillsynsmal, 'wrong_count', 'båda indikatorerna', { level: 'hog' });
  F('bedomer-att-level', 'Nämnden bedömer att måluppfyllelsen är god.', utbMal, 'wrong_level', 'god', { level: 'godtagbar' });
  F('bedomer-att-level', 'Måluppfyllelsen är mycket god.', utbMal, 'wrong_level', 'mycket god', { level: 'godtagbar' });
}

// ---------------------------------------------------------------- paraphrased-trend
{
  const bistand = doc({
    org: 'soc', year: 2023, scale: 'three', title: 'Fler invånare är självförsörjande',
    indicators: [ind('andel-ekonomiskt-bistand', 'Andel av befolkningen som erhållit ekonomiskt bistånd under året', '%', 'lower', [['2022', 3.1], ['2023', 2.8]], [['2023', 'etappmal', 3.0]])],
  });
  const kontinuitet = doc({
    org: 'aldre', year: 2023, title: 'Hemtjänsten ger trygghet genom kontinuitet',
    indicators: [ind('personalkontinuitet', 'Personalkontinuitet, antal personal som en hemtjänsttagare möter under 14 dagar', 'antal', 'lower', [['2022', 16], ['2023', 14]], [['2023', 'etappmal', 15]])],
  });
  T('paraphrased-trend', 'Färre invånare behövde försörjningsstöd under året; andelen sjönk till 2,8 procent.', bistand);
  T('paraphrased-trend', 'Biståndsberoendet i befolkningen har minskat och etappmålet nås.', bistand);
  T('paraphrased-trend', 'Hemtjänsttagarna möter nu färre olika medarbetare, i snitt 14 under en tvåveckorsperiod.', kontinuitet);
  T('paraphrased-trend', 'Kontinuiteten i hemtjänsten har förbättrats.', kontinuitet);
  F('paraphrased-trend', 'Fler invånare behövde försörjningsstöd under året.', bistand, 'wrong_trend_claim', 'Fler invånare behövde försörjningsstöd');
  F('paraphrased-trend', 'Biståndsberoendet i befolkningen har minskat till 2,6 procent.', bistand, 'wrong_value', '2,6 procent');
  F('paraphrased-trend', 'Kontinuiteten i hemtjänsten har försämrats.', kontinuitet, 'wrong_trend_claim', 'har försämrats');
  F('paraphrased-trend', 'Hemtjänsttagarna möter i snitt 16 olika medarbetare under en tvåveckorsperiod.', kontinuitet, 'wrong_period', '16');
}

// ---------------------------------------------------------------- breakdown
{
  const sjuk = doc({
    org: 'vo', year: 2023, title: 'Medarbetarna mår bra',
    indicators: [ind('sjukfranvaro', 'Sjukfrånvaro', '%', 'lower', [['2022', 8.9, { breakdown: { kvinnor: 9.6, män: 5.4 } }], ['2023', 8.2, { breakdown: { kvinnor: 8.8, män: 5.1 } }]])],
  });
  const behorighet = doc({
    org: 'bun', year: 2023, scale: 'god', title: 'Alla elever har möjlighet att gå vidare till gymnasiet',
    indicators: [ind('behoriga-gymnasiet', 'Andel elever som är behöriga till gymnasiet', '%', 'higher', [['2023', 86.0, { breakdown: { flickor: 88.5, pojkar: 83.7 } }]])],
  });
  T('breakdown', 'Sjukfrånvaron var 8,8 procent för kvinnor och 5,1 procent för män.', sjuk);
  T('breakdown', 'Sjukfrånvaron minskade för både kvinnor och män, till 8,8 respektive 5,1 procent.', sjuk);
  T('breakdown', 'Bland flickorna var 88,5 procent behöriga och bland pojkarna 83,7 procent.', behorighet);
  T('breakdown', 'Pojkarna hade lägre behörighet än flickorna, 83,7 procent mot 88,5 procent.', behorighet);
  F('breakdown', 'Sjukfrånvaron var 8,8 procent för kvinnor och 5,4 procent för män.', sjuk, 'wrong_period', '5,4 procent');
  F('breakdown', 'Sjukfrånvaron minskade för kvinnor men ökade för män.', sjuk, 'wrong_trend_claim', 'ökade för män');
  F('breakdown', 'Bland flickorna var 89,5 procent behöriga och bland pojkarna 83,7 procent.', behorighet, 'wrong_value', '89,5 procent');
  F('breakdown', 'Bland pojkarna var 86,0 procent behöriga till gymnasiet.', behorighet, 'wrong_value', '86,0 procent');
  F('breakdown', 'Sjukfrånvaron var 8,8 procent för kvinnor, 5,1 procent för män och 6,3 procent bland cheferna.', sjuk, 'ungrounded_number', '6,3 procent', { origin: 'model' });
}

// ---------------------------------------------------------------- personnummer
{
  const oro = doc({
    org: 'soc', year: 2023, title: 'Barn som far illa uppmärksammas tidigt',
    indicators: [ind('orosanmalningar', 'Antal orosanmälningar', 'antal', 'none', [['2022', 1985], ['2023', 2140]])],
  });
  const pnr = (yyyymmdd, nnn) => `${yyyymmdd}-${nnn}${luhn(yyyymmdd.slice(2) + nnn)}`;
  const pnr10 = (yymmdd, nnn) => `${yymmdd}-${nnn}${luhn(yymmdd + nnn)}`;
  T('personnummer', 'Antalet orosanmälningar ökade till 2 140 under 2023 (dnr SN 2023/0412).', oro);
  T('personnummer', 'Antalet orosanmälningar var 2 140 jämfört med 1 985 året innan.', oro);
  T('personnummer', 'Under perioden 2023-01-01–2023-12-31 inkom 2 140 orosanmälningar.', oro);
  T('personnummer', 'Ärendet registrerades 2023-04-12 under diarienummer SN-2023/1187, och antalet orosanmälningar under året var 2 140.', oro);
  const p1 = pnr('20110412', '395');
  const p2 = pnr10('850312', '123');
  const p3 = pnr10('451117', '882');
  const p4 = pnr('19920704', '238');
  F('personnummer', `Ett ärende gällande en pojke född 2011, personnummer ${p1}, har utretts under året.`, oro, 'personal_identity_number', p1);
  F('personnummer', `Orosanmälningarna ökade till 2 140; en av dem rörde ${p2}.`, oro, 'personal_identity_number', p2);
  F('personnummer', `En lex Sarah-anmälan gällande brukaren ${p3} har utretts och avslutats.`, oro, 'personal_identity_number', p3);
  F('personnummer', `Antalet orosanmälningar var 2 140. Ett av ärendena rör ${p4}, som nu har fått insats.`, oro, 'personal_identity_number', p4);
}
