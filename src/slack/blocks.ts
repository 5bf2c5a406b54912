/**
 * @module Slack messages in Block Kit: an indicator's outcomes, etappmål, status and trend; a
 * goal's assessment; help and the short notices. Short lines and two-column fields so a message
 * reads on a phone; Swedish text and Swedish numbers throughout. Pure: builds JSON, sends nothing.
 */
import type { GoalAssessment, IndicatorAssessment } from '../domain/assessment';
import { changeText, changeUnit, formatNumber, formatQuantity, periodText } from '../domain/sv';
import { comparePeriods, type Indicator } from '../domain/report';
import { indicatorContext } from '../domain/kolada';

export type Visibility = 'ephemeral' | 'in_channel';

type Text = { type: 'mrkdwn'; text: string } | { type: 'plain_text'; text: string; emoji?: boolean };
export type Block =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | { type: 'divider' };

export interface SlackMessage {
  response_type: Visibility;
  /** Shown in notifications and where blocks cannot be drawn. */
  text: string;
  blocks?: Block[];
}

/** What every answer says about where its figures come from, and how the command is called. */
export interface MessageContext {
  /** The slash command as the workspace registered it, e.g. "/indikator". */
  command: string;
  reportTitle: string;
  orgName: string;
  visibility: Visibility;
}

/** One indicator found in the report, with its goal and its assessment for the report year. */
export interface IndicatorView {
  goal: { position: number; id: string; title: string };
  indicator: Indicator;
  assessment: IndicatorAssessment;
}

// Slack's limits: header 150 characters, section text 3000, fields 10 per section, 50 blocks.
const HEADER_MAX = 150;
const SECTION_MAX = 2900;
const MAX_FIELDS = 10;

/** Slack reads &, < and > as markup (<!channel>, links): data and queries are shown as text. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const mrkdwn = (text: string): Text => ({ type: 'mrkdwn', text: clip(text, SECTION_MAX) });
const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_MAX), emoji: false } });
const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string): Block => ({ type: 'context', elements: [mrkdwn(text)] });

export { periodText };

const quantity = (value: number, unit?: string) => formatQuantity(value, unit);
/** A change: percentages change in procentenheter, and the sign is always written. */
function change(value: number, unit?: string): string {
  return changeText(value, unit);
}

function targetText(a: IndicatorAssessment): string | undefined {
  const t = a.target;
  if (!t) return undefined;
  const what = `${t.kind === 'malvarde' ? 'Målvärde' : 'Etappmål'} ${periodText(t.period)}`;
  let goal: string;
  if (t.value !== undefined) goal = `${a.better === 'lower' ? 'högst' : 'minst'} ${quantity(t.value, a.unit)}`;
  else goal = t.change === 'increase' ? 'öka jämfört med föregående år' : 'minska jämfört med föregående år';
  return `*${what}:* ${goal}`;
}

function statusText(a: IndicatorAssessment): string {
  const t = a.target;
  const name = t?.kind === 'malvarde' ? 'Målvärdet' : 'Etappmålet';
  const outcome = a.outcome !== null && a.period ? `${quantity(a.outcome, a.unit)} (${periodText(a.period)})` : '';
  switch (a.status) {
    case 'met':
    case 'not_met': {
      const verdict = a.status === 'met' ? `:white_check_mark: *${name} nås*` : `:x: *${name} nås inte*`;
      if (t?.value !== undefined) {
        const left =
          a.status === 'not_met' && a.distance !== null ? `, ${formatQuantity(Math.abs(a.distance), changeUnit(a.unit))} från målet` : '';
        return `${verdict}: ${outcome}${left}`;
      }
      const wanted = t?.change === 'increase' ? 'öka' : 'minska';
      return `${verdict}: ${outcome}; målet är att ${wanted}`;
    }
    case 'missing': {
      const note = a.outcomeNote ? ` (${escapeText(a.outcomeNote.replace(/\.$/, ''))})` : '';
      return a.outcome === null
        ? `:white_circle: *Kan inte bedömas:* utfall saknas${note}`
        : `:white_circle: *Kan inte bedömas:* ${outcome}, men jämförelsevärde saknas`;
    }
    case 'no_target':
      return `:white_circle: *Inget etappmål* att bedöma mot${outcome ? `; utfall ${outcome}` : ''}`;
  }
}

