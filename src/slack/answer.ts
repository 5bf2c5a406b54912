/**
 * @module Turns a parsed slash command into a Slack message for a linked workspace: loads the
 * linked report (only that organisation's), searches it and builds the Block Kit answer.
 */
import { loadOverrides } from '../db/assessments';
import type { DbOrTx } from '../db/client';
import { loadReportDocument } from '../db/reports';
import type { SlackLink } from '../db/slack-links';
import { assessIndicator, assessReport } from '../domain/assessment';
import type { ReportDocument } from '../domain/report';
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
import type { Command } from './commands';
import { buildIndex, normalize, search } from './search';

/** How many other matches an indicator answer names. */
const OTHER_MATCHES = 3;

export async function answerCommand(
  db: DbOrTx,
  link: SlackLink,
  parsed: { command: Command; visibility: Visibility },
  slashCommand: string,
): Promise<SlackMessage> {
  const found = await loadReportDocument(db, link.orgId, link.reportId);
  if (!found) return reportMissingMessage(link.reportId);
  const { doc } = found;
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
      return answerIndicator(doc, cmd.query, ctx);
    case 'goal': {
      const assessment = assessReport(doc, await loadOverrides(db, found.row.pk));
      if (!cmd.ref) return goalsOverviewMessage(assessment.goals, ctx);
      const position = findGoalPosition(doc, cmd.ref);
      const goal = position === undefined ? undefined : assessment.goals[position - 1];
      if (!goal || position === undefined) return goalNotFoundMessage(cmd.ref, doc.goals.length, ctx);
      return goalMessage(goal, position, ctx);
    }
  }
}

function indicatorViews(doc: ReportDocument) {
  return doc.goals.flatMap((goal, i) =>
    goal.indicators.map((indicator) => ({ goal: { position: i + 1, id: goal.id, title: goal.title }, indicator })),
  );
}

export function answerIndicator(doc: ReportDocument, query: string, ctx: MessageContext): SlackMessage {
  const views = indicatorViews(doc);
  const hits = search(buildIndex(views.map((v) => ({ text: v.indicator.name, value: v }))), query, { limit: 1 + OTHER_MATCHES });
  const [best, ...rest] = hits;
  if (!best) return noMatchMessage(query, ctx);
  const view = (v: (typeof views)[number]): IndicatorView => ({ ...v, assessment: assessIndicator(v.indicator, doc.report.year) });
  return indicatorMessage(view(best.value), rest.map((h) => view(h.value)), ctx);
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
  const [byIndicator] = search(buildIndex(indicatorViews(doc).map((v) => ({ text: v.indicator.name, value: v.goal.position }))), trimmed, { limit: 1 });
  return byIndicator?.value;
}
