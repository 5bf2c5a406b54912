/**
 * @module Roll-ups: the samlad bedömning of a kommunfullmäktigemål or målområde and the whole
 * report's level, computed from its goals' final levels (the median, ties to the lower level, or
 * the lowest, as the scale's rules say). Shared by the assessment, the report-level sections and
 * the overview.
 */
import { assessesGoals, levelsBestFirst, scaleOf, type Goal, type ReportDocument, type ScaleLevel } from '../report';
import type { GoalAssessment } from './assessment';
import { rollUpPosition, rulesForScale, type ScaleRules } from './rules';

export interface RollUp {
  /** A slug of the title, unique in the report: the section id is `samlad-bedomning:<key>`. */
  key: string;
  title: string;
  level: string;
  label: string;
  /** The goals beneath, in the report's order. */
  goals: string[];
}

/** A goal counts in the roll-ups once it has a level: computed from etappmål, or set by an official where none could be judged. */
export const countsInRollUp = (g: GoalAssessment) => g.basis !== 'none' || g.override !== undefined;

/** The level that goals with these final levels roll up to. A report without a scale rolls up to "Ej bedömt". */
export function rollUpLevel(doc: ReportDocument, levelIds: readonly string[], rules?: ScaleRules | null): ScaleLevel {
  const levels = levelsBestFirst(scaleOf(doc));
  const r = rules ?? (assessesGoals(doc) ? rulesForScale(scaleOf(doc)) : null);
  if (!r) return levels[0]!;
  const positions = levelIds.map((id) => levels.findIndex((l) => l.id === id)).filter((p) => p >= 0);
  return levels[rollUpPosition(positions, r)]!;
}

/** A title as a key: lower case ASCII and hyphens ("Sund ekonomi" → "sund-ekonomi"). */
export function rollUpSlug(text: string): string {
  const s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || 'mal';
}

/** Groups goals by a title above them (kommunfullmäktigemål or målområde) in the report's order and rolls each group up. */
export function rollUps(doc: ReportDocument, goals: readonly GoalAssessment[], keyOf: (g: Goal) => string | undefined, rules?: ScaleRules | null): RollUp[] {
  const groups = new Map<string, GoalAssessment[]>();
  doc.goals.forEach((g, i) => {
    const title = keyOf(g)?.trim();
    const a = goals[i];
    if (!title || !a) return;
    const list = groups.get(title) ?? [];
    list.push(a);
    groups.set(title, list);
  });
  const used = new Set<string>();
  return [...groups].map(([title, members]) => {
    let key = rollUpSlug(title);
    for (let n = 2; used.has(key); n++) key = `${rollUpSlug(title)}-${n}`;
    used.add(key);
    const level = rollUpLevel(doc, members.filter(countsInRollUp).map((m) => m.level), rules);
    return { key, title, level: level.id, label: level.label, goals: members.map((m) => m.goalId) };
  });
}
