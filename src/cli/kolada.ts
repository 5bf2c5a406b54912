/** @module CLI: pull a report's figures from Kolada, search Kolada's KPIs, and list or restore a report's revisions. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reports } from '../db/schema';
import { parseYears, type PullChange } from '../domain/kolada';
import { formatNumber } from '../domain/sv';
import type { KoladaClient } from '../kolada';
import { AppError } from '../lib/errors';
import { pullKolada, reportRevisions, restoreRevision, searchKpis } from '../services';
import { CliError, flag, hasFlag, positional } from './io';

const ACTOR = 'Kolada (kommandoraden)';

/** The organisation owning a report id, or the one --org names. */
async function ownerOf(db: Db, reportId: string, args: string[]): Promise<string> {
  const org = flag(args, 'org');
  if (org) return org;
  const owners = await db.select({ orgId: reports.orgId }).from(reports).where(eq(reports.reportId, reportId));
  if (owners.length === 0) throw new CliError(`Rapporten ${reportId} finns inte.`);
  if (owners.length > 1)
    throw new CliError(`Flera organisationer har rapporten ${reportId}; ange --org (${owners.map((o) => o.orgId).join(', ')}).`);
  return owners[0]!.orgId;
}

const shown = (v: number | string | null) => (v === null ? 'saknas' : typeof v === 'number' ? formatNumber(v, { maxDecimals: 4 }) : v);
const fieldText = (field: string) =>
  field === 'value'
    ? 'utfall'
    : field === 'status'
      ? 'status'
      : field.startsWith('breakdown.')
        ? field.slice(10)
        : `jämförelse ${field.slice(12)}`;
const changeLine = (c: PullChange) => `  ${c.goalId} ${c.indicatorId} ${c.period} ${fieldText(c.field)}: ${shown(c.old)} → ${shown(c.new)}`;

/** Runs an AppError from a service as a CLI error with the same Swedish message. */
async function asCli<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  }
}

export async function koladaCommand(db: Db, kolada: KoladaClient, args: string[], out: (line: string) => void = console.log) {
  const [sub, ...rest] = positional(args, ['dry-run', 'accept']);
  if (sub === 'search') {
    const text = rest.join(' ');
    const kpis = await asCli(() => searchKpis(kolada, text));
    if (kpis.length === 0) out(`Inga nyckeltal i Kolada matchar "${text}".`);
    for (const k of kpis) out(`${k.id}  ${k.title}${k.dividedByGender ? '  (kvinnor/män)' : ''}`);
    if (kpis.length)
      out(`\n${kpis.length} nyckeltal. Källa: Kolada. Koppla en indikator med "source": "Kolada ID" eller "kolada": { "kpi": "ID" }.`);
    return;
  }
  if (sub !== 'pull' || !rest[0])
    throw new CliError(
      'Användning: npm run cli -- kolada pull RAPPORT [--years 2019-2022] [--dry-run] [--accept] [--org ORG]\n             npm run cli -- kolada search "TEXT"',
    );
  const reportId = rest[0];
  const yearsText = flag(args, 'years');
  const years = yearsText === undefined ? undefined : parseYears(yearsText);
  if (years === null) throw new CliError('--years ska vara ett år eller ett intervall, t.ex. 2019-2022.');
  const dryRun = hasFlag(args, 'dry-run');
  const orgId = await ownerOf(db, reportId, args);
  const result = await asCli(() =>
    pullKolada(db, kolada, { orgId, name: ACTOR }, { reportId, years, dryRun, accept: hasFlag(args, 'accept') ? 'all' : [] }),
  );

  const comparisons = Object.entries(result.comparisons)
    .map(([label, id]) => `${label} (${id})`)
    .join(', ');
  out(
    `Kolada: kommun ${result.municipality}${comparisons ? `, jämförelser ${comparisons}` : ''}; år ${result.years.join(', ')}; ${result.requests} anrop.`,
  );
  const applied = result.changes.filter((c) => c.applied);
  const waiting = result.changes.filter((c) => !c.applied && c.typed);
  const planned = dryRun ? result.changes.filter((c) => !c.typed) : applied;
  if (planned.length) {
    out(`${dryRun ? 'Skulle ändras' : 'Ändrat'} (${planned.length}):`);
    for (const c of planned) out(changeLine(c));
  }
  if (waiting.length) {
    out(`Skriver över värden som någon skrivit in – ${dryRun ? 'tillämpas' : 'tillämpades inte'} utan --accept (${waiting.length}):`);
    for (const c of waiting) out(changeLine(c));
  }
  for (const s of result.skipped) out(`Obs: ${s.goalId} ${s.indicatorId}: ${s.reason}`);
  if (result.changes.length === 0) out('Inget att ändra: rapporten har redan Koladas siffror.');
  if (result.revision !== null) {
    out(
      `Sparade version ${result.revision}. Föregående version kan återställas: npm run cli -- revision restore ${reportId} ${result.previousRevision}`,
    );
    if (result.staleSuggestions.length)
      out(
        `Obs: ${result.staleSuggestions.length === 1 ? 'en text' : `${result.staleSuggestions.length} texter`} bygger på siffror som ändrats och är markerade inaktuella.`,
      );
  } else if (dryRun && result.changes.length) out('Torrkörning: inget har sparats.');
}

export async function revisionCommand(db: Db, args: string[], out: (line: string) => void = console.log) {
  const [sub, reportId, revisionText] = positional(args);
  if (!reportId || (sub !== 'list' && sub !== 'restore')) {
    throw new CliError(
      'Användning: npm run cli -- revision list RAPPORT [--org ORG]\n             npm run cli -- revision restore RAPPORT VERSION [--org ORG]',
    );
  }
  const orgId = await ownerOf(db, reportId, args);
  if (sub === 'list') {
    const { current, revisions } = await asCli(() => reportRevisions(db, { orgId }, reportId));
    out(`Rapporten ${reportId} är i version ${current}. Sparade versioner:`);
    for (const r of revisions) out(`  ${r.revision}  ${r.origin}  ${r.createdAt}${r.actor ? `  ${r.actor}` : ''}`);
    return;
  }
  const revision = Number(revisionText);
  if (!Number.isInteger(revision) || revision < 1)
    throw new CliError('Ange versionen som ett heltal: npm run cli -- revision restore RAPPORT VERSION');
  const result = await asCli(() => restoreRevision(db, { orgId, name: 'återställning (kommandoraden)' }, { reportId, revision }));
  out(`Återställde version ${revision} av ${reportId} som version ${result.revision}.`);
  if (result.staleSuggestions.length)
    out(
      `Obs: ${result.staleSuggestions.length === 1 ? 'en text' : `${result.staleSuggestions.length} texter`} bygger på siffror som ändrats och är markerade inaktuella.`,
    );
}
