/**
 * @module Builds the drafting prompt's inputs: the goal's facts as compact JSON (figures written
 * the Swedish way the checker reads them, notes redacted and quoted as data), the scale, the level
 * to argue for, the organisation's own style examples and the official's wishes.
 */
import type { Finding } from '../domain/checker';
import type { GoalAssessment, IndicatorAssessment } from '../domain/assessment';
import { formatQuantity } from '../domain/sv';
import { closingSentence, MAX_WORDS, MIN_WORDS } from '../domain/drafting';
import { redact } from '../domain/sv';
import { findGoal, levelsBestFirst, scaleOf, type ReportDocument } from '../domain/report';
import { renderPrompt, type RenderedPrompt } from './prompts';
import { STATUS_TEXT, TREND_TEXT } from './tools/format';

export const DRAFT_PROMPT_ID = 'draft-motivation';
export const REPAIR_PROMPT_ID = 'repair-motivation';

const KIND_TEXT: Record<ReportDocument['report']['kind'], string> = {
  verksamhetsplan: 'verksamhetsplan',
  delarsrapport: 'delårsrapport',
  verksamhetsberattelse: 'verksamhetsberättelse',
  arsredovisning: 'årsredovisning',
};

/** The prompt says why a missing outcome matters: the indicator cannot be assessed. */
const PROMPT_STATUS_TEXT: Record<IndicatorAssessment['status'], string> = { ...STATUS_TEXT, missing: 'kan inte bedömas, utfall saknas' };

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One indicator as the model sees it: only fields that hold something, figures as printed. */
function indicatorFacts(a: IndicatorAssessment): Record<string, string> {
  const q = (v: number) => formatQuantity(v, a.unit);
  const out: Record<string, string> = { namn: redact(a.name) };
  if (a.outcome !== null && a.period) out.utfall = `${q(a.outcome)} (${a.period})`;
  if (a.outcome === null) out.utfall = a.outcomeNote ? `saknas: ${redact(a.outcomeNote)}` : 'saknas';
  if (a.previous !== null && a.previousPeriod) out['föregående'] = `${q(a.previous)} (${a.previousPeriod})`;
  if (a.target) {
    const kind = a.target.kind === 'malvarde' ? 'målvärde' : 'etappmål';
    out[kind] =
      a.target.value !== undefined
        ? `${q(a.target.value)} (${a.target.period})`
        : `${a.target.change === 'increase' ? 'öka' : 'minska'} (${a.target.period})`;
  }
  out.status = PROMPT_STATUS_TEXT[a.status];
  const trend = TREND_TEXT[a.trend];
  if (trend) out.utveckling = trend;
  out['bättre'] = a.better === 'higher' ? 'högre' : 'lägre';
  // Groups and comparisons (from Kolada or typed), so a notable gap and a telling comparison can be named.
  for (const gap of a.gaps ?? []) {
    const key = gap.dimension === 'kon' ? 'kön' : 'grupper';
    out[key] =
      `${gap.groups.map((g) => `${redact(g.group)} ${q(g.value)}`).join(', ')} (${gap.period}${gap.notable ? '; skillnad att analysera' : ''})`;
  }
  if (a.comparisons?.length) {
    out['jämförelser'] = `${a.comparisons.map((c) => `${redact(c.label)} ${q(c.value)}`).join(', ')} (${a.comparisons[0]!.period})`;
  }
  return out;
}

