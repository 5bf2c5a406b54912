/**
 * @module The assessment sentence that ends a motivation: the level in the scale's own words and the
 * house's wording, with a connective that follows from what came before ("därför" only where the
 * figures lead to the level, "Sammantaget" where they point both ways, the official's reason where
 * the level was set against them), and as a forecast in a delårsrapport.
 */
import { reaches, type GoalAssessment, type IndicatorAssessment } from '../assessment';
import { levelsBestFirst, scaleOf, type ReportDocument } from '../report';
import { capitalise, houseStyle, isNegatedLabel, isVerbalLabel, labelInProse, levelInStyle, type HouseStyle } from './prose';

export type Mode = 'supports' | 'mixed' | 'reason' | 'plain';

/** The closing sentence's forms for the goal's level, with a connective that follows from what came before. */
export function levelSentences(g: GoalAssessment, doc: ReportDocument, style: HouseStyle, mode: Mode): string[] {
  const label = g.label;
  const S = style.subject;
  const Sgen = `${capitalise(S)}s`;
  const goal = style.goalWord;
  const forecast = doc.report.kind === 'delarsrapport';
  const l = levelInStyle(label, style);
  if (!isVerbalLabel(label)) {
    if (forecast) return [`Måluppfyllelsen för helåret bedöms som ${l}.`, `Prognosen är att måluppfyllelsen blir ${l} för helåret.`];
    const byMode: Record<Mode, string[]> = {
      // The checker reads an adjectival level only right after "måluppfyllelsen är" or "bedöms som".
      supports: [
        ...(style.bedomningenAr && !isNegatedLabel(label) ? [`Bedömningen är därför att måluppfyllelsen är ${l}.`] : []),
        `Mot den bakgrunden är måluppfyllelsen ${l}.`,
        `Därmed är måluppfyllelsen ${l}.`,
      ],
      mixed: [`Sammantaget är måluppfyllelsen ${l}.`, `Vid en samlad bedömning är måluppfyllelsen ${l}.`],
      reason: [`Mot den bakgrunden är måluppfyllelsen ${l}.`, `Med hänsyn till detta är måluppfyllelsen ${l}.`],
      plain: [`Måluppfyllelsen bedöms som ${l}.`],
    };
    return byMode[mode];
  }
  const negated = isNegatedLabel(label);
  const core = negated ? l.replace(/^inte\s+/, '') : l;
  // In an att-clause the negation goes before the verb: "att målet inte är uppfyllt".
  const is = negated ? `inte är ${core}` : `är ${l}`;
  if (forecast) {
    const becomes = negated ? `inte blir ${core}` : `blir ${l}`;
    const plainTop = !negated && !/\s/.test(l);
    const main = [
      `${capitalise(goal)} bedöms ${negated ? `inte bli ${core}` : `bli ${l}`} vid årets slut.`,
      ...(plainTop ? [`${capitalise(goal)} förväntas nås vid årets slut.`] : []),
    ];
    const byMode: Record<Mode, string[]> = {
      supports: [`${capitalise(S)} bedömer därför att ${goal} ${becomes} vid årets slut.`, ...main],
      mixed: [`Sammantaget bedömer ${S} att ${goal} ${becomes} vid årets slut.`, ...main],
      reason: [`Mot den bakgrunden bedömer ${S} att ${goal} ${becomes} vid årets slut.`, ...main],
      plain: main,
    };
    return byMode[mode];
  }
  const byMode: Record<Mode, string[]> = {
    supports: [
      ...(style.bedomningenAr ? [`Bedömningen är därför att ${goal} ${is}.`] : []),
      `Mot den bakgrunden bedömer ${S} att ${goal} ${is}.`,
      `${capitalise(S)} bedömer därför att ${goal} ${is}.`,
    ],
    mixed: [
      `Sammantaget bedömer ${S} att ${goal} ${is}.`,
      `${Sgen} samlade bedömning är att ${goal} ${is}.`,
      negated ? `Sammantaget bedöms ${goal} inte vara ${core}.` : `Sammantaget bedöms ${goal} vara ${l}.`,
    ],
    reason: [`Mot den bakgrunden bedömer ${S} att ${goal} ${is}.`, `Med hänsyn till detta bedömer ${S} att ${goal} ${is}.`],
    plain: [`Bedömningen är att ${goal} ${is}.`, `${Sgen} bedömning är att ${goal} ${is}.`],
  };
  return byMode[mode];
}

/** The closing sentence in its plainest form, as the prompt asks the model to end (house style, "därför"). */
export function assessmentSentence(label: string): string {
  const l = labelInProse(label);
  if (!isVerbalLabel(label)) return `Bedömningen är därför att måluppfyllelsen är ${l}.`;
  return isNegatedLabel(label)
    ? `Bedömningen är därför att målet inte är ${l.replace(/^inte\s+/, '')}.`
    : `Bedömningen är därför att målet är ${l}.`;
}

/** The side of the scale a level is on: the upper half is argued from what is met, the lower from what is not. */
export function upperHalf(doc: ReportDocument, level: string): boolean {
  const levels = levelsBestFirst(scaleOf(doc));
  return levels.findIndex((l) => l.id === level) < levels.length / 2;
}

export const isJudged = (a: IndicatorAssessment) =>
  (a.status === 'met' || a.status === 'not_met') && a.outcome !== null && a.period !== null && a.target !== null;

/** How the closing sentence connects: "därför" only when the figures lead to the level; the official's reason when the level was set against them. */
export function closingMode(doc: ReportDocument, g: GoalAssessment, latest: { met: boolean }[]): Mode {
  if (g.override?.reason?.trim() && g.level !== g.computedLevel) return 'reason';
  const judged = g.indicators.filter(isJudged);
  const met = judged.filter((a) => a.status === 'met').length + (judged.length === 0 ? latest.filter((x) => x.met).length : 0);
  const notMet =
    judged.length - judged.filter((a) => a.status === 'met').length + (judged.length === 0 ? latest.filter((x) => !x.met).length : 0);
  if (met + notMet === 0) return 'mixed';
  const upper = upperHalf(doc, g.level);
  return (upper && met > notMet) || (!upper && notMet > met) ? 'supports' : 'mixed';
}

/** The sentence the model is asked to end with: the house's wording, with the connective the figures allow. */
export function closingSentence(doc: ReportDocument, g: GoalAssessment): string {
  const latest = g.indicators
    .filter((a) => a.outcome === null && a.previous !== null && a.target?.value !== undefined)
    .map((a) => ({ met: reaches(a.previous!, a.target!.value!, a.better) }));
  return levelSentences(g, doc, houseStyle(doc), closingMode(doc, g, latest))[0]!;
}
