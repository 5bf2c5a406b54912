/**
 * @module Questions the chat answers from the report alone: which goals or indicators fit a filter
 * ("vilka mål är inte uppfyllda?", "vilka indikatorer har försämrats?"), how an indicator developed
 * over every year with a value, what exists near a topic the report does not cover, and where a
 * goal's or indicator's page is, so an answer that names one can link to it.
 */
import type { GoalAssessment, IndicatorAssessment, ReportAssessment } from '../assessment';
import { levelsBestFirst, scaleOf, type Indicator, type ReportDocument } from '../report';
import { normalise, similarity, tokens } from './intents';

export type GoalFilter = 'not_met' | 'partly' | 'met';
export type IndicatorFilter = 'worsened' | 'improved' | 'not_met' | 'met' | 'missing';

/** A goal or indicator a reply names, with the page it can link to. */
export interface ReplyLink {
  goalId: string;
  indicatorId?: string;
  label: string;
  url: string;
}

/** The goal page (and the indicator's place on it) in the web workspace. */
export function linkTo(doc: ReportDocument, goalId: string, indicatorId?: string): string {
  const base = `/rapporter/${encodeURIComponent(doc.report.id)}/mal/${encodeURIComponent(goalId)}`;
  return indicatorId ? `${base}#indikator-${encodeURIComponent(indicatorId)}` : base;
}

/** A link as stored with an answer: what it names, not where that is (the page is found again when the answer is read). */
export type StoredReplyLink = Omit<ReplyLink, 'url'>;

export function storedLinks(links: readonly ReplyLink[]): StoredReplyLink[] {
  return links.map(({ url: _, ...link }) => link);
}

/**
 * The pages of links stored with an earlier answer, found in the report as it is now: a goal or
 * indicator a re-import removed loses its link rather than pointing at a page that is not there,
 * and the label stays the one the answer's text was written with.
 */
export function resolveLinks(doc: ReportDocument, stored: unknown): ReplyLink[] {
  if (!Array.isArray(stored)) return [];
  const out: ReplyLink[] = [];
  for (const item of stored as Partial<StoredReplyLink>[]) {
    if (typeof item?.goalId !== 'string' || typeof item.label !== 'string') continue;
    const goal = doc.goals.find((g) => g.id === item.goalId);
    if (!goal) continue;
    if (item.indicatorId !== undefined && !goal.indicators.some((i) => i.id === item.indicatorId)) continue;
    out.push({
      goalId: goal.id,
      ...(item.indicatorId !== undefined ? { indicatorId: item.indicatorId } : {}),
      label: item.label,
      url: linkTo(doc, goal.id, item.indicatorId),
    });
  }
  return out;
}

/**
 * The goals and indicators a reply written by a model names, so it links to their pages as the
 * built-in answers do: a goal by its whole title, or (for the goals the turn's tools looked at, so
 * that "mål 3" in Agenda 2030's sense links nowhere) by its id or "mål N"; an indicator by its whole
 * name. In the order they first appear; whole words only, case and accents aside.
 */
