/** @module Checks the figures a chat reply states against the report's data and marks the ones the data does not back (⚠), so no figure is passed off as fact. */
import type { ReportAssessment } from '../assessment';
import { checkText, type Finding, type TextOrigin } from '../checker';
import { findNumbers } from '../sv';
import type { ReportDocument } from '../report';

export const MARK = '⚠';

/**
 * Findings for a text about the given goals (all goals when none is in play). With several goals
 * a finding stands only where every goal's check objects at the same place: a figure backed by
 * any one goal's facts is grounded. A chat reply is a model's text (`origin` model); a text the official
 * pasted is a person's.
 */
export function checkAgainstGoals(
  doc: ReportDocument,
  assessment: ReportAssessment,
  text: string,
  goalIds: string[],
  origin: TextOrigin = 'model',
): Finding[] {
  const known = new Set(assessment.goals.map((g) => g.goalId));
  const ids = [...new Set(goalIds.filter((id) => known.has(id)))];
  const scope = ids.length ? ids : [...known];
  if (scope.length === 0 || text.trim() === '') return [];
  const errorsFor = (goalId: string) =>
    checkText({ doc, goalId, text, assessment: assessment.goals.find((g) => g.goalId === goalId), origin }).filter(
      (f) => f.severity === 'error',
    );
  // Each further goal can only clear findings, so stop as soon as none is left.
  let standing = errorsFor(scope[0]!);
  for (const goalId of scope.slice(1)) {
    if (standing.length === 0) break;
    const other = errorsFor(goalId);
    standing = standing.filter((f) => other.some((o) => o.start === f.start && o.end === f.end));
  }
  return standing;
}

/** Whether a text states any figure other than a year: only then is a reply worth checking. */
export function statesFigures(text: string): boolean {
  return findNumbers(text).some((m) => !m.isYear);
}

/** Where the text's figures stand against the data: a ⚠ after each figure that failed, findings moved to match. */
export function markFindings(text: string, findings: Finding[]): { text: string; findings: Finding[] } {
  const ends = [...new Set(findings.filter((f) => f.severity === 'error' && f.end > 0).map((f) => f.end))].sort((a, b) => a - b);
  if (ends.length === 0) return { text, findings };
  const insert = ` ${MARK}`;
  let out = '';
  let from = 0;
  for (const end of ends) {
    out += text.slice(from, end) + insert;
    from = end;
  }
  out += text.slice(from);
  // A mark sits right after its figure: it moves every start at or after it, and ends only past it.
  const before = (pos: number, inclusive: boolean) => ends.filter((e) => (inclusive ? e <= pos : e < pos)).length * insert.length;
  return {
    text: out,
    findings: findings.map((f) => ({ ...f, start: f.start + before(f.start, true), end: f.end + before(f.end, false) })),
  };
}

/** The findings as lines for the person: the figure as written, what is wrong, what the data says. */
export function findingLines(text: string, findings: Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => {
      const quoted = text.slice(f.start, f.end).trim();
      return `${MARK} ${quoted ? `«${quoted}»: ` : ''}${f.message}${f.expected ? ` (enligt underlaget: ${f.expected})` : ''}`;
    });
}

/** A reply checked and marked, with the finding list appended when a figure could not be backed. */
export function groundReply(
  doc: ReportDocument,
  assessment: ReportAssessment,
  text: string,
  goalIds: string[],
): { text: string; findings: Finding[] } {
  const findings = statesFigures(text) ? checkAgainstGoals(doc, assessment, text, goalIds) : [];
  if (findings.length === 0) return { text, findings };
  const marked = markFindings(text, findings);
  const lines = findingLines(marked.text, marked.findings);
  return {
    text: `${marked.text}\n\n${MARK} Siffror som inte stämmer med rapportens data:\n${lines.join('\n')}`,
    findings: marked.findings,
  };
}