function trendWord(a: IndicatorAssessment): string {
  return a.trend === 'improved'
    ? 'förbättrad'
    : a.trend === 'worsened'
      ? 'försämrad'
      : a.trend === 'unchanged'
        ? 'oförändrad'
        : 'kan inte jämföras';
}

function trendText(a: IndicatorAssessment): string {
  if (a.trend === 'unknown' || a.previous === null || a.outcome === null || a.previousPeriod === null) {
    return '*Utveckling:* kan inte jämföras, jämförelsevärde saknas';
  }
  const arrow = a.trend === 'unchanged' ? ':left_right_arrow:' : (a.change ?? 0) > 0 ? ':arrow_upper_right:' : ':arrow_lower_right:';
  const from = `${quantity(a.previous, a.unit)} (${periodText(a.previousPeriod)})`;
  if (a.trend === 'unchanged') return `${arrow} *Utveckling:* oförändrad sedan ${from}`;
  return `${arrow} *Utveckling:* ${trendWord(a)}, från ${from} till ${quantity(a.outcome, a.unit)}, ${change(a.change ?? 0, a.unit)}`;
}

function outcomeFields(ind: Indicator): Text[] {
  const values = [...ind.values].sort((x, y) => comparePeriods(x.period, y.period)).slice(-MAX_FIELDS);
  return values.map((v) => mrkdwn(`*${periodText(v.period)}*\n${v.value === null ? 'uppgift saknas' : quantity(v.value, ind.unit)}`));
}

function footer(ctx: MessageContext): string {
  return `${escapeText(ctx.reportTitle)} · ${escapeText(ctx.orgName)}`;
}

/** The best match in full, and the next best as names to search for. */
export function indicatorMessage(best: IndicatorView, others: IndicatorView[], ctx: MessageContext): SlackMessage {
  const a = best.assessment;
  const blocks: Block[] = [header(best.indicator.name)];
  if (best.indicator.name.length > HEADER_MAX) blocks.push(section(`*${escapeText(best.indicator.name)}*`));
  blocks.push(context(`Mål ${best.goal.position}: ${escapeText(best.goal.title)}`));
  const fields = outcomeFields(best.indicator);
  if (fields.length > 0) blocks.push({ type: 'section', fields });
  const lines = [targetText(a), statusText(a), trendText(a)];
  const lt = a.longTermTarget;
  if (lt && (lt.period !== a.target?.period || a.target?.kind !== 'malvarde')) {
    const value = lt.value !== undefined ? quantity(lt.value, a.unit) : lt.change === 'increase' ? 'öka' : 'minska';
    lines.push(`*Målvärde ${periodText(lt.period)}:* ${value}`);
  }
  blocks.push(section(lines.filter(Boolean).join('\n')));
  const groups = groupsText(best.indicator, a);
  if (groups) blocks.push(section(groups.text), ...(groups.kolada ? [context('Källa: Kolada')] : []));
  if (others.length > 0) {
    const list = others.map((o) => `• ${escapeText(o.indicator.name)} (mål ${o.goal.position})`).join('\n');
    blocks.push(context(`*Fler träffar:*\n${list}\nSkriv fler ord ur namnet för att välja en av dem.`));
  }
  blocks.push(context(footer(ctx)));
  return { response_type: ctx.visibility, text: plainSummary(best), blocks };
}

/** Groups (kön, område) and comparisons (riket, länet) of the outcome's year, when the data has them. */
function groupsText(ind: Indicator, a: IndicatorAssessment): { text: string; kolada: boolean } | null {
  const latest = [...ind.values].sort((x, y) => comparePeriods(x.period, y.period)).at(-1)?.period;
  const year = Number((a.period ?? latest ?? '').slice(0, 4));
  const ctx = Number.isFinite(year) ? indicatorContext(ind, year) : null;
  if (!ctx) return null;
  const lines: string[] = [];
  const when = `${periodText(ctx.period)}${ctx.preliminary ? ', preliminärt' : ''}`;
  if (ctx.breakdown.length)
    lines.push(`*Per grupp ${when}:* ${ctx.breakdown.map((b) => `${escapeText(b.group)} ${quantity(b.value, ind.unit)}`).join(', ')}`);
  if (ctx.comparisons.length)
    lines.push(`*Jämförelse ${when}:* ${ctx.comparisons.map((c) => `${escapeText(c.label)} ${quantity(c.value, ind.unit)}`).join(', ')}`);
  return { text: lines.join('\n'), kolada: ctx.kolada };
}