/** The goal's facts as one compact JSON text: what the model may use, and nothing else. */
export function factsJson(doc: ReportDocument, goalId: string, a: GoalAssessment): string {
  const goal = findGoal(doc, goalId);
  const levels = levelsBestFirst(scaleOf(doc));
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  const facts = {
    mål: redact(a.title),
    år: doc.report.year,
    nivå: {
      föreslagen: label(a.computedLevel),
      fastställd: a.label,
      ...(a.override?.reason ? { skäl: redact(a.override.reason) } : {}),
    },
    antal: {
      indikatorer: a.counts.indicators,
      medEtappmål: a.counts.withTarget,
      nås: a.counts.met,
      nåsInte: a.counts.notMet,
      utfallSaknas: a.counts.missing,
      förbättrade: a.counts.improved,
      försämrade: a.counts.worsened,
    },
    indikatorer: a.indicators.map(indicatorFacts),
    anteckningar: (goal?.notes ?? []).map(redact),
    ...(goal?.activities.length
      ? { aktiviteter: goal.activities.map((x) => (x.status ? `${redact(x.title)} (${redact(x.status)})` : redact(x.title))) }
      : {}),
  };
  // "<" as a JSON escape: a note holding "</data>" cannot close the quoted block early.
  return JSON.stringify(facts).replace(/</g, '\\u003c');
}

/** Free text quoted inside <data>…</data>: its own data tags are defused. */
function quoted(text: string): string {
  return redact(text).replace(/<(\/?)data>/gi, '[$1data]');
}

/**
 * The organisation's own published motivations, as style examples: other goals first, then this
 * goal's own; only texts of a house-style length, so an example does not eat the prompt.
 */
export function styleExamplesFor(doc: ReportDocument, goalId: string, max = 2): string[] {
  const others = doc.goals.filter((g) => g.id !== goalId).map((g) => g.published?.motivation);
  const own = doc.goals.filter((g) => g.id === goalId).map((g) => g.published?.motivation);
  return usableExamples([...others, ...own], max);
}

/** Texts of a house-style length (15–150 words), redacted, at most `max`. */
export function usableExamples(texts: (string | undefined)[], max = 2): string[] {
  return texts
    .map((t) => t?.trim())
    .filter((t): t is string => t !== undefined && countWords(t) >= 15 && countWords(t) <= 150)
    .slice(0, Math.max(0, max))
    .map(redact);
}

export interface DraftPromptInput {
  doc: ReportDocument;
  goalId: string;
  assessment: GoalAssessment;
  instructions?: string;
  styleExamples: string[];
}

function commonValues(doc: ReportDocument, a: GoalAssessment) {
  return {
    levelLabel: a.label,
    // The house's closing sentence, with "därför" only where the figures lead to the level.
    assessmentSentence: closingSentence(doc, a),
    minWords: String(MIN_WORDS),
    maxWords: String(MAX_WORDS),
  };
}

export function renderDraftPrompt(x: DraftPromptInput): RenderedPrompt {
  const examples = x.styleExamples.length
    ? x.styleExamples.map((e, i) => `Exempel ${i + 1}:\n<data>\n${quoted(e)}\n</data>`).join('\n\n')
    : '(inga publicerade motiveringar finns)';
  return renderPrompt(DRAFT_PROMPT_ID, {
    ...commonValues(x.doc, x.assessment),
    reportKind: KIND_TEXT[x.doc.report.kind],
    goalTitle: redact(x.assessment.title),
    scale: levelsBestFirst(scaleOf(x.doc))
      .map((l) => l.label)
      .join(' / '),
    facts: factsJson(x.doc, x.goalId, x.assessment),
    styleExamples: examples,
    instructions: x.instructions?.trim() ? quoted(x.instructions.trim()) : '(inga)',
  });
}

/** The findings as a list the model can act on: what is wrong, where, and what the facts say. */
export function findingsText(text: string, findings: Finding[]): string {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => {
      const quoted = text.slice(f.start, f.end).trim();
      return `- ${f.message}${quoted ? ` (i texten: "${quoted}")` : ''}${f.expected ? `; enligt underlaget: ${f.expected}` : ''}`;
    })
    .join('\n');
}

export function renderRepairPrompt(doc: ReportDocument, a: GoalAssessment, text: string, findings: Finding[]): RenderedPrompt {
  return renderPrompt(REPAIR_PROMPT_ID, { ...commonValues(doc, a), findings: findingsText(text, findings) });
}
