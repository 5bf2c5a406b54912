/** @module A real, migrated libSQL file per test file, and principals, for tests that call services without HTTP. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb } from '../../src/db/migrate';
import { openNodeDb } from '../../src/db/node-client';
import type { Principal, Role } from '../../src/db/tokens';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { DEMO_ORG, demoFile } from './app';

export async function makeTestDb() {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-services-'));
  const { db, close } = openNodeDb(`file:${join(dir, 'test.db')}`);
  await migrateDb(db);
  return { db, close };
}

export function principal(role: Role = 'editor', orgId = DEMO_ORG, name = `Test ${role}`): Principal {
  return { tokenId: `token-${orgId}-${role}`, orgId, role, name };
}

/** vb-2022 under its own report id, with goal g2's 2022 sjukfrånvaro set to `sick2022`. */
export function demoDoc(reportId: string, sick2022 = 7.8): ReportDocument {
  const input = demoFile('vb-2022') as any;
  input.report.id = reportId;
  input.goals[1].indicators[0].values.find((v: { period: string }) => v.period === '2022').value = sick2022;
  const parsed = parseReportDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}
