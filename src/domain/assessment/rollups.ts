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
  /** The level the rule gives (the median of the goals' final levels); `level` differs only when an official set it. */
  computedLevel: string;
  computedLabel: string;
  /** An official's level for the roll-up, with the reason. */
  override?: { reason: string; by: string; at: string };
}

/** An official's level for a roll-up, by its key (the key applies to a kommunfullmäktigemål's and a målområde's roll-up alike). */
export interface RollUpOverride {
  key: string;
  level: string;
  reason: string;
  by: string;
  at: string;
}

/**
 * The roll-up key under which an official's level for the whole report is stored. Roll-up keys are
 * slugs (a–z, 0–9, hyphens), so no kommunfullmäktigemål or målområde can take it.
 */
export const OVERALL_KEY = ':rapport';

/** The whole report's level ("Samlad bedömning"): the set level where an official set one, and the computed one beside it. */
export interface OverallLevel {
  level: string;
  label: string;
  /** The median of the goals' final levels (the rule); `level` differs only when an official set it. */
  computedLevel: string;
  computedLabel: string;
  override?: { reason: string; by: string; at: string };
}

/** The latest override for a key whose level is in the scale; a stored level stands when the figures change since. */
function latestOverride(levels: readonly ScaleLevel[], overrides: readonly RollUpOverride[], key: string) {
  return overrides.filter((o) => o.key === key && levels.some((l) => l.id === o.level)).sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** The whole report's level from its goals (those that count) and an official's level for it, if one is set. */
export function overallLevel(
  doc: ReportDocument,
  goals: readonly GoalAssessment[],
  rules?: ScaleRules | null,
  overrides: readonly RollUpOverride[] = [],
): OverallLevel {
  const levels = levelsBestFirst(scaleOf(doc));
  const computed = rollUpLevel(
    doc,
    goals.filter(countsInRollUp).map((g) => g.level),
    rules,
  );
  const set = assessesGoals(doc) ? latestOverride(levels, overrides, OVERALL_KEY) : undefined;
  const level = set ? levels.find((l) => l.id === set.level)! : computed;
  return {
    level: level.id,
    label: level.label,
    computedLevel: computed.id,
    computedLabel: computed.label,
    ...(set ? { override: { reason: set.reason, by: set.by, at: set.at } } : {}),
  };
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
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'mal';
}

/** Groups goals by a title above them (kommunfullmäktigemål or målområde) in the report's order and rolls each group up. */
export function rollUps(
  doc: ReportDocument,
  goals: readonly GoalAssessment[],
  keyOf: (g: Goal) => string | undefined,
  rules?: ScaleRules | null,
  overrides: readonly RollUpOverride[] = [],
): RollUp[] {
  const levels = levelsBestFirst(scaleOf(doc));
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
    const computed = rollUpLevel(
      doc,
      members.filter(countsInRollUp).map((m) => m.level),
      rules,
    );
    const set = latestOverride(levels, overrides, key);
    const level = set ? levels.find((l) => l.id === set.level)! : computed;
    return {
      key,
      title,
      level: level.id,
      label: level.label,
      goals: members.map((m) => m.goalId),
      computedLevel: computed.id,
      computedLabel: computed.label,
      ...(set ? { override: { reason: set.reason, by: set.by, at: set.at } } : {}),
    };
  });
}

/** Whether an official may set this level for a roll-up: it must be in the scale, and a level other than the computed one needs a reason. */
export function validateRollUpLevel(
  doc: ReportDocument,
  rollUp: Pick<RollUp, 'computedLevel' | 'computedLabel'>,
  level: string,
  reason: string | undefined,
): { ok: true } | { ok: false; field: string; message: string } {
  const levels = levelsBestFirst(scaleOf(doc));
  const chosen = levels.find((l) => l.id === level);
  if (!chosen)
    return { ok: false, field: 'level', message: `Nivån "${level}" finns inte i skalan (${levels.map((l) => l.id).join(', ')}).` };
  if (level !== rollUp.computedLevel && !reason?.trim()) {
    return {
      ok: false,
      field: 'reason',
      message: `Skriv ett skäl när nivån (${chosen.label}) avviker från den beräknade (${rollUp.computedLabel}).`,
    };
  }
  return { ok: true };
}
