import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, tokensFileFor } from '../../src/cli/demo';
import { makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('npm run demo', () => {
  it('keeps the demo tokens beside the database they belong to', () => {
    expect(tokensFileFor('file:.data/motivera.db')).toBe(join('.data', 'demo-tokens.json'));
    expect(tokensFileFor('file:/srv/motivera/prod.db')).toBe('/srv/motivera/demo-tokens.json');
    expect(tokensFileFor('file:///srv/motivera/prod.db')).toBe('/srv/motivera/demo-tokens.json');
    expect(tokensFileFor('libsql://motivera-huddinge.turso.io')).toBe(join('.data', 'demo-tokens.json'));
  });

  it('loads every demo report and saves tokens that open them, the editor’s allowed to accept', async () => {
    const file = tokensFileFor(t.config.databaseUrl);
    expect(dirname(file)).not.toBe('.data');
    const { tokens, orgs } = await loadDemo(t.db, file);
    expect(orgs).toEqual(['huddinge-socialnamnden']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(tokens);

    const editor = tokens['huddinge-socialnamnden/editor']!;
    for (const id of ['vb-2022', 'vp-2026', 'dr-2019']) {
      const res = await t.request('GET', `/api/v1/reports/${id}/assessment`, { token: editor });
      expect(res.status, id).toBe(200);
    }
    // The delårsrapport per 31 mars follows up activities and the economy: its sections draft clean offline.
    const sections = (await (await t.request('GET', '/api/v1/reports/dr-2019/sections', { token: editor })).json()) as {
      sections: { id: string }[];
    };
    expect(sections.sections.map((x) => x.id)).toEqual(['sammanfattning', 'ekonomi']);
    for (const { id } of sections.sections) {
      const d = (await (await t.request('POST', `/api/v1/reports/dr-2019/sections/${id}/drafts`, { body: {}, token: editor })).json()) as {
        verified: boolean;
      };
      expect(d.verified, id).toBe(true);
    }
    const draft = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', {
      body: {},
      token: tokens['huddinge-socialnamnden/official']!,
    });
    expect(draft.status).toBe(201);
    const s = (await draft.json()) as { id: string; version: number; verified: boolean };
    expect(s.verified).toBe(true);
    expect(
      (await t.request('POST', `/api/v1/suggestions/${s.id}/accept`, { body: { baseVersion: s.version }, token: editor })).status,
    ).toBe(200);
    // Only the admin token re-imports a report.
    const doc = readFileSync(join(__dirname, '../../data/vb-2022.json'), 'utf8');
    expect((await t.request('POST', '/api/v1/reports', { body: doc, token: editor })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/reports', { body: doc, token: tokens['huddinge-socialnamnden/admin']! })).status).toBe(200);
  });
});
