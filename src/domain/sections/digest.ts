/**
 * @module What a section's text rests on, as one fingerprint: the levels and facts of the goals
 * beneath, their accepted texts, the activities' statuses and, for the ekonomi and the
 * sammanfattning, the economy tables. A stored text whose fingerprint no longer matches is stale.
 */
import type { ReportAssessment } from '../assessment';
import type { ReportDocument } from '../report';
import { canonicalJson, factsDigest, fnv1a64 } from '../review';
import type { ReportSection } from './sections';

export const SECTION_DIGEST_PREFIX = 'sd1:';

export function sectionDigest(
  doc: ReportDocument,
  assessment: ReportAssessment,
  section: ReportSection,
  accepted: ReadonlyMap<string, string> = new Map(),
): string {
  const goals = section.goals.map((id) => {
    const a = assessment.goals.find((g) => g.goalId === id);
    const g = doc.goals.find((x) => x.id === id);
    return {
      id,
      level: a?.level ?? null,
      facts: factsDigest(doc, id, a?.level),
      text: accepted.get(id) ?? null,
      activities: (g?.activities ?? []).map((x) => [x.title, x.status ?? null]),
    };
  });
  const economy = section.kind === 'ekonomi' || section.kind === 'sammanfattning' ? (doc.economy ?? null) : null;
  const facts = {
    kind: section.kind,
    level: section.level?.id ?? null,
    forecast: section.forecast,
    asOf: doc.report.asOf ?? null,
    goals,
    economy,
  };
  return SECTION_DIGEST_PREFIX + fnv1a64(canonicalJson(facts));
}
