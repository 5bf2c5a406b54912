import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/cli/io';
import { tokenCommand } from '../../src/cli/reports';
import { organisations, tokens } from '../../src/db/schema';
import { DEMO_ORG, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => t.close());

describe('npm run cli -- token create', () => {
  it('refuses an organisation that does not exist, and creates neither it nor a token', async () => {
    await expect(tokenCommand(t.db, ['create', '--role', 'editor', '--org', 'finns-inte'])).rejects.toThrow(CliError);
    await expect(tokenCommand(t.db, ['create', '--role', 'editor', '--org', 'finns-inte'])).rejects.toThrow(/finns inte.*--create-org/);
    expect(await t.db.select().from(organisations).where(eq(organisations.id, 'finns-inte'))).toEqual([]);
    expect(await t.db.select().from(tokens).where(eq(tokens.orgId, 'finns-inte'))).toEqual([]);
  });

  it('creates the organisation with --create-org, and a token for a known organisation without it', async () => {
    await tokenCommand(t.db, ['create', '--role', 'admin', '--org', 'ny-namnd', '--create-org']);
    expect(await t.db.select().from(organisations).where(eq(organisations.id, 'ny-namnd'))).toHaveLength(1);
    const before = (await t.db.select().from(tokens).where(eq(tokens.orgId, DEMO_ORG))).length;
    await tokenCommand(t.db, ['create', '--role', 'official', '--org', DEMO_ORG]);
    expect(await t.db.select().from(tokens).where(eq(tokens.orgId, DEMO_ORG))).toHaveLength(before + 1);
  });
});
