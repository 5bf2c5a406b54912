// Every sentence of published prose in the three seeds that makes a claim about the data, in
// document order (seed 000, the verksamhetsberättelse 2022; seed 001, the verksamhetsplan 2026;
// seed 002, the delårsrapport 2019). Footnote markers glued to words in the PDF text
// ("medarbetarenkät3", "avveckling8") are dropped; everything else is as printed.
import { doc, ind } from './lib.mjs';

const VB = 'seed:000_5e05cd125b55ac0f.txt';
const VP = 'seed:001_dde0d99bbb62ae36.txt';
const DR = 'seed:002_d787fa566a312a6d.txt';

const vb = (goalId, text, level) => ({ source: VB, report: 'vb-2022', goalId, text, level });
const vp = (goalId, text) => ({ source: VP, report: 'vp-2026', goalId, text });

// --- The delårsrapport 2019: minimal documents holding exactly what each sentence rests on.
const drOrg = { id: 'huddinge-socialnamnden', name: 'Socialnämnden', municipality: 'Huddinge' };
const drDoc = (goal) => ({
  ...doc({ org: drOrg, kind: 'delarsrapport', year: 2019, asOf: '2019-03-31', ...goal }),
});
const eq = { equality: { unexplainedDifferences: false } };
const antalAnstallda = ind('antal-anstallda', 'Antal anställda', 'antal', 'none', [['2019-02', 438, { breakdown: { kvinnor: 369, män: 69 } }]], [], eq);
const antalChefer = ind('antal-anstallda-chefer', 'Antal anställda chefer', 'antal', 'none', [['2019-02', 29, { breakdown: { kvinnor: 28, män: 1 } }]], [], eq);
const sjukTotal = (withAug = true) =>
  ind(
    'sjukfranvaro-total',
    'Sjukfrånvaro (total)',
    '%',
    'lower',
    [
      ...(withAug ? [['2018-08', 5.3, { note: 'Nivån i augusti 2018 enligt rapportens text' }]] : []),
      ['2019-02', 5.7, { rolling: true, breakdown: { kvinnor: 5.7, män: 5.2 } }],
    ],
    [['2019', 'etappmal', 'keep', 'Mål 2019: Behåll']],
    eq,
  );
const kortTid = ind('korttidssjukfranvaro', 'Korttidssjukfrånvaro (1-14 dagar)', '%', 'lower', [['2019-02', 2.4, { rolling: true, breakdown: { kvinnor: 2.4, män: 2.5 } }]], [['2019', 'etappmal', 'keep', 'Mål 2019: Behåll']], eq);
const langTid = ind('langtidssjukfranvaro', 'Långtidssjukfrånvaro (över 180 dagar)', '%', 'lower', [['2019-02', 1.6, { rolling: true, breakdown: { kvinnor: 1.7, män: 0.9 } }]], [['2019', 'etappmal', 'keep', 'Mål 2019: Behåll']], eq);
const goda = (indicators, notes = []) => drDoc({ goalId: 'goda-forutsattningar', area: 'Attraktiv arbetsgivare', title: 'Goda förutsättningar', indicators, notes });

