/**
 * @module Builds the real app over a real libSQL file (one per test file, migrated in-process),
 * and gives tests tokens and requests with auth.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { parseConfig, type Config } from '../../src/config';
import { migrateDb } from '../../src/db/migrate';
import { openNodeDb } from '../../src/db/node-client';
import { createToken, type Role } from '../../src/db/tokens';
import { nodeBackground } from '../../src/lib/background';
import { openAIFactory } from '../../src/llm/client';
import type { ReportInput } from '../../src/domain/report';

export const DEMO_ORG = 'huddinge-socialnamnden';

export function demoFile(name: 'vb-2022' | 'vp-2026' | 'dr-2019'): ReportInput {
  return JSON.parse(readFileSync(join(__dirname, '../../data', `${name}.json`), 'utf8')) as ReportInput;
}

export async function makeTestApp(env: Record<string, string> = {}, configOverride: Partial<Config> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-test-'));
  const config = { ...parseConfig({ ...env, DATABASE_URL: `file:${join(dir, 'test.db')}` }), ...configOverride };
  const { db, close } = openNodeDb(config.databaseUrl);
  await migrateDb(db);
  const background = nodeBackground();
  const app = createApp({ db, config, background, openai: openAIFactory(config.llm) });
  const tokens = new Map<string, string>();
  async function token(role: Role = 'editor', orgId = DEMO_ORG, name?: string) {
    const key = `${orgId}/${role}/${name ?? ''}`;
    if (!tokens.has(key)) tokens.set(key, (await createToken(db, { orgId, role, name: name ?? `Test ${role}` })).secret);
    return tokens.get(key)!;
  }
  async function request(
    method: string,
    path: string,
    opts: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
  ) {
    // The default caller is an editor; imports (admin only) go as the organisation's admin.
    const defaultRole: Role = method === 'POST' && /^\/api\/v1\/reports(\/[^/]+\/kolada)?$/.test(path) ? 'admin' : 'editor';
    const auth = opts.token === null ? undefined : (opts.token ?? (await token(defaultRole)));
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (auth) headers.authorization = `Bearer ${auth}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    return app.request(path, { method, headers, body });
  }
  async function importDemo(name: 'vb-2022' | 'vp-2026' | 'dr-2019' = 'vb-2022', orgToken?: string) {
    const res = await request('POST', '/api/v1/reports', { body: demoFile(name), token: orgToken });
    if (res.status >= 300) throw new Error(`import failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  }
  /** Signs in on the sign-in page with an API token; returns the session cookie (`name=value`). */
  async function signIn(apiToken: string) {
    const res = await app.request('/logga-in', {
      method: 'POST',
      body: new URLSearchParams({ token: apiToken }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
    return cookie;
  }
  /** Posts a page form as the signed-in user with `cookie`. */
  const postForm = (path: string, fields: Record<string, string>, cookie: string) =>
    app.request(path, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
  return { app, db, config, close, token, request, importDemo, background, signIn, postForm };
}

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
