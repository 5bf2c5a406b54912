/**
 * @module Builds the section-drafting prompt's inputs: a report-level section's facts as compact
 * JSON (the goals beneath with their levels, counts per level and of etappmål, roll-ups, accepted
 * goal texts, activities with their recorded status, the economy's money figures), every text
 * redacted and quoted as data, figures written the Swedish way the checker reads them.
 */
import type { ReportAssessment } from '../domain/assessment';
import type { ReportDocument } from '../domain/report';
import { sectionFacts, sectionGoals, type ReportSection } from '../domain/sections';
import { formatNumber, formatQuantity, redact } from '../domain/sv';
import type { Finding } from '../domain/checker';
import { findingsText } from './draft-prompt';
import { renderPrompt, type RenderedPrompt } from './prompts';

export const SECTION_PROMPT_ID = 'draft-section';
export const SECTION_REPAIR_PROMPT_ID = 'repair-section';
/** A report-level text is longer than a goal's motivation, but still a paragraph or two. */
export const SECTION_MAX_WORDS = 220;

const KIND_TEXT: Record<ReportDocument['report']['kind'], string> = {
  verksamhetsplan: 'verksamhetsplan',
  delarsrapport: 'delårsrapport',
  verksamhetsberattelse: 'verksamhetsberättelse',
  arsredovisning: 'årsredovisning',
};

export interface SectionPromptInput {
  doc: ReportDocument;
  assessment: ReportAssessment;
  section: ReportSection;
  /** The goals' accepted texts, by goal id. */
  accepted: ReadonlyMap<string, string>;
  instructions?: string;
}

const UNIT_WORD: Record<string, string | undefined> = {
  procent: '%',
  procentenheter: 'procentenheter',
  mnkr: 'mnkr',
  tkr: 'tkr',
  kr: 'kr',
  'kr/invånare': 'kr/invånare',
  dagar: 'dagar',
};

/** The section's facts as one compact JSON text: what the model may use, and nothing else. */
export function sectionFactsJson(x: SectionPromptInput): string {
  const { doc, assessment, section, accepted } = x;
  const facts = sectionFacts(doc, assessment, section, accepted);
  const scoped = sectionGoals(section, assessment);
  const perLevel = new Map<string, number>();
  for (const g of scoped) perLevel.set(g.label, (perLevel.get(g.label) ?? 0) + 1);
  const counts = Object.fromEntries(facts.numbers.filter((n) => n.kind === 'count').map((n) => [n.label, formatNumber(n.value)]));
  const money = facts.numbers.filter((n) => n.kind !== 'count' && n.kind !== 'figure');
  const out = {
    avsnitt: redact(section.title),
    år: doc.report.year,
    ...(section.level ? { nivå: section.level.label } : {}),
    ...(section.forecast ? { prognos: 'nivåerna är prognoser för helåret' } : {}),
    mål: scoped.map((g) => ({
      mål: redact(doc.goals.find((d) => d.id === g.goalId)?.title ?? g.title),
      nivå: g.label,
      etappmål: `${g.counts.met} av ${g.counts.met + g.counts.notMet} nås`,
      ...(accepted.get(g.goalId) ? { 'godkänd motivering': redact(accepted.get(g.goalId)!) } : {}),
    })),
    antal: counts,
    nivåer: Object.fromEntries([...perLevel].map(([label, n]) => [label, n])),
    ...(facts.rollUps.length
      ? { 'samlade nivåer': facts.rollUps.map((r) => `${redact(r.title)}: ${assessmentLabel(assessment, r.level)}`) }
      : {}),
    ...(facts.activities.length
      ? { aktiviteter: facts.activities.map((a) => (a.status ? `${redact(a.title)} (${redact(a.status)})` : redact(a.title))) }
      : {}),
    ...(money.length
      ? {
          ekonomi: money.map(
            (n) =>
              `${redact(n.label)}: ${formatQuantity(n.value, UNIT_WORD[n.unit])}${n.sign ? (n.sign === 'over' ? ' (över budget)' : ' (under budget)') : ''}${n.forecast ? ' (prognos)' : ''}`,
          ),
        }
      : {}),
  };
  // "<" as a JSON escape: a text holding "</data>" cannot close the quoted block early.
  return JSON.stringify(out).replace(/</g, '\\u003c');
}

function assessmentLabel(a: ReportAssessment, levelId: string): string {
  return (
    a.goals.find((g) => g.level === levelId)?.label ?? [...a.councilGoals, ...a.areas].find((r) => r.level === levelId)?.label ?? levelId
  );
}

function levelRule(section: ReportSection): string {
  if (!section.level) return 'Påstå inget om en samlad nivå för avsnittet; beskriv målens nivåer som de står i underlaget.';
  const verb = section.forecast ? 'bedöms bli' : 'bedöms som';
  return `Den samlade nivån är "${section.level.label}": skriv att den ${verb} ${section.level.label.toLowerCase()} och påstå aldrig en annan nivå.`;
}

export function renderSectionPrompt(x: SectionPromptInput): RenderedPrompt {
  return renderPrompt(SECTION_PROMPT_ID, {
    sectionTitle: redact(x.section.title),
    reportKind: KIND_TEXT[x.doc.report.kind],
    maxWords: String(SECTION_MAX_WORDS),
    levelRule: levelRule(x.section),
    facts: sectionFactsJson(x),
    instructions: x.instructions?.trim() ? redact(x.instructions.trim()).replace(/<(\/?)data>/gi, '[$1data]') : '(inga)',
  });
}

export function renderSectionRepairPrompt(section: ReportSection, text: string, findings: Finding[]): RenderedPrompt {
  return renderPrompt(SECTION_REPAIR_PROMPT_ID, {
    findings: findingsText(text, findings),
    levelRule: levelRule(section),
    maxWords: String(SECTION_MAX_WORDS),
  });
}