const uaForebyggande = [
  'IPS-metoden ska användas inom individ- och familjeomsorgen i arbetet med unga vuxna för att förebygga utanförskap',
  'Medverkande i framtagandet av utvecklingsplan för tre av Huddinges kommundelar.',
  'En festival, Mitt143, ska genomföras i Vårby inom ramen för Samkraft',
  'Digitalisering av ledningsprocesser samt stödprocesser i nytt systemverktyg',
  'Utrullning av digitalt systemstöd för planering, uppföljning och systematiskt kvalitetsarbete',
  'Arbeta fram nya arbetssätt för att strukturerat arbeta med den korta sjukfrånvaron',
  'Fortsatt arbete kring arbetssättet för den ekonomiska styrningen.',
  'Utveckla arbetet kring internkontroll inom ekonomiprocessen.',
];
const uaSamverkan = [
  'Samutredningar mellan olika enheter inom individ- och familjeomsorgen ska användas för att kunna utreda hela familjesituationen och ge ett samlat stöd.',
  'Utbildningsinsatser som ökar förutsättningarna till digital delaktighet.',
  'Ta fram struktur för arbetssätt med ny företagshälsovård.',
  'Arbeta fram en ny rutin kring processen obetalda kundfakturor.',
];
const halsaDoc = drDoc({
  goalId: 'fler-upplever-god-halsa',
  area: 'God omsorg för individen',
  title: 'Fler upplever god hälsa',
  activities: [
    { title: 'Långsiktigt och förebyggande arbete', kind: 'utvecklingsatagande', status: 'Troligen klart i år', followUp: 'Inom IFO löper arbetet med IPS riktat mot unga vuxna enligt plan.' },
    ...uaForebyggande.map((title) => ({ title, kind: 'aktivitet', extra: { utvecklingsatagande: 'Långsiktigt och förebyggande arbete' } })),
  ],
  notes: ['En del av utvecklingen av det preventiva arbetet har fått stå tillbaka då finansiering via statsmedel uteblivit.'],
});
const vardDoc = drDoc({
  goalId: 'fler-upplever-god-vard-och-omsorg',
  area: 'God omsorg för individen',
  title: 'Fler upplever god vård och omsorg',
  activities: [
    { title: 'Utvecklad samverkan', kind: 'utvecklingsatagande', status: 'Blir klart i år', followUp: 'Aktiviteten rörande samutredningar pågår enligt plan inom IFO.' },
    ...uaSamverkan.map((title) => ({ title, kind: 'aktivitet', extra: { utvecklingsatagande: 'Utvecklad samverkan' } })),
  ],
});
const forsorjningDoc = drDoc({
  goalId: 'fler-i-egen-forsorjning',
  area: 'Fler i jobb',
  title: 'Fler i egen försörjning',
  activities: [
    {
      title: 'IPS-metoden ska användas inom individ- och familjeomsorgen i arbetet med unga vuxna för att förebygga utanförskap. (IPS=Individual Placement and Support)',
      kind: 'aktivitet',
      followUp: 'Arbetet med IPS för unga vuxna pågår och det är kö till insatsen.',
    },
    {
      title: 'En festival, Mitt143, ska genomföras i Vårby inom ramen för Samkraft',
      kind: 'aktivitet',
      followUp: 'Arbetet med planeringen inför festivalen löper enligt plan.',
      extra: { description: 'Målet med aktiviteten är att ge 25 ungdomar arbetslivserfarenhet.' },
    },
  ],
  notes: ['Målet med aktiviteten Mitt143 är att ge 25 ungdomar arbetslivserfarenhet.'],
});
const processDoc = drDoc({
  goalId: 'okad-processorientering',
  area: 'Systematisk kvalitetsutveckling',
  title: 'Ökad processorientering',
  activities: [
    {
      title: 'Digitalisering av ledningsprocesser samt stödprocesser i nytt systemverktyg',
      kind: 'aktivitet',
      followUp: 'Arbetet löper enligt plan. En projektbeställning är under framtagande, och projektet med att digitalisera ledningssystemet och processerna beräknas starta i oktober.',
    },
  ],
});
const digitalDoc = drDoc({
  goalId: 'god-anvandning-av-digitaliseringens-mojligheter',
  area: 'Systematisk kvalitetsutveckling',
  title: 'God användning av digitaliseringens möjligheter',
  activities: [
    {
      title: 'Utrullning av digitalt systemstöd för planering, uppföljning och systematiskt kvalitetsarbete',
      kind: 'aktivitet',
      followUp:
        'Arbetet med att implementera det digitala systemstödet inom förvaltningen löper enligt plan. Till delår 1 har utrullning med grundutbildning och skrivarstugor skett för verksamhetschefer, sektionschefer, stabschefer samt utvecklingsledare. För enhetschefer inom individ och familjeomsorgen planeras grundutbildning att ske i maj.',
    },
  ],
});
const dr = (d, text) => ({ source: DR, report: d, goalId: d.goals[0].id, text });

