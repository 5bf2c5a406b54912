/** @module Small helpers shared by the CLI commands: reading report files and reporting problems. */
import { readFile } from 'node:fs/promises';
import { jsonSyntaxProblem } from '../lib/json-error';
import { parseReportDocument, type ReportDocument } from '../domain/report';

export class CliError extends Error {}

export async function readReportFile(file: string | undefined): Promise<ReportDocument> {
  if (!file) throw new CliError('Ange en fil: npm run cli -- <kommando> FIL.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`Kan inte läsa filen ${file}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new CliError(`${file} är inte giltig JSON (${jsonSyntaxProblem(raw, e)}).`);
  }
  const parsed = parseReportDocument(json);
  if (!parsed.ok) {
    throw new CliError(`${file} innehåller fel; inget har sparats:\n${parsed.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
  return parsed.doc;
}

export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} behöver ett värde.`);
  return value;
}

export const hasFlag = (args: string[], name: string) => args.includes(`--${name}`);

/** The arguments that are not flags; `booleans` names the flags that take no value. */
export function positional(args: string[], booleans: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith('--')) {
      const takesValue = !booleans.includes(args[i]!.slice(2));
      if (takesValue && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}
