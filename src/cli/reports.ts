/** @module CLI: import a report-data file, export a stored report, create tokens. */
import { writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loadReportDocument } from '../db/reports';
import { organisations, reports } from '../db/schema';
import { createToken, roles, type Role } from '../db/tokens';
import { importReportFor } from '../services';
import { CliError, flag, hasFlag, positional, readReportFile } from './io';

export async function importCommand(db: Db, args: string[]) {
  const [file] = positional(args);
  const doc = await readReportFile(file);
  // The command line acts for the organisation the file names; figures and stale flags in one transaction.
  const { staleSuggestions: stale, ...result } = await importReportFor(
    db,
    { orgId: doc.organisation.id, name: 'import (kommandoraden)' },
    doc,
  );
  const goals = doc.goals.length;
  const indicators = doc.goals.reduce((n, g) => n + g.indicators.length, 0);
  console.log(
    `${result.created ? 'Importerade' : 'Uppdaterade'} rapporten ${result.id} (${doc.organisation.id}): ${goals} mål, ${indicators} indikatorer, version ${result.revision}.`,
  );
  if (stale.length) {
    console.log(
      `Obs: siffrorna har ändrats för ${stale.length === 1 ? 'en text' : `${stale.length} texter`} som redan skrivits; de är markerade inaktuella och behöver granskas (texterna är oförändrade).`,
    );
  }
  if (result.orphanedGoals.length) {
    console.log(`Obs: målen ${result.orphanedGoals.join(', ')} finns inte längre i filen; texter och bedömningar för dem är sparade.`);
  }
}

export async function exportCommand(db: Db, args: string[]) {
  const [reportId] = positional(args);
  if (!reportId) throw new CliError('Ange rapportens id: npm run cli -- export ID [--org ORG] [--out FIL]');
  let orgId = flag(args, 'org');
  if (!orgId) {
    const owners = await db.select({ orgId: reports.orgId }).from(reports).where(eq(reports.reportId, reportId));
    if (owners.length === 0) throw new CliError(`Rapporten ${reportId} finns inte.`);
    if (owners.length > 1)
      throw new CliError(`Flera organisationer har rapporten ${reportId}; ange --org (${owners.map((o) => o.orgId).join(', ')}).`);
    orgId = owners[0]!.orgId;
  }
  const found = await loadReportDocument(db, orgId, reportId);
  if (!found) throw new CliError(`Rapporten ${reportId} finns inte hos ${orgId}.`);
  const json = `${JSON.stringify(found.doc, null, 2)}\n`;
  const out = flag(args, 'out');
  if (out) {
    await writeFile(out, json);
    console.error(`Skrev ${out}.`);
  } else process.stdout.write(json);
}

export async function tokenCommand(db: Db, args: string[]) {
  const [sub] = positional(args);
  if (sub !== 'create')
    throw new CliError('Användning: npm run cli -- token create --role official|editor|admin --org ORG [--create-org] [--name NAMN]');
  const role = flag(args, 'role');
  const orgId = flag(args, 'org');
  if (!role || !roles.includes(role as Role)) throw new CliError(`--role ska vara en av ${roles.join(', ')}.`);
  if (!orgId || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(orgId))
    throw new CliError('--org ska vara organisationens id, t.ex. huddinge-socialnamnden.');
  const [known] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId));
  // A mistyped --org would otherwise make a new, empty organisation and a token that sees nothing.
  if (!known && !hasFlag(args, 'create-org')) {
    throw new CliError(`Organisationen ${orgId} finns inte. Kontrollera stavningen, eller lägg till --create-org för att skapa den.`);
  }
  const { secret } = await createToken(db, { orgId, role: role as Role, name: flag(args, 'name') });
  console.log(`Ny token för ${orgId} med rollen ${role}. Den visas bara nu:\n${secret}`);
}
