/**
 * @module The use cases, one function per thing a user does, each taking plain arguments
 * (`db` or the deps it needs, the caller, the input) and returning domain results or throwing an
 * AppError. Routes, pages, chat tools, Slack and the CLI call these; none of them sees HTTP.
 */
export {
  assessWithLevels,
  findReportDocument,
  getAssessedGoal,
  getAssessedReport,
  getReport,
  withAssessment,
  type AssessedGoal,
  type AssessedReport,
  type Caller,
  type LoadedReport,
} from './reports';
export { importReportFor } from './import';
export { getReportSection } from './export';
export { draftSuggestion, storeSuggestion, type DraftInput, type DraftingDeps, type StoredDraft, type StoreInput } from './drafting';
export { acceptText, getSuggestion, rejectText, reviseText, setFinalLevel, validText, withdrawDecision, writeSuggestion } from './review';
export { hasOpenTexts, recheckAfterImport, recheckAfterLevel } from './stale';
export { pullKolada, searchKpis, type PullInput, type PullResult, type PulledChange } from './kolada';
export { reportRevisions, restoreRevision } from './revisions';
export {
  checkInContext,
  draftReportSection,
  draftSectionSuggestion,
  type SectionDraftInput,
  listActivities,
  listReportSections,
  loadSectionContext,
  loadSectionReport,
  writeSectionText,
  type ActivityItem,
  type SectionContext,
  type SectionListItem,
} from './sections';
export { acceptedGoalTexts, recheckSections } from './section-stale';
export { clearOverallLevel, clearRollUp, setOverallLevel, setRollUpLevel } from './rollups';
export { getConversationRetention, setConversationRetention, RETENTION_FIELD, type ConversationRetention } from './chat-retention';
export { editGoalData, type GoalDataEdit } from './goal-data';