export const seedSentences = [
  // ---------------- Verksamhetsberättelse 2022 (seed 000)
  vb('g1', 'Nämndens måluppfyllnad gällande ekonomisk hållbarhet har uppfyllts i hög grad då verksamheten under flera år uppnått positiva ekonomiska resultat och samtliga enheter inom nämndens verksamhet har en hög ekonomisk medvetenhet.', 'hog'),
  vb('g2', 'Den totala sjukfrånvaron har ökat jämfört med föregående år.'),
  vb('g2', 'Däremot har resultaten i medarbetarenkäten förbättrats, vilket gör att målet om att vara en attraktiv arbetsgivare delvis får anses vara uppnått.', 'delvis'),
  vb('g3', 'Måluppfyllnaden för nämndens mål inom det sociala hållbarhetsmålet har uppnåtts i hög grad.', 'hog'),
  vb('g4', 'Nya resultatindikatorer för året har gjort att verksamheten bättre kan följa effekterna av insatserna.'),
  vb('g5', 'Nämndens måluppfyllnad inom det ekologiska hållbarhetsmålet är inte uppfyllt då utfasningen av fossildrivna fordon inte följts enligt beslutad avvecklingsplan.', 'ej'),
  vb('g5', 'Nämndens etappmål för 2022, skjuts på till 2023.'),
  vb('g2', 'Den totala sjukfrånvaron har ökat under året trots att ett aktivt och systematiskt rehabiliteringsarbete har bedrivits.'),
  vb('g2', 'Den korta sjukfrånvaron har ökat något medan sjuktalet för de långa sjukskrivningarna har minskat något.'),
  vb('g2', 'Däremot har det skett en försämring inom måttet för arbetsrelaterad utmattning och för målkvalitet.'),
  vb('g2', 'Personalomsättningen inom nämndens verksamheter har ökat under året.'),
  vb('g2', 'Den systematiska kontroll som handlat om att bevaka prestationsnivån i medarbetarenkäten har fallit väl ut.'),
  vb('g2', 'Då prestationsnivån de senaste fyra åren legat över riktvärdet som indikerar om organisationen har stor förmåga och kraft att förändras och löper liten risk för ohälsa, bör den systematiska kontrollen avslutas från och med nästa år.'),
  // g1 motivation
  vb('g1', 'Socialnämnden redovisar ett positivt utfall mot budget med 13,5 miljoner kronor.'),
  vb('g1', 'Utvecklingen av nettokostnadsavvikelsen är mer positiv än etappmålet och även nettokostnaden per invånare har minskat.'),
  vb('g1', 'Den ökade ekonomiska medvetenheten inom verksamheterna bedöms ha haft en positiv påverkan på nettokostnadsutvecklingen.'),
  vb('g1', 'Bedömningen är därför att målet är uppfyllt i hög grad.', 'hog'),
  // g1 analysis
  vb('g1', 'Nettokostnadsavvikelsen presenteras normalt ett halvår efter årsbokslut och resultatet ovan rör därför 2021.'),
  vb('g1', '2022 års resultat redovisas först sommaren 2023.'),
  vb('g1', 'Nämnden kommer att se över om det finns bättre indikatorer som kan komplettera bilden av verksamhetens effektivitet inför verksamhetsplanen 2023.'),
  vb('g1', 'Indikatorerna nettokostnadsavvikelse och nettokostnad individ- och familjeomsorgen kronor per invånare inkluderar även kostnader för ekonomiskt bistånd, vilket i Huddinge ingår inom gymnasie- och arbetsmarknadsnämndens ansvar.'),
  vb('g1', 'Nettokostnadsavvikelsen för individ- och familjeomsorgen fortsätter att uppvisa en positiv utveckling över tid.'),
  vb('g1', 'Verksamheternas ekonomiska medvetenhet bedöms ha gett effekt på såväl nettokostnaderna som nettokostnadsavvikelsen.'),
  vb('g1', 'Utöver det effektiviseringsarbete som pågått i verksamheterna har personalkostnader och därigenom nettokostnaderna minskat under 2021.'),
  vb('g1', 'Arbetet har gett effekt såtillvida att utredningstiderna har förkortats något och det är färre utredningar som tar längre tid än 90 dagar jämfört med tidigare år.'),
  // g2 motivation
  vb('g2', 'Den totala sjukfrånvaron har inte minskat och därmed nås inte etappmålet om 6,5 procent.'),
  vb('g2', 'Sjukfrånvaron har i stället ökat något under året.'),
  vb('g2', 'Däremot har prestationsnivån, medarbetarprofil och ledarskapsprofil i medarbetarenkäten förbättrats från föregående år varför nämndens samlade bedömning är att nämndmålet delvis uppnås.', 'delvis'),
  // g2 analysis
  vb('g2', 'Trots detta har den totala sjukfrånvaron ökat med 0,8 procentenheter till och med november 2022 jämfört med samma period 2021.'),
  vb('g2', 'I årets medarbetarenkät har värdet för prestationsnivå, medarbetarprofil samt ledarskapsprofil förbättrats jämfört med föregående år.'),
  vb('g2', 'Prestationsnivå är ett samlingsmått som mäter vilka förutsättningar för hälsa och utveckling som finns i organisationen utifrån elva områden som fångas upp i medarbetarenkäten.'),
  vb('g2', 'Nämndens värde gällande prestationsnivån för 2022 års medarbetarenkät har ökat till 74,7 jämfört med föregående år, då värdet var 73,8.'),
  vb('g2', 'Värdet visar att prestationsnivån i nämnden är hög.'),
  vb('g2', 'En varningsklocka är dock att det skett en försämring inom två av mätområdena: arbetsrelaterad utmattning och målkvalitet, vilket i förlängningen kan bidra till ohälsa och ett högre sjuktal.'),
  vb('g2', 'Nämndens värde för HME har minskat från 81,9 till 81,5 men ligger samtidigt över rikssnittet som är 80.'),
  vb('g2', 'Svarsfrekvensen i årets medarbetarenkät är 89 procent med 309 svarande av 347.'),
  vb('g2', 'Motsvarande siffra för 2021 var en svarsfrekvens på 93 procent (297 svarande av 321) och för 2020 en svarsfrekvens på 90 procent (293 svarande av 326).'),
  // g3 motivation
  vb('g3', 'Den förebyggande verksamheten har under året utökats och fler har kunnat få stöd och hjälp.'),
  vb('g3', 'Det förebyggande arbetet har haft en positiv effekt inom samtliga av nämndens verksamhetsområden.'),
  vb('g3', 'Ett utökat och förbättrat preventionsarbete tillsammans med barn- och utbildningsförvaltningen, gymnasie- och arbetsmarknadsförvaltningen samt kultur- och fritidsförvaltningen har inneburit att fler i behov av stöd har kunnat nås i ett tidigt skede.'),
  vb('g3', 'Föräldrar som genomgått föräldrastödsinsatser värderar i hög grad att de fått stöd och vägledning i sin föräldraroll och värdet har ökat jämfört med föregående år.'),
  // g3 analysis
  vb('g3', 'Detta arbete har delvis finansierats genom statsbidraget mot segregation på 1,3 miljoner kronor där förebyggande verksamhet i kommunen genomförts i samarbete med kommunstyrelseförvaltningen, kultur- och fritidsförvaltningen samt barn- och utbildningsförvaltningen.'),
  vb('g3', 'Antalet föräldrarådgivare på grundskolorna och förskoleklasser i Vårby, Annersta och Skogås har utökats genom beviljade statsmedel på 9,3 miljoner kronor.'),
  vb('g3', 'Fler än tidigare söker stöd på familjecentralerna.'),
  vb('g3', 'Arbetet har finansierats via statsmedel på 1,2 miljoner kronor.'),
  vb('g3', 'Programmet ingår i ett forskningsprojekt via Karolinska Institutet utifrån en femgradig skala (1–5), där medelvärdet av samtliga svarande redovisas.'),
  vb('g3', 'Resultaten överstiger etappmålet för året.'),
  vb('g3', 'Under året har 14 grupper, med sammanlagt 69 deltagare, genomförts inom ramen för ABC 3–12 år och tre grupper med totalt 32 deltagare har genomförts inom ramen för ABC Tonår.'),
  // g4 motivation
  vb('g4', 'Nya indikatorer som speglar effekterna av insatserna har börjat mätas under året och resultat har inhämtats för flertalet områden.'),
  vb('g4', 'Etappmålen nås med marginal för fyra av indikatorerna och för tre av dem är trenden positiv trots att målen för året inte nås.'),
  vb('g4', 'En indikator ligger lågt under det satta etappmålet.'),
  vb('g4', 'De områden som främst visar på goda resultat är missbruksvården och arbetet med individer som vill lämna kriminella grupperingar.'),
  vb('g4', 'De områden där störst utmaningar återfinns är inom utredning barn och ungdom, vilket är starkt kopplat till kompetensförsörjningsutmaningen.'),
  vb('g4', 'Den samlade bedömningen är att stödet till nämndens målgrupper är framgångsrikt och håller en hög kvalitet.'),
  // g4 analysis
  vb('g4', 'Indikatorer som rör missbruksvården, socialpsykiatrin samt insatser för att bryta en kriminell bana nås med marginal.'),
  vb('g4', 'Arbetet med våld i nära relation samt insatser för ungdomar med missbruk når inte hela vägen upp till satt målvärde.'),
  vb('g4', 'Resultat för indikatorerna som rör fullföljd skolgång hos ungdomar som är placerade, har ännu inte publicerats.'),
  vb('g4', 'Resultatet för 2021 kommer att publiceras i början av 2023.'),
  vb('g4', 'Det har visat sig vara svårare att få in svar från barn- och ungdomsenheterna än vad som förväntats varför resultat saknas för två av indikatorerna.'),
  vb('g4', 'Handläggare har skickat ut enkäter till samtliga klienter efter varje avslutad utredning eller insats men endast ett fåtal svar från vårdnadshavare har inkommit.'),
  vb('g4', 'Resultatet är långt från det satta etappmålet för året.'),
  vb('g4', 'Då flertalet av ovanstående indikatorer var nya 2022 saknades data om nuläget vilket gjorde det svårt att sätta relevanta målvärden.'),
  vb('g4', 'Sammantaget är andelen avslutade utredningar inom lagstadgad tid för låg.'),
  vb('g4', 'Andelen utredningar som avslutats inom lagstadgad tid har förbättrats på barnenheten.'),
  vb('g4', 'På ungdomsenheten har andelen försämrats något.'),
  vb('g4', 'Andelen utredningar som avslutas utan insats är idag ca 50 procent.'),
  vb('g4', 'Verksamheten har under året påbörjat insatsen Samtal om våld till nio våldsutövare, vilket är samma antal som föregående år.'),
  vb('g4', 'Under året har 60 våldsutsatta fått insats inom den egna öppenvården bland annat utifrån metoden Samtal om frihet.'),
  vb('g4', 'Barn- respektive ungdomsenheten har inte kunnat redovisa ett resultat från brukarundersökningarna på grund av för lågt svarsdeltagande.'),
  vb('g4', 'Uppföljningen visar att en hög andel våldsutsatta upplever en förbättrad situation efter att ha fått stöd, trots att etappmålet för året inte nås.'),
  vb('g4', 'Enligt rapporten var resultaten i genomsnitt 63 procent att jämföras med Huddinges 77 procent.'),
  vb('g4', 'I arbetet med vuxna kriminella som velat bryta sin kriminella bana har sju personer under året fullföljt sin behandling och ej återkommit till socialtjänsten.'),
  vb('g4', 'Etappmålet nås i mycket hög grad då 100 procent av de som fullföljt insatsen inte återfallit i kriminalitet ett år efter att insatsen avslutats.'),
  vb('g4', 'Etappmålet på 50 procent sattes baserat på Kriminalstatistik från Brottsförebyggande rådet (BRÅ) om återfall i brott.'),
  vb('g4', 'Under perioden har sju av 18 personer avbrutit behandlingen i förtid, varav drygt hälften återkommit till socialtjänsten inom ett år.'),
  // g5 motivation
  vb('g5', 'Nämnden har inte lyckats fasa ut andelen fossilbränsleoberoende enligt plan.'),
  vb('g5', 'De tre fordon som fasats ut under året har ersatt redan tidigare fossilbränsleoberoende fordon varför andelsmåttet inte påverkats under året.'),
  vb('g5', 'Då utfasningen enlig tidigare fastställd plan för avveckling ej följts, kan nämnden inte anses har nått målet för året om minskade utsläpp.', 'ej'),
  // g5 analysis
  vb('g5', 'Därför har arbetet fokuserats på omställningen att övergå till fordon med fossilbränsleoberoende drivmedel vilket ska vara klart vid utgången av 2024.'),
  vb('g5', 'Under året har nämndens verksamheter beställt fyra fordon med förnyelsebara drivmedel.'),
  vb('g5', 'Tre av dessa har levererats och ersatt utslitna fordon.'),
  vb('g5', 'Då de fordon som ersatts sedan tidigare var klassade som miljöbilar har indikatorns andelsmått inte påverkats under året.'),
  vb('g5', 'De tre fordon som bytts ut har ersatt ett fordon som drevs på gas/bensin och två som drevs på el/bensin.'),
  vb('g5', 'Det får ändå anses bidra till en förbättring i att öka fossilbränsleoberoendet då de nya fordonen drivs på 100 procent el.'),
  vb('g5', 'Bilaga till nämndens delårsrapport 1, diarienummer SN-2021/2385'),
  vb('g5', 'En bil har beställts, men inte kunnat levereras på grund av produktionsstörningar i fabrikerna till följd av rådande brist på halvledare och komponenter till nybilsproduktion.'),
  vb('g5', 'På grund av nödvändiga omprioriteringar i berörda verksamheter har inga ytterligare fordon beställts.'),
  vb('g5', 'Nämnden når inte målet för året.'),
  vb('g5', 'De fordon som enligt plan skulle fasats ut under året skjuts på till verksamhetsåret 2023.'),

  // ---------------- Verksamhetsplan 2026 (seed 001)
  vp('g1', 'Nämnden har därför valt att följa hur många som nås av de tidiga insatserna.'),
  vp('g1', 'Under 2026 kommer socialförvaltningen i samverkan med övriga berörda förvaltningar ta fram nya handlingsplaner för att möta upp intentionerna i det nya *Programmet för trygghet och prevention*.'),
  vp('g2', 'Allt fler ungdomar dras idag in i nätverkskriminalitet och de blir allt yngre, vilket är en mycket oroväckande utveckling där nämndens verksamhet behöver ha fullt fokus på att stävja utvecklingen.'),
  vp('g2', '¹ Rätt kurva är ett evidensbaserat brottsförebyggande program som syftar till att fånga upp barn mellan 8-15 år som riskerar att hamna i grov kriminalitet'),
  vp('g3', 'Socialnämnden ska vara lätt att nå och nämnden kommer under 2026 stärka möjligheterna att möta barn, unga och familjer i deras egna närområden, särskilt i kommunens utsatta områden.'),
  vp('g5', 'Huddinge kommun har som mål att vara klimatneutralt till år 2040.'),
  vp('g5', 'Huddinge kommuns miljöprogram är kommunens övergripande styrande dokument för arbetet inom det ekologiska hållbarhetsperspektivet och är indelat inom sex temaområden.'),
  vp('g5', 'Inom nämndens verksamhetsområden har utsläppen från transporter den största påverkan på nämndens klimatpåverkan.'),
  vp('g5', 'Under året ligger fokus på att säkerställa att flygresor endast görs i enlighet med förvaltningens rutiner.'),
  vp('g6', 'Under 2025 har nämnden haft högre kostnader än budgeterat, främst till följd av höga prisökningar samt höga volymer.'),
  vp('g6', 'Enligt befolkningsprognosen förväntas volymerna inte öka märkbart de kommande åren.'),
  vp('g7', 'Under 2026 färdigställdes Individ och familjeomsorgens kompetensplan och under 2026 kommer verksamheterna att arbeta med planen och den kommer att följas upp under året.'),
  vp('g7', 'Verksamheten har en hög andel heltidsanställda och arbetet med att bibehålla den nivån fortgår under 2026.'),

  // ---------------- Delårsrapport per 31 mars 2019 (seed 002)
  dr(halsaDoc, 'Av dessa löper samtliga enligt plan förutom att en del av utvecklingen av det preventiva arbetet fått stå tillbaka då finansiering via statsmedel uteblivit.'),
  dr(vardDoc, 'Av dessa löper samtliga enligt plan varför arbetet med utvecklingsåtagandet får anses vara gott vid uppföljning per delår 1.'),
  dr(forsorjningDoc, 'Arbetet med IPS för unga vuxna pågår och det är kö till insatsen.'),
  dr(forsorjningDoc, 'Målet med aktiviteten är att ge 25 ungdomar arbetslivserfarenhet.'),
  dr(halsaDoc, 'Nämndens har åtta (8) aktiviteter som är kopplade till utvecklingsåtagandet om Långsiktigt och förebyggande arbete.'),
  dr(halsaDoc, 'Inom IFO löper arbetet med IPS riktat mot unga vuxna enligt plan.'),
  dr(vardDoc, 'Nämnden har fyra (4) aktiviteter som är kopplade till utvecklingsåtagandet om utvecklad samverkan.'),
  dr(processDoc, 'En projektbeställning är under framtagande, och projektet med att digitalisera ledningssystemet och processerna beräknas starta i oktober.'),
  dr(digitalDoc, 'Till delår 1 har utrullning med grundutbildning och skrivarstugor skett för verksamhetschefer, sektionschefer, stabschefer samt utvecklingsledare.'),
  dr(digitalDoc, 'För enhetschefer inom individ och familjeomsorgen planeras grundutbildning att ske i maj.'),
  dr(goda([antalAnstallda]), 'Socialnämnden har totalt 438 antal anställda per den 28 februari 2019. Av dessa är 84,2 procent kvinnor och 15,8 procent män.'),
  dr(
    goda([antalAnstallda], ['I SCB:s statistik från 2017 utgjorde kvinnor 88,3 procent av socialsekreterare, kuratorer och biståndsbedömare.']),
    'I SCBs statistik från 2017 utgjorde kvinnor 88,3 procent av socialsekreterare, kuratorer och biståndsbedömare, varför skillnaden inom nämndens verksamheter inte kan anses vara omotiverad.',
  ),
  dr(goda([antalChefer]), 'Socialnämnden har totalt 29 chefer per den 28 februari 2019, av dessa är 96,5 procent kvinnor och 3,5 procent män.'),
  dr(goda([sjukTotal()]), 'Det har skett en viss ökning av sjukfrånvaron, men nämnden ligger fortsatt på en låg nivå.'),
  dr(goda([sjukTotal()], ['Det kommunövergripande målet för 2019 är att sjukfrånvaron ska understiga 7 procent.']), 'Det kommunövergripande målet för 2019 är att sjukfrånvaron ska understiga 7 procent.'),
  dr(goda([sjukTotal()]), 'Socialnämndens mål för 2019 är att bevara de låga sjuktalen enligt nivån i augusti 2018 då utfallet var 5,3 procent.'),
  dr(goda([sjukTotal()]), 'Nämnden har inte lyckats nå etappmålet för 2019, då den totala sjukfrånvaron, r12 motsvarar 5,7 procent per den 28 februari 2019.'),
  dr(goda([sjukTotal()], ['Den totala sjukfrånvaron, r12, har ökat med 0,4 procentenheter jämfört med samma period 2018.']), 'Detta är en ökning med 0,4 procentenheter jämfört med samma period 2018.'),
  dr(
    goda([sjukTotal()], ['Sjukfrånvaron för kvinnor har ökat med 0,5 procentenheter och för män minskat med 0,6 procentenheter jämfört med 2018.']),
    'Andelen för kvinnor är 5,7 procent, en ökning med 0,5 procentenheter och för männen 5,2 procent, vilket är en minskning med 0,6 procentenheter jämfört med 2018.',
  ),
  dr(goda([sjukTotal()]), 'Nämndens totala sjukfrånvaro har ökat något.'),
  dr(goda([sjukTotal()], ['Ökningen av sjukfrånvaron återfinns inom förvaltningens stabsfunktioner.']), 'Denna ökning återfinns inom förvaltningens stabsfunktioner.'),
  dr(goda([sjukTotal()]), 'Individ- och familjeomsorgen har en fortsatt sjunkande sjukfrånvaro.'),
  dr(goda([kortTid], ['Korttidssjukfrånvaron, r12, har minskat något jämfört med 2018.']), 'Korttidssjukfrånvaron, r12 är 2,4 procent per den 28 februari 2019, vilket är en viss minskning jämfört med 2018.'),
  dr(
    goda([kortTid], ['Korttidssjukfrånvaron för kvinnor har minskat med 0,2 procentenheter och för män ökat med 0,2 procentenheter jämfört med 2018.']),
    'Kvinnornas andel har minskat med 0,2 procentenheter medan männens har ökat med 0,2 procentenheter jämför med 2018.',
  ),
  dr(goda([langTid]), 'Den totala långtidssjukfrånvaron (över 180 dagar), r12 per den 28 februari 2019 motsvarar totalt 1,6 procent.'),
  dr(goda([langTid], ['Långtidssjukfrånvaron, r12, har ökat med 0,2 procentenheter jämfört med samma period 2018.']), 'Totalt sett har den längre sjukfrånvaron ökat med 0,2 procentenheter jämfört med samma period 2018.'),
  dr(
    goda([langTid], ['Långtidssjukfrånvaron för kvinnor har ökat med 0,4 procentenheter och för män minskat med 0,7 procentenheter sedan 2018.']),
    'Kvinnornas andel har ökat med 0,4 procentenheter medan männens har minskat med 0,7 procentenheter sedan 2018.',
  ),
  dr(goda([sjukTotal()]), 'Socialnämndens mål för 2019 blir att bevara de låga sjuktalen på 5,3 procent.'),
  dr(
    goda([sjukTotal(false)], ['HR-enheten har noterat en ökning av sjukfrånvaron i intervallet 15-90 dagar.']),
    'HR-enheten har påbörjat ett strukturerat arbete med att följa upp statistiken kring sjukdomsintervallet 15-90 dagar, där vi noterat en ökning.',
  ),
];
