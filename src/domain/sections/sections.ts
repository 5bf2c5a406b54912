/**
 * @module The report-level sections beside the goals' motivations: a samlad bedömning per
 * kommunfullmäktigemål (or målområde), the sammanfattning, the förbättringsområden and the
 * ekonomi paragraph, in the order the seeds' reports print them; each with its id and scope.
 */
import type { GoalAssessment, ReportAssessment, RollUp } from '../assessment';
import { assessesGoals, type ReportDocument } from '../report';

export const sectionKinds = ['samlad-bedomning', 'sammanfattning', 'forbattringsomraden', 'ekonomi'] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const ROLLUP_PREFIX = 'samlad-bedomning:';

export interface ReportSection {
  id: string;
  kind: SectionKind;
  title: string;
  /** The level the text argues for: a roll-up's, or the whole report's for the sammanfattning. */
  level?: { id: string; label: string };
  /** The goals the section rests on, in the report's order. */
  goals: string[];
  /** For a samlad bedömning: the roll-up it motivates, and whether it groups by kommunfullmäktigemål or målområde. */
  rollUp?: RollUp & { by: 'councilGoal' | 'area' };
  /** In a delårsrapport the levels are forecasts for the whole year. */
  forecast: boolean;
}

/** The roll-ups a report's samlad bedömning is written for: per kommunfullmäktigemål, else per målområde where the report uses only those. */
export function sectionRollUps(assessment: ReportAssessment): (RollUp & { by: 'councilGoal' | 'area' })[] {
  if (assessment.councilGoals.length > 0) return assessment.councilGoals.map((r) => ({ ...r, by: 'councilGoal' as const }));
  return assessment.areas.map((r) => ({ ...r, by: 'area' as const }));
}

/**
 * The report's sections. A report that assesses goals (it has a scale) gets a samlad bedömning per
 * roll-up, a sammanfattning and förbättringsområden; a delårsrapport per 31 mars (no scale) gets a
 * sammanfattning of its follow-up; a report with economy tables gets the ekonomi paragraph.
 * A verksamhetsplan looks ahead and has no summary of results.
 */
export function listSections(doc: ReportDocument, assessment: ReportAssessment): ReportSection[] {
  const forecast = doc.report.kind === 'delarsrapport';
  const allGoals = doc.goals.map((g) => g.id);
  const out: ReportSection[] = [];
  const assessed = assessesGoals(doc);
  if (doc.report.kind !== 'verksamhetsplan') {
    if (assessed) {
      for (const r of sectionRollUps(assessment)) {
        out.push({
          id: `${ROLLUP_PREFIX}${r.key}`,
          kind: 'samlad-bedomning',
          title: `Samlad bedömning: ${r.title}`,
          level: { id: r.level, label: r.label },
          goals: r.goals,
          rollUp: r,
          forecast,
        });
      }
    }
    out.push({
      id: 'sammanfattning',
      kind: 'sammanfattning',
      title: 'Sammanfattning',
      ...(assessed ? { level: { id: assessment.overall.level, label: assessment.overall.label } } : {}),
      goals: allGoals,
      forecast,
    });
    if (assessed)
      out.push({ id: 'forbattringsomraden', kind: 'forbattringsomraden', title: 'Förbättringsområden', goals: allGoals, forecast });
  }
  if (doc.economy && doc.economy.tables.length > 0) out.push({ id: 'ekonomi', kind: 'ekonomi', title: 'Ekonomi', goals: [], forecast });
  return out;
}

export function findSection(doc: ReportDocument, assessment: ReportAssessment, sectionId: string): ReportSection | undefined {
  return listSections(doc, assessment).find((s) => s.id === sectionId);
}

/** The goals' assessments a section rests on, in its order. */
export function sectionGoals(section: ReportSection, assessment: ReportAssessment): GoalAssessment[] {
  return section.goals.map((id) => assessment.goals.find((g) => g.goalId === id)).filter((g): g is GoalAssessment => g !== undefined);
}
