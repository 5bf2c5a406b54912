import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleNames } from '../../src/domain/review';
import type { Role } from '../../src/db/tokens';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let pendingId: string;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/suggestions', {
    body: { text: 'Sjukfrånvaron ökade till 7,8 procent 2022.' },
  });
  pendingId = ((await res.json()) as { id: string }).id;
});
afterAll(() => t.close());

const ROLES: Role[] = ['official', 'editor', 'admin'];
const rank: Record<Role, number> = { official: 1, editor: 2, admin: 3 };

type Row = { method: string; path: () => string; needs: Role; body?: () => unknown };

/** Every API route, with the least role it needs (docs/roles.md says the same). */
const ROUTES: Row[] = [
  { method: 'GET', path: () => '/api/v1/reports', needs: 'official' },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022', needs: 'official' },
  { method: 'POST', path: () => '/api/v1/reports', needs: 'admin', body: () => demoFile('vb-2022') },
  { method: 'POST', path: () => '/api/v1/reports/vb-2022/kolada', needs: 'admin', body: () => ({}) },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/assessment', needs: 'official' },
  { method: 'PUT', path: () => '/api/v1/reports/vb-2022/goals/g1/level', needs: 'official', body: () => ({ level: 'uppfyllt' }) },
  { method: 'POST', path: () => '/api/v1/assess', needs: 'official', body: () => demoFile('vb-2022') },
  {
    method: 'POST',
    path: () => '/api/v1/reports/vb-2022/rollups/finns-inte/level',
    needs: 'official',
    body: () => ({ level: 'finns-inte', reason: 'Test.' }),
  },
  { method: 'DELETE', path: () => '/api/v1/reports/vb-2022/rollups/finns-inte/level', needs: 'official' },
  { method: 'PUT', path: () => '/api/v1/reports/vb-2022/level', needs: 'official', body: () => ({ level: 'finns-inte', reason: 'Test.' }) },
  { method: 'DELETE', path: () => '/api/v1/reports/vb-2022/level', needs: 'official' },
  {
    method: 'POST',
    path: () => '/api/v1/check',
    needs: 'official',
    body: () => ({ reportId: 'vb-2022', goalId: 'g2', text: 'Sjukfrånvaron ökade.' }),
  },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/suggestions', needs: 'official' },
  {
    method: 'POST',
    path: () => '/api/v1/reports/vb-2022/goals/g2/suggestions',
    needs: 'official',
    body: () => ({ text: 'Sjukfrånvaron ökade.' }),
  },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/history', needs: 'official' },
  { method: 'GET', path: () => `/api/v1/suggestions/${pendingId}`, needs: 'official' },
  {
    method: 'PUT',
    path: () => `/api/v1/suggestions/${pendingId}`,
    needs: 'official',
    body: () => ({ text: 'Sjukfrånvaron ökade till 7,8 procent.', baseVersion: 99 }),
  },
  { method: 'POST', path: () => `/api/v1/suggestions/${pendingId}/accept`, needs: 'editor', body: () => ({ baseVersion: 99 }) },
  {
    method: 'POST',
    path: () => `/api/v1/suggestions/${pendingId}/reject`,
    needs: 'editor',
    body: () => ({ reason: 'Fel siffra.', baseVersion: 99 }),
  },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/export?format=md', needs: 'official' },
  { method: 'POST', path: () => '/api/v1/reports/vb-2022/goals/g2/drafts', needs: 'official', body: () => ({}) },
  { method: 'POST', path: () => `/api/v1/suggestions/${pendingId}/withdraw`, needs: 'editor', body: () => ({}) },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/revisions', needs: 'official' },
  { method: 'POST', path: () => '/api/v1/reports/vb-2022/revisions/1/restore', needs: 'admin', body: () => ({}) },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/sections', needs: 'official' },
  { method: 'POST', path: () => '/api/v1/reports/vb-2022/sections/sammanfattning/drafts', needs: 'official', body: () => ({}) },
  {
    method: 'POST',
    path: () => '/api/v1/reports/vb-2022/sections/sammanfattning/suggestions',
    needs: 'official',
    body: () => ({ text: 'Nämnden har arbetat med målen under året.' }),
  },
  { method: 'GET', path: () => '/api/v1/reports/vb-2022/activities', needs: 'official' },
  { method: 'GET', path: () => '/api/v1/chat', needs: 'official' },
  { method: 'GET', path: () => '/api/v1/settings', needs: 'official' },
  { method: 'PUT', path: () => '/api/v1/settings', needs: 'admin', body: () => ({ conversationRetentionDays: 365 }) },
  {
    method: 'POST',
    path: () => '/api/v1/chat',
    needs: 'official',
    body: () => ({ reportId: 'vb-2022', message: 'Hur gick det med sjukfrånvaron?' }),
  },
];

describe('each API route against each role', () => {
  for (const route of ROUTES) {
    for (const role of ROLES) {
      const allowed = rank[role] >= rank[route.needs];
      it(`${route.method} ${route.path().replace(/suggestions\/[^/]+/, 'suggestions/:id')} as ${role}: ${allowed ? 'let through' : '403'}`, async () => {
        const res = await t.request(route.method, route.path(), { body: route.body?.(), token: await t.token(role) });
        if (allowed) expect([401, 403]).not.toContain(res.status);
        else {
          expect(res.status).toBe(403);
          const body = (await res.json()) as { error: { code: string; message: string } };
          expect(body.error.code).toBe('forbidden');
          expect(body.error.message).toContain(roleNames[route.needs]);
        }
      });
    }
  }
});

describe('an official or editor importing', () => {
  it('changes no figure: the stored report is the one the admin imported', async () => {
    const changed = demoFile('vb-2022');
    changed.report.title = 'Överskriven av fel roll';
    for (const role of ['official', 'editor'] as const) {
      expect((await t.request('POST', '/api/v1/reports', { body: changed, token: await t.token(role) })).status).toBe(403);
    }
    const stored = (await (await t.request('GET', '/api/v1/reports/vb-2022')).json()) as { report: { title?: string } };
    expect(stored.report.title).not.toBe('Överskriven av fel roll');
  });
});