export function linksNamedIn(doc: ReportDocument, text: string, goalsInPlay: readonly string[] = []): ReplyLink[] {
  const plain = ` ${normalise(text)} `;
  const where = (phrase: string, min = 4) => {
    const n = normalise(phrase);
    return n.length >= min ? plain.indexOf(` ${n} `) : -1;
  };
  const found: { at: number; link: ReplyLink }[] = [];
  doc.goals.forEach((g, i) => {
    const places = [where(g.title)];
    if (goalsInPlay.includes(g.id)) places.push(where(g.id, 1), where(`mål ${i + 1}`));
    const at = Math.min(...places.filter((p) => p >= 0));
    if (Number.isFinite(at)) found.push({ at, link: { goalId: g.id, label: `${g.id} «${g.title}»`, url: linkTo(doc, g.id) } });
    for (const ind of g.indicators) {
      const p = where(ind.name);
      if (p >= 0)
        found.push({
          at: p,
          link: { goalId: g.id, indicatorId: ind.id, label: `${ind.name} (mål ${i + 1})`, url: linkTo(doc, g.id, ind.id) },
        });
    }
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.link);
}

/** "Mål 2" as the chat and the overview number goals: by their place in the report. */
export function goalNumber(doc: ReportDocument, goalId: string): number {
  return doc.goals.findIndex((g) => g.id === goalId) + 1;
}

/**
 * Goals whose final level fits the filter. "Inte uppfyllda" is the scale's lowest level; "delvis"
 * the levels between the best and the lowest; "uppfyllda" the best level.
 */
export function goalsByLevel(doc: ReportDocument, assessment: ReportAssessment, filter: GoalFilter): GoalAssessment[] {
  const levels = levelsBestFirst(scaleOf(doc));
  const rank = (id: string) => levels.findIndex((l) => l.id === id);
  const last = levels.length - 1;
  return assessment.goals.filter((g) => {
    const r = rank(g.level);
    return filter === 'met' ? r === 0 : filter === 'not_met' ? r === last : r > 0 && r < last;
  });
}

/** Indicators across the report that fit the filter, with their goal. */
export function indicatorsBy(assessment: ReportAssessment, filter: IndicatorFilter): { goal: GoalAssessment; a: IndicatorAssessment }[] {
  const fits = (a: IndicatorAssessment) =>
    filter === 'worsened'
      ? a.trend === 'worsened'
      : filter === 'improved'
        ? a.trend === 'improved'
        : filter === 'missing'
          ? a.status === 'missing'
          : a.status === filter;
  return assessment.goals.flatMap((goal) => goal.indicators.filter(fits).map((a) => ({ goal, a })));
}

/** Every period of an indicator with a value or a reason it is missing, oldest first. */
export function seriesOf(indicator: Indicator): { period: string; value: number | null; note?: string; label?: string }[] {
  return [...indicator.values]
    .sort((x, y) => x.period.localeCompare(y.period))
    .map((v) => ({ period: v.period, value: v.value, ...(v.note ? { note: v.note } : {}), ...(v.label ? { label: v.label } : {}) }));
}

/**
 * What exists near a topic the report does not cover: the indicators and goals that share most
 * with it, even loosely (a word's first letters, the same area), best first; at most `max`.
 */
export function nearby(doc: ReportDocument, topic: string, max = 3): ReplyLink[] {
  const words = tokens(topic).filter((w) => w.length >= 4);
  // A word's head ("nettokostnad…") or, in a long compound, its tail ("korttids|franvaron" meets "sjukfranvaro").
  const tail = (w: string) => (w.length >= 9 ? w.slice(0, -2).slice(-6) : null);
  const loose = (name: string) => {
    const n = normalise(name);
    return (
      words.reduce(
        (s, w) => s + (n.includes(w.slice(0, 5)) ? 1 : tail(w) && n.includes(tail(w)!) ? 0.8 : n.includes(w.slice(0, 4)) ? 0.5 : 0),
        0,
      ) + similarity(topic, name)
    );
  };
  const scored: (ReplyLink & { score: number })[] = [];
  for (const g of doc.goals) {
    const goalScore = Math.max(loose(g.title), loose(g.area ?? '') * 0.8, loose(g.councilGoal ?? '') * 0.8);
    if (goalScore > 0)
      scored.push({ goalId: g.id, label: `Mål ${goalNumber(doc, g.id)} «${g.title}»`, url: linkTo(doc, g.id), score: goalScore });
    for (const i of g.indicators) {
      const s = loose(i.name);
      if (s > 0)
        scored.push({
          goalId: g.id,
          indicatorId: i.id,
          label: `${i.name} (mål ${goalNumber(doc, g.id)})`,
          url: linkTo(doc, g.id, i.id),
          score: s,
        });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map(({ score: _, ...link }) => link);
}
