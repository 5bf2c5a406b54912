/**
 * @module Turns a parsed slash command into a Slack message for a linked workspace: loads the
 * linked report (only that organisation's), searches it and builds the Block Kit answer.
 */
import type { DbOrTx } from '../db/client';
import type { ResolvedSlackLink } from '../db/slack-links';
import { assessIndicator } from '../domain/assessment';
import type { Indicator, ReportDocument } from '../domain/report';
import {
  goalMessage,
  goalNotFoundMessage,
  goalsOverviewMessage,
  helpMessage,
  indicatorMessage,
  noMatchMessage,
  reportMissingMessage,
  type IndicatorView,
  type MessageContext,
  type SlackMessage,
  type Visibility,
} from './blocks';
import { findReportDocument, withAssessment, type LoadedReport } from '../services';
import type { Command } from './commands';
import { buildIndex, normalize, search, type SearchHit, type SearchIndex } from './search';

/** How many other matches an indicator answer names. */
const OTHER_MATCHES = 3;

export async function answerCommand(
  db: DbOrTx,
  { link, report }: ResolvedSlackLink,
  parsed: { command: Command; visibility: Visibility },
  slashCommand: string,
): Promise<SlackMessage> {
  const loaded = report ? await findReportDocument(db, link.orgId, link.reportId, report) : undefined;
  if (!loaded) return reportMissingMessage(link.reportId);
  const { doc } = loaded;
  const ctx: MessageContext = {
    command: slashCommand,
    reportTitle: doc.report.title ?? doc.report.id,
    orgName: doc.organisation.name,
    visibility: parsed.visibility,
  };
  const cmd = parsed.command;
  switch (cmd.kind) {
    case 'help':
      return helpMessage(slashCommand, ctx);
    case 'indicator':
      return answerIndicator(prepared(loaded), cmd.query, ctx);
    case 'goal': {
      const { assessment } = await withAssessment(db, loaded);
      if (!cmd.ref) return goalsOverviewMessage(assessment.goals, ctx);
      const position = findGoalPosition(doc, cmd.ref);
      const goal = position === undefined ? undefined : assessment.goals[position - 1];
      if (!goal || position === undefined) return goalNotFoundMessage(cmd.ref, doc.goals.length, ctx);
      return goalMessage(goal, position, ctx);
    }
  }
}

interface IndicatorRef {
  goal: IndicatorView['goal'];
  indicator: Indicator;
}

/** A linked report as look-ups need it: the document and its search index, built once per revision. */
export interface PreparedReport {
  doc: ReportDocument;
  indicators: SearchIndex<IndicatorRef>;
  /** Recent searches and their hits: the search is pure, and people ask for the same few indicators. */
  searches: Map<string, SearchHit<IndicatorRef>[]>;
}

const MAX_SEARCHES = 100;

function searchIndicators(report: PreparedReport, query: string): SearchHit<IndicatorRef>[] {
  const key = normalize(query);
  let hits = report.searches.get(key);
  if (!hits) {
    hits = search(report.indicators, query, { limit: 1 + OTHER_MATCHES });
    if (report.searches.size >= MAX_SEARCHES) report.searches.delete(report.searches.keys().next().value!);
    report.searches.set(key, hits);
  }
  return hits;
}

function indicatorRefs(doc: ReportDocument): IndicatorRef[] {
  return doc.goals.flatMap((goal, i) =>
    goal.indicators.map((indicator) => ({ goal: { position: i + 1, id: goal.id, title: goal.title }, indicator })),
  );
}

export function prepareReport(doc: ReportDocument): PreparedReport {
  const index = buildIndex(indicatorRefs(doc).map((ref) => ({ text: ref.indicator.name, value: ref })));
  return { doc, indicators: index, searches: new Map() };
}

// The services keep one document per report revision (per isolate on Workers), so the search
// index built over it lives exactly as long as the document does.
const preparedReports = new WeakMap<ReportDocument, PreparedReport>();

function prepared({ doc }: LoadedReport): PreparedReport {
  let hit = preparedReports.get(doc);
  if (!hit) preparedReports.set(doc, (hit = prepareReport(doc)));
  return hit;
}

export function answerIndicator(report: PreparedReport, query: string, ctx: MessageContext): SlackMessage {
  const [best, ...rest] = searchIndicators(report, query);
  if (!best) return noMatchMessage(query, ctx);
  const year = report.doc.report.year;
  const view = (ref: IndicatorRef): IndicatorView => ({ ...ref, assessment: assessIndicator(ref.indicator, year) });
  return indicatorMessage(
    view(best.value),
    rest.map((h) => view(h.value)),
    ctx,
  );
}

/** A goal by position ("2"), by id ("g2"), by words from its title, or by one of its indicators' names. 1-based. */
export function findGoalPosition(doc: ReportDocument, ref: string): number | undefined {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    return n >= 1 && n <= doc.goals.length ? n : undefined;
  }
  const byId = doc.goals.findIndex((g) => normalize(g.id) === normalize(trimmed));
  if (byId >= 0) return byId + 1;
  const goals = doc.goals.map((g, i) => ({ text: g.title, value: i + 1 }));
  const [byTitle] = search(buildIndex(goals), trimmed, { limit: 1, minScore: 0.6 });
  if (byTitle) return byTitle.value;
  const [byIndicator] = search(buildIndex(indicatorRefs(doc).map((v) => ({ text: v.indicator.name, value: v.goal.position }))), trimmed, {
    limit: 1,
  });
  return byIndicator?.value;
}
