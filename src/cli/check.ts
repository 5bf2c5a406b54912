/** @module CLI: check every goal's published motivation in a report-data file against the data; exit status 1 on any error. */
import { assessReport } from '../domain/assessment';
import { checkText, hasErrors, type Finding } from '../domain/checker';
import { scaleOf, type ReportDocument } from '../domain/report';
import { CliError, flag, hasFlag, positional, readReportFile } from './io';

export interface GoalCheck {
  goalId: string;
  title: string;
  level: { id: string; label: string; source: 'publicerad' | 'beräknad' };
  text: string;
  findings: Finding[];
}

/** Each goal with a published motivation, checked against its published level (else the computed one). */
export function checkPublished(doc: ReportDocument, goalId?: string): GoalCheck[] {
  const assessment = assessReport(doc);
  return doc.goals
    .filter((g) => (goalId === undefined || g.id === goalId) && g.published?.motivation)
    .map((g) => {
      const a = assessment.goals.find((x) => x.goalId === g.id)!;
      const levelId = g.published?.level ?? a.computedLevel;
      const label = scaleOf(doc).levels.find((l) => l.id === levelId)?.label ?? levelId;
      const text = g.published!.motivation!;
      return {
        goalId: g.id,
        title: g.title,
        level: { id: levelId, label, source: g.published?.level ? 'publicerad' : 'beräknad' },
        text,
        findings: checkText({ doc, goalId: g.id, text, level: levelId, assessment: a }),
      };
    });
}

const quote = (text: string, f: Finding) => text.slice(f.start, f.end).replace(/\s+/g, ' ');
const shorten = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatChecks(checks: GoalCheck[]): string {
  const out: string[] = [];
  for (const c of checks) {
    out.push(`${c.goalId}  ${c.title}`, `    Nivå: ${c.level.label} (${c.level.source})`);
    if (c.findings.length === 0) out.push('    Inga anmärkningar.');
    for (const f of c.findings) {
      out.push(`    ${f.severity === 'error' ? 'FEL    ' : 'varning'}  ${f.code}: ${f.message}`);
      out.push(`             ”${shorten(quote(c.text, f))}” (tecken ${f.start}–${f.end})`);
    }
    out.push('');
  }
  const errors = checks.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = checks.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'warning').length, 0);
  out.push(`${checks.length} motiveringar kontrollerade: ${errors} fel, ${warnings} varningar.`);
  return out.join('\n');
}

export async function checkCommand(args: string[]) {
  const [file] = positional(args, ['json']);
  const doc = await readReportFile(file);
  const goalId = flag(args, 'goal');
  if (goalId !== undefined && !doc.goals.some((g) => g.id === goalId)) throw new CliError(`Målet "${goalId}" finns inte i ${file}.`);
  const checks = checkPublished(doc, goalId);
  if (checks.length === 0) console.log(`${file} har ingen publicerad motivering att kontrollera.`);
  else console.log(hasFlag(args, 'json') ? JSON.stringify(checks, null, 2) : formatChecks(checks));
  if (checks.some((c) => hasErrors(c.findings))) process.exitCode = 1;
}
