/**
 * @module The checker for report-level texts: every figure must be a fact the section rests on
 * (at the precision it is written, so "9 miljoner" stands for 9,1), a deviation or difference must
 * lie on the side the text says ("högre än budget", "underskott", "minus"), a forecast must be
 * called one, counts of goals per level and the levels of goals and roll-ups must be the data's,
 * a delårsrapport's levels must be written as forecasts ("bedöms bli uppfyllt"), and activity
 * status claims must fit the recorded status through the documented map.
 */
import type { Finding, FindingCode, TextOrigin } from '../checker';
import type { ReportDocument } from '../report';
import { findNumbers, formatNumber, matchesAtPrecision, type NumberMention } from '../sv';
import { activityClassLabels, claimFits, statusClaims, type ActivityClass } from './activities';
import type { ReportAssessment } from '../assessment';
import { sectionFacts, type FactUnit, type NumberFact, type SectionFacts } from './facts';
import type { ReportSection } from './sections';
import { findLevelPhrases } from './levels';

const MONTHS =
  /^\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The text with every title of the report blanked (offsets kept): a title's figures are no claims. */
function blankTitles(text: string, titles: readonly string[]): string {
  let out = text;
  const lower = text.toLowerCase();
  for (const title of [...new Set(titles.map(norm))].sort((a, b) => b.length - a.length)) {
    if (title.length < 8) continue;
    const re = new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
    for (const m of lower.matchAll(re)) {
      const s = m.index ?? 0;
      out = out.slice(0, s) + ' '.repeat(m[0].length) + out.slice(s + m[0].length);
    }
  }
  return out;
}

function sentenceAround(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end };
}

function clauseAround(text: string, m: { start: number; end: number }): string {
  let start = m.start;
  while (start > 0 && !/[.!?\n;:,]/.test(text[start - 1]!)) start--;
  let end = m.end;
  // Decimal commas are inside the number's span already, so a comma here ends the clause.
  while (end < text.length && !/[.!?\n;,]/.test(text[end]!)) end++;
  return text.slice(start, end).toLowerCase();
}

const unitFits = (m: NumberMention, f: NumberFact): boolean => {
  if (f.unit === 'any') return true;
  const u = m.unit;
  if (u === undefined || u === 'antal' || u === 'index') return f.unit !== 'procentenheter' || u === undefined;
  if (u === 'procent') return f.unit === 'procent';
  if (u === 'procentenheter') return f.unit === 'procentenheter';
  if (u === 'mnkr' || u === 'tkr' || u === 'kr') return f.unit === u;
  if (u === 'kr/invånare' || u === 'dagar') return f.unit === u || f.unit === 'plain';
  return f.unit === ('plain' as FactUnit);
};

const OVER =
  /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:underskott\p{L}*|högre|mer|större|dyrare|överskrid\p{L}*|ökat|ökade|ökning\p{L}*|negativ\p{L}*|minus)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|över\s+budget/iu;
const UNDER =
  /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:överskott\p{L}*|lägre|mindre|billigare|minskat|minskade|minskning\p{L}*|positiv\p{L}*|plus)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|under\s+budget/iu;
const COMPARES =
  /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:än|mot|jämfört|avvikelse\p{L}*|underskott\p{L}*|överskott\p{L}*|minus|plus|positiv\p{L}*|negativ\p{L}*)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu;
/** Words that say a figure happened: a forecast written with them is called an outcome. */
const OUTCOME = new RegExp(
  `(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))(?:utfall\\p{L}*|blev|uppgick|uppgått|kostade|landade|slutade)(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))|har\\s+kostat`,
  'iu',
);
const DEVIATION = /avvikelse|överskott|underskott|(?:mindre|mer|högre|lägre)\s+än|mot\s+budget|jämfört\s+med/iu;
const FORECAST =
  /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:prognos\p{L}*|beräknas|beräknad\p{L}*|förväntas|förväntad\p{L}*|bedöms|väntas|kommer\s+att|pekar\s+på|blir|vid\s+årets\s+slut)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu;

