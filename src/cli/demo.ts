/** @module CLI: load every demo report in data/ and create demo tokens, so a newcomer can look around at once. */
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/client';
import { createToken } from '../db/tokens';
import { importReportFor } from '../services';
import { readReportFile } from './io';

/** Where the demo tokens are saved: beside a local database file, so two databases never share one token file. */
export function tokensFileFor(databaseUrl: string): string {
  if (!databaseUrl.startsWith('file:')) return join('.data', 'demo-tokens.json');
  const path = databaseUrl.startsWith('file://') ? fileURLToPath(databaseUrl) : databaseUrl.slice('file:'.length);
  return join(dirname(path), 'demo-tokens.json');
}

export async function loadDemo(db: Db, tokensFile: string, dataDir = 'data'): Promise<{ tokens: Record<string, string>; orgs: string[] }> {
  const files = (await readdir(dataDir)).filter((f) => f.endsWith('.json')).sort();
  const orgs = new Set<string>();
  for (const f of files) {
    const doc = await readReportFile(join(dataDir, f));
    // Loading the demo again flags texts its figures make stale, like any other import.
    const r = await importReportFor(db, { orgId: doc.organisation.id, name: 'demo (kommandoraden)' }, doc);
    orgs.add(doc.organisation.id);
    console.log(`  ${r.created ? 'importerade' : 'uppdaterade'} ${f}: ${doc.report.title ?? doc.report.id} (${doc.goals.length} mål)`);
  }
  const tokens: Record<string, string> = {};
  for (const orgId of orgs) {
    tokens[`${orgId}/editor`] = (await createToken(db, { orgId, role: 'editor', name: 'Demoredaktör' })).secret;
    tokens[`${orgId}/official`] = (await createToken(db, { orgId, role: 'official', name: 'Demohandläggare' })).secret;
    // Imports and re-imports need an admin (docs/roles.md).
    tokens[`${orgId}/admin`] = (await createToken(db, { orgId, role: 'admin', name: 'Demoadministratör' })).secret;
  }
  await mkdir(dirname(tokensFile), { recursive: true });
  await writeFile(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`);
  return { tokens, orgs: [...orgs] };
}