/** A one-line summary for notifications: "Sjukfrånvaro totalt 2022: 7,8 procent; etappmålet nås inte." */
function plainSummary(v: IndicatorView): string {
  const a = v.assessment;
  const outcome = a.outcome !== null && a.period ? ` ${periodText(a.period)}: ${quantity(a.outcome, a.unit)}` : ': utfall saknas';
  const status = { met: 'målet nås', not_met: 'målet nås inte', missing: 'kan inte bedömas', no_target: 'inget etappmål' }[a.status];
  return `${v.indicator.name}${outcome}; ${status}.`;
}

export function noMatchMessage(query: string, ctx: MessageContext): SlackMessage {
  const text = `Ingen indikator i ${ctx.reportTitle} liknar "${query}".`;
  return {
    response_type: 'ephemeral',
    text,
    blocks: [
      section(`Ingen indikator i ${escapeText(ctx.reportTitle)} liknar *${escapeText(clip(query, 200))}*.`),
      context(
        `Prova ett annat ord ur indikatorns namn, till exempel \`${ctx.command} sjukfrånvaro\`, eller \`${ctx.command} mål\` för alla mål.`,
      ),
    ],
  };
}

const statusIcon: Record<IndicatorAssessment['status'], string> = {
  met: ':white_check_mark:',
  not_met: ':x:',
  missing: ':white_circle:',
  no_target: ':white_circle:',
};

function indicatorLine(a: IndicatorAssessment): string {
  const outcome = a.outcome !== null ? quantity(a.outcome, a.unit) : 'utfall saknas';
  const t = a.target;
  const target = t
    ? t.value !== undefined
      ? `, ${t.kind === 'malvarde' ? 'målvärde' : 'etappmål'} ${a.better === 'lower' ? 'högst' : 'minst'} ${quantity(t.value, a.unit)}`
      : `, etappmål: ${t.change === 'increase' ? 'öka' : 'minska'}`
    : ', inget etappmål';
  const trend = a.trend === 'unknown' ? '' : ` · ${trendWord(a)}`;
  return `${statusIcon[a.status]} *${escapeText(a.name)}:* ${outcome}${target}${trend}`;
}