/** The sign a clause claims for a money figure: over (costs above budget or earlier), under, or none. */
function claimedSign(clause: string): 'over' | 'under' | null {
  const over = OVER.test(clause);
  const under = UNDER.test(clause);
  if (over === under) return null;
  return over ? 'over' : 'under';
}

function isMoney(m: NumberMention) {
  return m.unit === 'mnkr' || m.unit === 'tkr' || m.unit === 'kr';
}

const finding = (
  severity: Finding['severity'],
  code: FindingCode,
  message: string,
  start: number,
  end: number,
  expected?: string,
): Finding => ({
  severity,
  code,
  message,
  start,
  end,
  facts: [],
  ...(expected !== undefined ? { expected } : {}),
});

/** Checks a report-level text against the facts of its section. Findings are sorted by position. */
/**
 * A section's text against its facts. `origin` as for a goal's text: a figure the facts do not hold
 * is an error in a model's (or an offline draft's) text, a warning in a person's.
 */
export function checkSectionFacts(doc: ReportDocument, facts: SectionFacts, text: string, origin: TextOrigin = 'model'): Finding[] {
  const ungrounded = origin === 'model' ? 'error' : 'warning';
  const read = blankTitles(text, facts.titles);
  const findings: Finding[] = [];
  const handled: { start: number; end: number }[] = [];
  const levels = findLevelPhrases(doc, read);
  const labelOf = (id: string) => facts.goals.find((g) => g.level === id)?.label ?? doc.scale?.levels.find((l) => l.id === id)?.label ?? id;
  const mentions = findNumbers(read);

  // Counts of goals per level: "tre av fem nämndmål bedöms som uppfyllda i hög grad".
  for (const [i, m] of mentions.entries()) {
    if (m.isYear || !Number.isInteger(m.value) || m.value < 0) continue;
    // The total of "tre av fem" is read with its count.
    const prev = mentions[i - 1];
    if (prev?.ofTotal !== undefined && prev.ofTotal === m.value && m.start - prev.end < 12) {
      if (handled.some((h) => h.start === prev.start)) handled.push({ start: m.start, end: m.end });
      continue;
    }
    const aboutGoals =
      /^\s*(?:av\s+(?:de\s+)?\S+\s+)?(?:av\s+)?(?:nämnd|kommunfullmäktige)?mål(?:en)?(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/u.test(
        read.slice(m.end, m.end + 60).toLowerCase(),
      );
    if (!aboutGoals) continue;
    const sentence = sentenceAround(read, m.start);
    const level = levels.find((l) => l.start >= m.end && l.end <= sentence.end);
    if (!level) continue;
    handled.push({ start: m.start, end: m.end }, { start: level.start, end: level.end });
    const actual = facts.goals.filter((g) => g.level === level.levelId).length;
    if (m.value !== actual) {
      findings.push(
        finding(
          'error',
          'rollup_count',
          `${formatNumber(actual)} av målen, inte ${m.text.trim()}, har nivån ${labelOf(level.levelId)}.`,
          m.start,
          m.end,
          formatNumber(actual),
        ),
      );
    }
    if (m.ofTotal !== undefined && m.ofTotal !== facts.goals.length) {
      findings.push(
        finding(
          'error',
          'rollup_total',
          `Avsnittet omfattar ${formatNumber(facts.goals.length)} mål, inte ${formatNumber(m.ofTotal)}.`,
          m.start,
          m.end,
          formatNumber(facts.goals.length),
        ),
      );
    }
  }

  // Levels of goals, roll-ups and the whole report.
  const section = facts.section;
  for (const hit of levels) {
    const sentence = sentenceAround(read, hit.start);
    const s = norm(text.slice(sentence.start, sentence.end));
    if (section.forecast && !FORECAST.test(s)) {
      findings.push(
        finding(
          'error',
          'forecast_tense',
          'I en delårsrapport är nivån en prognos för helåret: skriv den som en bedömning av vad som väntas ("bedöms bli uppfyllt"), inte som något som redan har hänt.',
          hit.start,
          hit.end,
          'bedöms bli …',
        ),
      );
    }
    if (handled.some((h) => h.start === hit.start)) continue;
    const named = [
      ...facts.goals.filter((g) => g.titles.some((t) => s.includes(norm(t)))).map((g) => g.level),
      ...facts.rollUps.filter((r) => s.includes(norm(r.title))).map((r) => r.level),
    ];
    let expected: string[] = named;
    if (expected.length === 0) {
      if (/etappmål/.test(s)) continue;
      // A part of the report named in other words ("det ekologiska hållbarhetsmålet", "målet om …") cannot be resolved: no claim about the whole.
      if (/hållbarhetsmål|målområde|kommunfullmäktigemål|nämndmålet|delmål|målet\s+om/u.test(s)) continue;
      if (section.level && (section.kind === 'samlad-bedomning' || section.kind === 'sammanfattning')) expected = [section.level.id];
    }
    if (expected.length > 0 && !expected.includes(hit.levelId)) {
      const want = expected[0]!;
      findings.push(
        finding('error', 'section_level', `Nivån är ${labelOf(want)}, inte ${labelOf(hit.levelId)}.`, hit.start, hit.end, labelOf(want)),
      );
    }
  }

  // Figures.
  for (const m of mentions) {
    if (m.isYear || handled.some((h) => h.start === m.start)) continue;
    if (MONTHS.test(read.slice(m.end, m.end + 14)) && Number.isInteger(m.value) && m.value >= 1 && m.value <= 31) continue; // a date: "den 28 februari"
    const clause = clauseAround(read, m);
    let candidates = facts.numbers.filter((f) => unitFits(m, f) && matchesAtPrecision(Math.abs(m.value), m.decimals, Math.abs(f.value)));
    if (m.value < 0) candidates = candidates.filter((f) => f.value < 0 || f.sign === 'over');
    if (candidates.length === 0) {
      findings.push(
        finding(ungrounded, 'ungrounded_number', `Talet ${m.text.trim()} finns inte i underlaget för avsnittet.`, m.start, m.end),
      );
      continue;
    }
    if (!isMoney(m)) continue;
    const sentenceText = norm(text.slice(sentenceAround(read, m.start).start, sentenceAround(read, m.start).end));
    // A sentence that names a row of the tables ("Summa nämnd", "nettokostnader") speaks of that row.
    const rows = [...new Set(candidates.map((f) => f.row).filter((r): r is string => !!r))].filter(
      (r) => r.length >= 6 && sentenceText.includes(norm(r)),
    );
    if (rows.length > 0) candidates = candidates.filter((f) => !f.row || rows.includes(f.row));
    // "för helåret" is a full-year figure; "efter tre månader", "per mars" one for the period so far.
    const narrowed = /helår|för året|vid årets slut/u.test(sentenceText)
      ? candidates.filter((f) => f.period?.length === 4)
      : /efter\s+\S+\s+månader|per\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november)|hittills/u.test(
            sentenceText,
          )
        ? candidates.filter((f) => f.period?.length === 7)
        : candidates;
    if (narrowed.length > 0) candidates = narrowed;
    // A figure the text calls a deviation or a difference must be one of the deviations or differences.
    if (DEVIATION.test(clause)) {
      const signed = candidates.filter((f) => f.sign !== undefined || f.value < 0);
      if (signed.length === 0) {
        findings.push(
          finding(ungrounded, 'ungrounded_number', `${m.text.trim()} är ingen avvikelse eller skillnad i tabellerna.`, m.start, m.end),
        );
        continue;
      }
      candidates = signed;
    }
    // Of several readings, the text means the figure it writes most exactly ("1 miljon" is 1,0 before 1,3).
    const distance = (f: NumberFact) => Math.abs(Math.abs(f.value) - Math.abs(m.value));
    const closest = Math.min(...candidates.map(distance));
    candidates = candidates.filter((f) => distance(f) <= closest + 1e-9);
    let sign = m.value < 0 ? 'over' : claimedSign(clause);
    // An unsigned figure that can only be a deviation reads as one printed without a minus: under budget.
    if (sign === null && candidates.every((f) => f.sign !== undefined || f.value < 0) && /avvikelse|prognos|resultat/u.test(clause))
      sign = 'under';
    if (sign && (COMPARES.test(clause) || /avvikelse|prognos|resultat/u.test(clause))) {
      const signed = candidates.filter((f) => f.sign !== undefined || f.value < 0);
      if (signed.length > 0 && !signed.some((f) => (f.sign ?? (f.value < 0 ? 'over' : 'under')) === sign)) {
        const want = signed[0]!.sign ?? 'over';
        findings.push(
          finding(
            'error',
            'economy_sign',
            `Avvikelsen går åt andra hållet: ${want === 'over' ? 'kostnaderna är högre än budget eller jämförelsen (ett underskott)' : 'kostnaderna är lägre än budget eller jämförelsen (ett överskott)'}.`,
            m.start,
            m.end,
            want === 'over' ? 'högre/underskott' : 'lägre/överskott',
          ),
        );
        continue;
      }
      if (signed.length > 0) candidates = signed.filter((f) => (f.sign ?? (f.value < 0 ? 'over' : 'under')) === sign);
    }
    const sentence = read.slice(sentenceAround(read, m.start).start, sentenceAround(read, m.start).end);
    if (candidates.every((f) => f.forecast) && OUTCOME.test(clause) && !FORECAST.test(sentence)) {
      findings.push(
        finding(
          'error',
          'forecast_as_outcome',
          `${m.text.trim()} är en prognos för helåret, inte ett utfall: skriv det som en prognos.`,
          m.start,
          m.end,
          'prognos',
        ),
      );
    }
  }

  // Activity status claims.
  for (const claim of statusClaims(read)) {
    const span = sentenceAround(read, claim.start);
    const s = norm(text.slice(span.start, span.end));
    const named = facts.activities.filter((a) =>
      s.includes(
        norm(a.title.replace(/[.!?]+$/, ''))
          .split(' ')
          .slice(0, 6)
          .join(' '),
      ),
    );
    let judged = named;
    if (named.length === 0) {
      if (
        !/(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:samtliga|alla)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/u.test(
          s,
        ) ||
        /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:förutom|utom|undantag)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/u.test(
          s,
        )
      )
        continue;
      // "Av dessa löper samtliga enligt plan" speaks of a list the checker cannot resolve.
      if (/(?<![\p{L}\d])(?:dessa|dem|de\s+här|desamma)(?![\p{L}\d])/u.test(s)) continue;
      judged = facts.activities;
    }
    const misfit = judged.find((a) => a.cls !== null && !claimFits(claim.cls, a.cls));
    if (misfit) {
      findings.push(
        finding(
          'error',
          'activity_status',
          `Aktiviteten «${misfit.title}» har status "${misfit.status}" (${activityClassLabels[misfit.cls!]}), inte ${activityClassLabels[claim.cls]}.`,
          claim.start,
          claim.end,
          activityClassLabels[misfit.cls!],
        ),
      );
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

/** Checks an activity's follow-up text against its recorded status. An unknown status never gives a finding. */
export function checkFollowUp(activity: { title: string; status?: string }, text: string, cls: ActivityClass | null): Finding[] {
  if (cls === null) return [];
  return statusClaims(text)
    .filter((c) => !claimFits(c.cls, cls))
    .map((c) =>
      finding(
        'error',
        'activity_status',
        `Aktiviteten «${activity.title}» har status "${activity.status}" (${activityClassLabels[cls]}), inte ${activityClassLabels[c.cls]}.`,
        c.start,
        c.end,
        activityClassLabels[cls],
      ),
    );
}

/** Checks a text for a section of the report; the goals' accepted texts count as facts the section rests on. */
export function checkSection(
  doc: ReportDocument,
  assessment: ReportAssessment,
  section: ReportSection,
  text: string,
  accepted: ReadonlyMap<string, string> = new Map(),
  origin: TextOrigin = 'model',
): Finding[] {
  return checkSectionFacts(doc, sectionFacts(doc, assessment, section, accepted), text, origin);
}
