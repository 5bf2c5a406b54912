/** @module The section "Nämndens mål och resultat" as Markdown; what people wrote is escaped so it stays text in every renderer. */
import type { IndicatorChart } from './chart';
import { DIFFERENCES_TITLE, MISSING_TEXT, STALE_NOTE, type GoalSection, type ReportText, type Section, type SectionTable } from './section';

/** Raw HTML becomes text (Markdown renderers pass it through untouched), and line starts that would turn prose into markup are escaped. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

/** A text as paragraphs: blank lines separate paragraphs, single line breaks stay within one. */
function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => escapeMarkdownText(p).replace(/\n/g, '  \n'));
}

const cell = (s: string) => escapeMarkdownText(s).replace(/\n/g, ' ');

function table(t: SectionTable): string[] {
  const lines = [
    `| ${t.headers.map(cell).join(' | ')} |`,
    `| ${t.headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${[r.name, ...r.cells].map(cell).join(' | ')} |`),
  ];
  if (t.notes.length) lines.push('', ...t.notes.map((n) => `*${cell(n)}*  `));
  if (t.context.length) lines.push('', ...t.context.map((n) => `${cell(n)}  `));
  if (t.source) lines.push('', `*${cell(t.source)}*`);
  return lines;
}

/** A line of Markdown, or a goal's charts where the HTML export draws them (plain Markdown leaves them out: its table has the figures). */
export type MarkdownPart = string | { charts: IndicatorChart[] };

function goal(g: GoalSection): MarkdownPart[] {
  const out: MarkdownPart[] = [
    `#### Nämndmål: ${cell(g.title)}`,
    '',
    `Måluppfyllelse: **${cell(g.levelLabel)}**`,
    '',
    '**Motivering till bedömning av måluppfyllelse**',
    '',
  ];
  if (g.motivation.status === 'accepted') {
    for (const p of paragraphs(g.motivation.text)) out.push(p, '');
    if (g.motivation.stale) out.push(`> **Inaktuell:** ${STALE_NOTE}`, '');
  } else {
    out.push(`*${MISSING_TEXT}.*`, '');
  }
  if (g.table) out.push(...table(g.table), '');
  if (g.charts.length) out.push({ charts: g.charts }, '');
  return out;
}

function reportText(t: ReportText): string[] {
  const out = [`## ${cell(t.title)}`, ''];
  if (t.levelLabel) out.push(`${t.kind === 'sammanfattning' ? 'Samlad måluppfyllelse' : 'Måluppfyllelse'}: **${cell(t.levelLabel)}**`, '');
  if (t.text.status === 'accepted') {
    for (const p of paragraphs(t.text.text)) out.push(p, '');
    if (t.text.stale) out.push(`> **Inaktuell:** ${STALE_NOTE}`, '');
  } else {
    out.push(`*Text saknas.*`, '');
  }
  return out;
}

export function markdownParts(section: Section): MarkdownPart[] {
  const out: MarkdownPart[] = [`# ${section.title}`, '', `*${cell(section.report.title)} · ${cell(section.report.organisation)}*`, ''];
  for (const t of section.before) out.push(...reportText(t));
  for (const area of section.areas) {
    if (area.area) out.push(`## Målområde: ${cell(area.area)}`, '');
    for (const council of area.councilGoals) {
      if (council.councilGoal) out.push(`### Kommunfullmäktigemål: ${cell(council.councilGoal)}`, '');
      for (const g of council.goals) out.push(...goal(g));
    }
  }
  if (section.differences.length) {
    out.push(`## ${DIFFERENCES_TITLE}`, '');
    for (const d of section.differences) out.push(`- Mål ${d.goalNumber} (${cell(d.goalTitle)}): ${cell(d.text)}`);
    out.push('');
  }
  if (section.economy) {
    out.push(...reportText(section.economy.text));
    for (const t of section.economy.tables) out.push(...table(t), '');
  }
  return out;
}

export function renderMarkdown(section: Section): string {
  return `${markdownParts(section)
    .filter((p) => typeof p === 'string')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
