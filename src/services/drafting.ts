/**
 * @module Drafting and storing suggested motivations: the one place a text becomes a pending
 * suggestion (with the level and the digest of the facts it was checked against, so a later
 * import can tell whether it went stale), and the draft use case behind the API, the goal page
 * and the chat.
 */
import { writeTransaction, type Db, type DbOrTx } from '../db/client';
import { publishedMotivations } from '../db/published';
import { createSuggestion, type SuggestionOrigin, type SuggestionView } from '../db/suggestions';
import type { Principal } from '../db/tokens';
import type { GoalAssessment } from '../domain/assessment';
import { hasErrors, type Finding } from '../domain/checker';
import type { ReportDocument } from '../domain/report';
import { factsDigest } from '../domain/review';
import type { OpenAIFactory } from '../llm/client';
import { usableExamples } from '../llm/draft-prompt';
import { draftMotivation, styleExamplesFor } from '../llm/drafting';
import { getAssessedGoal } from './reports';

/** What drafting needs from outside: the database and, when one is configured, the model. */
export interface DraftingDeps {
  db: Db;
  openai: OpenAIFactory | null;
  model?: string;
}

export interface StoreInput {
  reportPk: number;
  doc: ReportDocument;
  goal: GoalAssessment;
  text: string;
  origin: SuggestionOrigin;
  findings: Finding[];
  /** Defaults to "no errors among the findings". */
  verified?: boolean;
  provenance?: unknown;
}

/** Stores a checked text as a pending suggestion for the goal, created by the caller. */
export function storeSuggestion(db: DbOrTx, principal: Pick<Principal, 'name'>, input: StoreInput): Promise<SuggestionView> {
  const { goal } = input;
  return createSuggestion(db, {
    reportPk: input.reportPk,
    goalId: goal.goalId,
    text: input.text,
    origin: input.origin,
    level: goal.level,
    verified: input.verified ?? !hasErrors(input.findings),
    findings: input.findings,
    ...(input.provenance !== undefined ? { provenance: input.provenance } : {}),
    factsDigest: factsDigest(input.doc, goal.goalId, goal.level) ?? undefined,
    createdBy: principal.name,
  });
}

export interface DraftInput {
  reportId: string;
  goalId: string;
  instructions?: string;
  mode?: 'offline' | 'llm';
}

export interface StoredDraft {
  suggestion: SuggestionView;
  /** Beside a model draft that stayed unverified: the offline draft, stored too. */
  offline: SuggestionView | null;
}

/**
 * Drafts a goal's motivation (offline, or by the configured model) and stores it as a pending
 * suggestion; beside a model draft that stayed unverified, the offline draft is stored too, in
 * the same transaction.
 */
export async function draftSuggestion(deps: DraftingDeps, principal: Principal, input: DraftInput): Promise<StoredDraft> {
  const { db, openai } = deps;
  const { row, doc, goalAssessment } = await getAssessedGoal(db, principal, input.reportId, input.goalId);
  let styleExamples = styleExamplesFor(doc, goalAssessment.goalId);
  // A plan has no published texts yet: the organisation's earlier reports show its style.
  if (styleExamples.length === 0 && openai && input.mode !== 'offline') {
    styleExamples = usableExamples(await publishedMotivations(db, principal.orgId, row.pk));
  }
  const result = await draftMotivation(
    openai,
    {
      doc,
      goalId: goalAssessment.goalId,
      assessment: goalAssessment,
      instructions: input.instructions || undefined,
      mode: input.mode,
      styleExamples,
    },
    { model: deps.model },
  );
  const base = { reportPk: row.pk, doc, goal: goalAssessment };
  // The model's draft and, beside one that stayed unverified, the offline draft: both stored for review, or neither.
  return writeTransaction(db, async (tx) => {
    const suggestion = await storeSuggestion(tx, principal, {
      ...base,
      text: result.text,
      origin: result.provenance.mode,
      verified: result.verified,
      findings: result.findings,
      provenance: result.provenance,
    });
    const offline = result.offline
      ? await storeSuggestion(tx, principal, {
          ...base,
          text: result.offline.text,
          origin: 'offline',
          findings: result.offline.findings,
          provenance: { mode: 'offline', attempts: 0, tokensIn: 0, tokensOut: 0, latencyMs: 0, offeredBeside: suggestion.id },
        })
      : null;
    return { suggestion, offline };
  });
}
