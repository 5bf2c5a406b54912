/**
 * @module The database schema: the single source of truth for drizzle-kit migrations.
 * Figures from an imported report live in report/goal/indicator tables that a re-import replaces;
 * what people write (assessments, suggestions, conversations) is keyed by report and goal id
 * so a re-import never drops it.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const json = (name: string) => text(name, { mode: 'json' }).$type<unknown>();

export const organisations = sqliteTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  municipality: text('municipality'),
  kolada: json('kolada'),
  extra: json('extra'),
  /** Days a chat conversation is kept after its last message; null is the default (CONVERSATION_RETENTION in src/db/organisations.ts). */
  conversationRetentionDays: integer('conversation_retention_days'),
  createdAt: text('created_at').notNull().default(now),
});

export const tokens = sqliteTable('tokens', {
  id: text('id').primaryKey(),
  orgId: text('org_id')
    .notNull()
    .references(() => organisations.id),
  role: text('role', { enum: ['official', 'editor', 'admin'] }).notNull(),
  name: text('name').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: text('created_at').notNull().default(now),
  revokedAt: text('revoked_at'),
});

/** Web sign-in sessions: the cookie holds a random secret, stored here only as its SHA-256 hash. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenId: text('token_id')
      .notNull()
      .references(() => tokens.id),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('sessions_token_idx').on(t.tokenId)],
);

export const reports = sqliteTable(
  'reports',
  {
    pk: integer('pk').primaryKey({ autoIncrement: true }),
    orgId: text('org_id')
      .notNull()
      .references(() => organisations.id),
    reportId: text('report_id').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    title: text('title'),
    asOf: text('as_of'),
    rules: json('rules'),
    economy: json('economy'),
    extra: json('extra'),
    documentExtra: json('document_extra'),
    scaleId: text('scale_id'),
    scaleExtra: json('scale_extra'),
    wordLimit: integer('word_limit').notNull().default(150),
    revision: integer('revision').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('reports_org_report').on(t.orgId, t.reportId)],
);

export const scaleLevels = sqliteTable(
  'scale_levels',
  {
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    position: integer('position').notNull(),
    levelId: text('level_id').notNull(),
    label: text('label').notNull(),
    rank: integer('rank').notNull(),
    extra: json('extra'),
  },
  (t) => [primaryKey({ columns: [t.reportPk, t.position] })],
);

export const goals = sqliteTable(
  'goals',
  {
    pk: integer('pk').primaryKey({ autoIncrement: true }),
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    position: integer('position').notNull(),
    goalId: text('goal_id').notNull(),
    area: text('area'),
    councilGoal: text('council_goal'),
    title: text('title').notNull(),
    hasPublished: integer('has_published', { mode: 'boolean' }).notNull().default(false),
    publishedLevel: text('published_level'),
    publishedMotivation: text('published_motivation'),
    publishedExtra: json('published_extra'),
    extra: json('extra'),
  },
  (t) => [uniqueIndex('goals_report_goal').on(t.reportPk, t.goalId)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    pk: integer('pk').primaryKey({ autoIncrement: true }),
    goalPk: integer('goal_pk')
      .notNull()
      .references(() => goals.pk),
    position: integer('position').notNull(),
    indicatorId: text('indicator_id').notNull(),
    name: text('name').notNull(),
    unit: text('unit'),
    better: text('better', { enum: ['higher', 'lower', 'none'] }).notNull(),
    shortName: text('short_name'),
    owner: text('owner'),
    source: text('source'),
    kolada: json('kolada'),
    equality: json('equality'),
    extra: json('extra'),
  },
  (t) => [index('indicators_goal').on(t.goalPk)],
);

/** One outcome per period; value is null when the outcome is missing and `note` says why. */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    indicatorPk: integer('indicator_pk')
      .notNull()
      .references(() => indicators.pk),
    position: integer('position').notNull(),
    period: text('period').notNull(),
    value: real('value'),
    note: text('note'),
    label: text('label'),
    breakdown: json('breakdown'),
    comparisons: json('comparisons'),
    rolling: integer('rolling', { mode: 'boolean' }),
    kind: text('kind', { enum: ['outcome', 'forecast'] }),
    source: json('source'),
    extra: json('extra'),
  },
  (t) => [primaryKey({ columns: [t.indicatorPk, t.position] })],
);

export const targets = sqliteTable(
  'targets',
  {
    indicatorPk: integer('indicator_pk')
      .notNull()
      .references(() => indicators.pk),
    position: integer('position').notNull(),
    period: text('period').notNull(),
    kind: text('kind', { enum: ['etappmal', 'malvarde'] }).notNull(),
    value: real('value'),
    change: text('change', { enum: ['increase', 'decrease', 'keep'] }),
    note: text('note'),
    extra: json('extra'),
  },
  (t) => [primaryKey({ columns: [t.indicatorPk, t.position] })],
);