/** Packs lines into as few sections as Slack's length limit allows. */
function sections(lines: string[]): Block[] {
  const out: Block[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > SECTION_MAX) {
      out.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(section(current));
  return out;
}

export function goalMessage(goal: GoalAssessment, position: number, ctx: MessageContext): SlackMessage {
  const c = goal.counts;
  const fields: Text[] = [];
  if (goal.override) {
    fields.push(mrkdwn(`*Fastställd nivå*\n${escapeText(goal.label)}`), mrkdwn(`*Föreslagen nivå*\n${escapeText(goal.computedLabel)}`));
  } else {
    fields.push(mrkdwn(`*Föreslagen nivå*\n${escapeText(goal.computedLabel)}`));
  }
  // The same count as the rationale: targets judged against an outcome; the rest cannot be assessed.
  if (c.met + c.notMet > 0) {
    const missing = c.missing > 0 ? `\n${formatNumber(c.missing)} kan inte bedömas` : '';
    fields.push(mrkdwn(`*Etappmål som nås*\n${formatNumber(c.met)} av ${formatNumber(c.met + c.notMet)}${missing}`));
  } else if (c.missing > 0) {
    fields.push(mrkdwn(`*Etappmål som nås*\n${formatNumber(c.missing)} kan inte bedömas`));
  }
  if (goal.published?.label) fields.push(mrkdwn(`*Publicerad bedömning*\n${escapeText(goal.published.label)}`));
  const blocks: Block[] = [header(`Mål ${position}: ${goal.title}`)];
  if (goal.title.length + 8 > HEADER_MAX) blocks.push(section(`*${escapeText(goal.title)}*`));
  blocks.push({ type: 'section', fields });
  blocks.push(section(`*Motivering till förslaget*\n${escapeText(goal.rationale)}`));
  if (goal.override?.reason) blocks.push(section(`*Skäl för fastställd nivå*\n${escapeText(goal.override.reason)}`));
  if (goal.indicators.length > 0) {
    blocks.push({ type: 'divider' });
    blocks.push(...sections(goal.indicators.map(indicatorLine)).slice(0, 40));
  }
  blocks.push(context(footer(ctx)));
  return { response_type: ctx.visibility, text: `Mål ${position}: ${goal.title} – ${goal.label}.`, blocks };
}

export function goalsOverviewMessage(goals: GoalAssessment[], ctx: MessageContext): SlackMessage {
  const lines = goals.map((g, i) => `*${i + 1}.* ${escapeText(g.title)} – _${escapeText(g.label)}_`);
  return {
    response_type: ctx.visibility,
    text: `${ctx.reportTitle}: ${goals.length} mål.`,
    blocks: [
      header(`Målen i ${ctx.reportTitle}`),
      ...(lines.length > 0 ? sections(lines) : [section('Rapporten har inga mål.')]),
      context(`Skriv \`${ctx.command} mål 2\` för ett mål med dess indikatorer. ${footer(ctx)}`),
    ],
  };
}

export function goalNotFoundMessage(ref: string, goalCount: number, ctx: MessageContext): SlackMessage {
  const text = `Hittar inget mål som motsvarar "${ref}" i ${ctx.reportTitle}.`;
  return {
    response_type: 'ephemeral',
    text,
    blocks: [
      section(`Hittar inget mål som motsvarar *${escapeText(clip(ref, 200))}* i ${escapeText(ctx.reportTitle)}.`),
      context(`Rapporten har ${formatNumber(goalCount)} mål. Skriv \`${ctx.command} mål\` för att se dem.`),
    ],
  };
}

export function helpMessage(command: string, linked?: { reportTitle: string; orgName: string }): SlackMessage {
  const c = command;
  const lines = [
    `*Så här använder du ${escapeText(c)}*`,
    `• \`${c} sjukfrånvaro\` – utfall per år, etappmål, status och utveckling för en indikator. Stavfel, å/ä/ö och förkortningar går bra, till exempel \`${c} hme\`.`,
    `• \`${c} mål 2\` – bedömningen av mål 2 med dess indikatorer (eller \`${c} mål sjukfrånvaro\`).`,
    `• \`${c} mål\` – alla mål och deras bedömning.`,
    `• Lägg till \`visa\` för att visa svaret för alla i kanalen, till exempel \`${c} visa sjukfrånvaro\`. Annars ser bara du svaret.`,
  ];
  const blocks: Block[] = [section(lines.join('\n'))];
  if (linked) blocks.push(context(`Svaren gäller ${escapeText(linked.reportTitle)} · ${escapeText(linked.orgName)}.`));
  return { response_type: 'ephemeral', text: `Så här använder du ${c}.`, blocks };
}

export function unlinkedMessage(teamId: string): SlackMessage {
  const text = 'Den här Slack-arbetsytan är inte kopplad till någon organisation i Motivera än.';
  return {
    response_type: 'ephemeral',
    text,
    blocks: [
      section(`:wave: ${text}`),
      context(
        `Be den som administrerar Motivera att koppla den: \`npm run cli -- slack link --team ${escapeText(teamId || 'T…')} --org ORGANISATION --report RAPPORT\`.`,
      ),
    ],
  };
}

export function reportMissingMessage(reportId: string): SlackMessage {
  return {
    response_type: 'ephemeral',
    text: `Rapporten ${reportId} som arbetsytan är kopplad till finns inte längre. Be den som administrerar Motivera att koppla om arbetsytan.`,
  };
}

export function errorMessage(requestId: string): SlackMessage {
  return {
    response_type: 'ephemeral',
    text: `Något gick fel när svaret skulle tas fram. Försök igen om en stund; kvarstår felet, ange kod ${requestId.slice(0, 8)} till den som administrerar Motivera.`,
  };
}

/** The immediate answer while the real one is on its way: only the asker sees it, even with `visa`. */
export function pendingMessage(what: string): SlackMessage {
  return { response_type: 'ephemeral', text: `:hourglass_flowing_sand: ${what} …` };
}
