/**
 * @module Motivation texts for the checker's tests: every published motivation in data/, and
 * realistic texts written from the same data (as an official or the drafter would), all true.
 */
import { readFileSync } from 'node:fs';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';

export type ReportName = 'vb-2022' | 'vp-2026';

const docs = new Map<ReportName, ReportDocument>();

/** The demo report, parsed once; tests must not change it. */
export function demoDoc(name: ReportName): ReportDocument {
  const hit = docs.get(name);
  if (hit) return hit;
  const parsed = parseReportDocument(JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`data/${name}.json is invalid: ${JSON.stringify(parsed.issues)}`);
  docs.set(name, parsed.doc);
  return parsed.doc;
}

export interface TrueText {
  report: ReportName;
  goalId: string;
  /** The level the text argues for; undefined: the computed level. */
  level?: string;
  text: string;
  source: 'published' | 'written';
}

export function publishedTexts(): TrueText[] {
  return (['vb-2022', 'vp-2026'] as const).flatMap((report) =>
    demoDoc(report)
      .goals.filter((g) => g.published?.motivation)
      .map((g) => ({ report, goalId: g.id, level: g.published!.level, text: g.published!.motivation!, source: 'published' as const })),
  );
}

/** Written from the data in data/; every figure and claim in them is true. */
export const WRITTEN: TrueText[] = (
  [
    {
      report: 'vb-2022',
      goalId: 'g1',
      level: 'hog',
      text: 'Socialnämnden redovisar ett positivt utfall mot budget med 13,5 miljoner kronor, eller 3,1 procent. Nettokostnadsavvikelsen var −22,1 procent 2021 och är därmed bättre än etappmålet på −16,8 procent; 2022 års resultat redovisas först sommaren 2023. Nettokostnaden per invånare har minskat från 3 926 kronor 2020 till 3 804 kronor 2021. Intäkterna är 23,7 miljoner kronor högre än budget. Bedömningen är att målet är uppfyllt i hög grad.',
    },
    {
      report: 'vb-2022',
      goalId: 'g2',
      level: 'delvis',
      text: 'Sjukfrånvaron totalt har ökat från 7 procent 2021 till 7,8 procent 2022, en ökning med 0,8 procentenheter, och därmed nås inte etappmålet om 6,5 procent. Sjukfrånvaron bland män var 9,7 procent och bland kvinnor 7,4 procent. Prestationsnivån i medarbetarenkäten har ökat till 74,7 från 73,8 året innan och svarsfrekvensen var 89 procent. Målet bedöms därför vara delvis uppfyllt.',
    },
    {
      report: 'vb-2022',
      goalId: 'g3',
      level: 'hog',
      text: 'Föräldrar som deltagit i föräldrastödsinsatser ger i genomsnitt betyget 4,3 på en skala 1–5, vilket överstiger etappmålet 4. Värdet har ökat från 4,2 året innan. Under året har 14 grupper med sammanlagt 69 deltagare genomförts inom ABC 3–12 år. Bedömningen är att målet är uppfyllt i hög grad.',
    },
    {
      report: 'vb-2022',
      goalId: 'g4',
      level: 'hog',
      text: 'Etappmålet nås för vuxna som fått insats på beroendeenheten, där 80 procent nått målet med insatsen mot etappmålet 75 procent. Brukarbedömningen inom missbruksvården visar att 91 procent upplever en förbättrad situation, vilket överträffar etappmålet på 83 procent. Avhoppare från kriminell bana som inte återfallit i kriminalitet är 100 procent mot etappmålet 50 procent. Andelen vårdnadshavare som upplever en förbättrad situation är 38 procent och ligger långt under etappmålet 66 procent. Sammantaget bedöms målet vara uppfyllt i hög grad.',
    },
    {
      report: 'vb-2022',
      goalId: 'g5',
      level: 'ej',
      text: 'Andelen fordon med förnyelsebara drivmedel i fordonsflottan är 47,4 procent, samma som 2021, och ligger långt under etappmålet på 89 procent. Under året beställdes fyra fordon med förnyelsebara drivmedel. De tre fordon som bytts ut ersatte fordon som redan var klassade som miljöbilar. Målet är inte uppfyllt.',
    },
    {
      report: 'vp-2026',
      goalId: 'g1',
      level: 'hog',
      text: 'Den totala volymen barn, ungdomar och familjer som nås av tidiga insatser har ökat från 1 931 (2023) till 2 212 (2024) och ligger därmed över etappmålet 2 000. Antalet besök inom socialpsykiatrins förebyggande öppna insatser var 3 351 under 2024 och 2 658 till och med augusti 2025, vilket redan överstiger etappmålet 2 500. Antalet personer som får stöd genom personligt ombud var 182 under 2024 och når inte etappmålet 200. Målet bedöms vara uppfyllt i hög grad.',
    },
    {
      report: 'vp-2026',
      goalId: 'g2',
      level: 'delvis',
      text: 'Antalet vuxna som verksamheten tagit kontakt med i sitt uppsökande arbete mot kriminalitet var 54 under 2024 och överstiger etappmålet 30. Antalet vuxna som påbörjat insats för att lämna en kriminell bana var 22 under 2024, mot etappmålet 20. Andelen ungdomar som utretts utifrån aktualiseringsorsak grov kriminalitet och påbörjat insats minskade från 92 procent 2023 till 75 procent 2024 och ligger under etappmålet 85 procent. Målet bedöms vara delvis uppfyllt.',
    },
    {
      report: 'vp-2026',
      goalId: 'g4',
      level: 'hog',
      text: 'Tre av fyra etappmål nås med senast kända utfall. Andelen med skadligt bruk eller beroende som upplever att deras situation har förbättrats minskade från 88 procent 2023 till 77 procent 2024 och når inte etappmålet 85 procent. Andelen brukare inom socialpsykiatrins boendestöd som får den hjälp de vill ha ökade till 96 procent 2024, över etappmålet 95 procent. Målet bedöms vara uppfyllt i hög grad.',
    },
    {
      report: 'vp-2026',
      goalId: 'g5',
      level: 'ej',
      text: 'Andelen fordon med förnyelsebara drivmedel i fordonsflottan har ökat från 71,4 procent 2023 till 80 procent 2024 och var 81 procent i augusti 2025, men etappmålet 100 procent nås inte. Andelen flygresor i enlighet med riktlinjer var 88 procent i oktober 2025 mot etappmålet 92 procent. Huddinge kommun har som mål att vara klimatneutralt till år 2040. Målet är inte uppfyllt.',
    },
    {
      report: 'vp-2026',
      goalId: 'g6',
      level: 'ej',
      text: 'Budgethållningen var −3,9 procent enligt prognosen för 2025, efter 0,9 procent 2024, och etappmålet 0 procent nås inte. Nämnden har tilldelats en budget om 522,0 miljoner kronor för 2026, en ökning med 19,5 miljoner kronor eller 3,9 procent jämfört med 2025. Målet är inte uppfyllt.',
    },
    {
      report: 'vp-2026',
      goalId: 'g7',
      level: 'hog',
      text: 'Sjukfrånvaron har minskat från 7,2 procent 2023 till 6,6 procent 2024 och ligger under etappmålet 7,2 procent. Hållbart medarbetarengagemang (HME) har minskat från 84 till 82, samma nivå som etappmålet. Personalomsättningen inom individ- och familjeomsorgen var 8,6 i augusti 2025. Målet bedöms vara uppfyllt i hög grad.',
    },
    {
      report: 'vb-2022',
      goalId: 'g2',
      level: 'delvis',
      text: 'Sjukfrånvaron ligger på 7,8 procent och når därmed inte etappmålet 6,5 procent. Sjukfrånvaron har ökat jämfört med 2021, då den var 7 procent. Nämndens värde för HME har minskat från 81,9 till 81,5. Målet bedöms vara delvis uppfyllt.',
    },
    {
      report: 'vb-2022',
      goalId: 'g3',
      level: 'hog',
      text: 'Resultaten för föräldrastödsindikatorn överstiger etappmålet för året: 4,3 mot etappmålet 4. Föräldrarnas betyg för stöd och vägledning i föräldrarollen har ökat från 4,2 till 4,3. Målet bedöms vara uppfyllt i hög grad.',
    },
    {
      report: 'vb-2022',
      goalId: 'g4',
      level: 'hog',
      text: 'För vuxna som haft insats på grund av våld i nära relation nås inte etappmålet: 77 procent mot 85 procent. För ungdomar som är drogfria vid avslutad kontakt nås inte heller etappmålet, där utfallet är 73 procent mot etappmålet 90 procent. Brukarbedömningen av boendestöd inom socialpsykiatrin ökade från 90 procent 2021 till 94 procent 2022 och överstiger etappmålet 92 procent. Målet bedöms vara uppfyllt i hög grad.',
    },
    {
      report: 'vp-2026',
      goalId: 'g3',
      level: 'ej',
      text: 'Ett av fyra etappmål nås med senast kända utfall. Andelen barn utsatta för våld som uppnår målet med insatsen var 100 procent och överstiger etappmålet 90 procent. Andelen som anser att socialsekreteraren visat förståelse för deras situation var 79 procent 2024 och når inte etappmålet 80 procent. Andelen ärenden där insats påbörjats inom två månader vid oro om våld minskade från 47 procent 2024 till 39 procent i augusti 2025. Målet är inte uppfyllt.',
    },
  ] satisfies Omit<TrueText, 'source'>[]
).map((t) => ({ ...t, source: 'written' as const }));

export const ALL_TRUE: TrueText[] = [...publishedTexts(), ...WRITTEN];