export const goalNotes = sqliteTable(
  'goal_notes',
  {
    goalPk: integer('goal_pk')
      .notNull()
      .references(() => goals.pk),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.goalPk, t.position] })],
);

export const activities = sqliteTable(
  'activities',
  {
    goalPk: integer('goal_pk')
      .notNull()
      .references(() => goals.pk),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    status: text('status'),
    kind: text('kind'),
    followUp: text('follow_up'),
    extra: json('extra'),
  },
  (t) => [primaryKey({ columns: [t.goalPk, t.position] })],
);

/** An official's final level for a goal; differs from the computed level only with a reason. */
export const assessments = sqliteTable(
  'assessments',
  {
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    goalId: text('goal_id').notNull(),
    computedLevel: text('computed_level').notNull(),
    finalLevel: text('final_level').notNull(),
    reason: text('reason'),
    setBy: text('set_by').notNull(),
    setAt: text('set_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.reportPk, t.goalId] })],
);

/** A suggested motivation paragraph for a goal, under review. `version` is the optimistic lock. */
export const suggestions = sqliteTable(
  'suggestions',
  {
    id: text('id').primaryKey(),
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    goalId: text('goal_id').notNull(),
    /** A report-level section's text (`sammanfattning`, `samlad-bedomning:<key>` …): then goal_id is ''. */
    sectionId: text('section_id'),
    status: text('status', { enum: ['pending', 'accepted', 'rejected', 'superseded'] })
      .notNull()
      .default('pending'),
    version: integer('version').notNull().default(1),
    text: text('text').notNull(),
    origin: text('origin').notNull(),
    /** Who wrote the text as it stands: `model` until a person edits it. Null on rows from before it was kept (read from `origin`). */
    textOrigin: text('text_origin', { enum: ['person', 'model'] }),
    level: text('level'),
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
    findings: json('findings'),
    provenance: json('provenance'),
    factsDigest: text('facts_digest'),
    stale: integer('stale', { mode: 'boolean' }).notNull().default(false),
    overrideReason: text('override_reason'),
    rejectReason: text('reject_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull().default(now),
    updatedBy: text('updated_by'),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('suggestions_report_goal').on(t.reportPk, t.goalId), index('suggestions_report_section').on(t.reportPk, t.sectionId)],
);

export const suggestionVersions = sqliteTable(
  'suggestion_versions',
  {
    suggestionId: text('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    findings: json('findings'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.suggestionId, t.version] })],
);

/** The audit trail: every decision people (and the service) make about a report. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    goalId: text('goal_id'),
    sectionId: text('section_id'),
    suggestionId: text('suggestion_id'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    detail: json('detail'),
    at: text('at').notNull().default(now),
  },
  (t) => [index('events_report').on(t.reportPk, t.goalId)],
);

export const conversations = sqliteTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organisations.id),
    tokenId: text('token_id').notNull(),
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    title: text('title'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('conversations_owner').on(t.orgId, t.tokenId)],
);

export const chatMessages = sqliteTable(
  'chat_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id),
    role: text('role', { enum: ['user', 'assistant', 'tool', 'system'] }).notNull(),
    content: text('content').notNull().default(''),
    toolCalls: json('tool_calls'),
    toolCallId: text('tool_call_id'),
    findings: json('findings'),
    /** The goals and indicators an answer names (ids and labels); their pages are resolved against the report when read. */
    links: json('links'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('chat_messages_conversation').on(t.conversationId)],
);

/** A Slack workspace linked to one organisation and its default report. */
export const slackLinks = sqliteTable('slack_links', {
  teamId: text('team_id').primaryKey(),
  orgId: text('org_id')
    .notNull()
    .references(() => organisations.id),
  reportId: text('report_id').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/**
 * Each revision of a report's figures as the document that was imported (or pulled from Kolada),
 * so an earlier revision can be restored. Written in the same transaction as the import.
 */
export const reportRevisions = sqliteTable(
  'report_revisions',
  {
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    revision: integer('revision').notNull(),
    document: text('document', { mode: 'json' }).$type<unknown>().notNull(),
    /** What made it: `import`, `kolada`, `restore`, or `baseline` (the document before the first pull of a report imported earlier). */
    origin: text('origin').notNull().default('import'),
    actor: text('actor'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.reportPk, t.revision] })],
);

/** An official's level for a roll-up (a kommunfullmäktigemål's or målområde's samlad bedömning), keyed by the roll-up's key. */
export const rollupLevels = sqliteTable(
  'rollup_levels',
  {
    reportPk: integer('report_pk')
      .notNull()
      .references(() => reports.pk),
    rollupKey: text('rollup_key').notNull(),
    computedLevel: text('computed_level').notNull(),
    finalLevel: text('final_level').notNull(),
    reason: text('reason'),
    setBy: text('set_by').notNull(),
    setAt: text('set_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.reportPk, t.rollupKey] })],
);
