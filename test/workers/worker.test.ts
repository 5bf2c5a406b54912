/**
 * The Worker inside workerd: the real entry (src/worker.ts) with wrangler.toml's settings, no
 * nodejs_compat, talking to libSQL over HTTP with @libsql/client/web.
 */
import { createClient } from '@libsql/client/web';
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { strFromU8, unzipSync } from 'fflate';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import vb2022 from '../../data/vb-2022.json';
import { createDb } from '../../src/db/client';
import { importReport } from '../../src/db/reports';
import { linkSlackTeam } from '../../src/db/slack-links';
import { createToken } from '../../src/db/tokens';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import worker, { createWorker } from '../../src/worker';
import { messageText, slackResponseUrl } from '../mocks/slack';
import { koladaMock } from '../mocks/kolada';
import { SLACK_SECRET } from './constants';

const ORG = 'huddinge-socialnamnden';
// The database calls go to the local libSQL server; only Slack is mocked.
const server = setupServer();
let token: string;
let doc: ReportDocument;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'bypass' });
  const parsed = parseReportDocument(vb2022);
  if (!parsed.ok) throw new Error('demo data invalid');
  doc = parsed.doc;
  const db = createDb(createClient({ url: env.DATABASE_URL }));
  token = (await createToken(db, { orgId: ORG, role: 'editor', name: 'workerd' })).secret;
  await importReport(db, doc);
  await linkSlackTeam(db, { teamId: 'TWORKERD', orgId: ORG, reportId: 'vb-2022' });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function call(request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** Signs like Slack does, with Web Crypto (workerd has no node:crypto without nodejs_compat). */
async function signed(body: string, opts: { secret?: string; timestamp?: number } = {}) {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(opts.secret ?? SLACK_SECRET),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`v0:${timestamp}:${body}`)));
  const hex = [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
  return new Request('https://motivera.example/slack/commands', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': `v0=${hex}`,
    },
    body,
  });
}

const command = (text: string) =>
  new URLSearchParams({
    team_id: 'TWORKERD',
    command: '/indikator',
    text,
    user_id: 'U1',
    response_url: 'https://hooks.slack.com/commands/TWORKERD/1/abc',
  }).toString();

describe('the Worker in workerd', () => {
  it('answers /health', async () => {
    const res = await call(new Request('https://motivera.example/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'motivera', model: 'offline' });
  });

  it('rejects an unsigned, a badly signed and an old Slack request with 401', async () => {
    const body = command('sjukfrånvaro');
    const unsigned = await call(
      new Request('https://motivera.example/slack/commands', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await call(await signed(body, { secret: 'wrong' }))).status).toBe(401);
    expect((await call(await signed(body, { timestamp: Math.floor(Date.now() / 1000) - 600 }))).status).toBe(401);
  });

  it('answers a signed look-up directly from the remote database', async () => {
    const res = await call(await signed(command('sjukfranvaro')));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Parameters<typeof messageText>[0];
    expect(body.text).toBe('Sjukfrånvaro totalt 2022: 7,8 procent; målet nås inte.');
  });

  it('finishes a goal through response_url with waitUntil after acknowledging it', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const ctx = createExecutionContext();
    const res = await worker.fetch(await signed(command('mål 2')), env, ctx);
    expect(((await res.json()) as { text: string }).text).toContain('Hämtar bedömningen av mål 2');
    await waitOnExecutionContext(ctx);
    expect(posts).toHaveLength(1);
    expect(messageText(posts[0]!.body)).toContain('*Föreslagen nivå*\nEj uppfyllt');
  });

  it('assesses a report sent in the body, with a token from the same database', async () => {
    const res = await call(
      new Request('https://motivera.example/api/v1/assess', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      }),
    );
    expect(res.status).toBe(200);
    const assessment = (await res.json()) as { goals: Array<{ goalId: string; label: string }> };
    expect(assessment.goals.find((g) => g.goalId === 'g2')?.label).toBe('Ej uppfyllt');
  });

  it('checks a motivation text against a report sent in the body', async () => {
    const check = (text: string) =>
      call(
        new Request('https://motivera.example/api/v1/check', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ report: doc, goalId: 'g2', text }),
        }),
      );
    const right = await check('Sjukfrånvaron ökade från 7 procent 2021 till 7,8 procent 2022, och etappmålet 6,5 procent nås inte.');
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ goalId: 'g2', ok: true, errors: 0 });
    const wrong = await check('Sjukfrånvaron minskade till 6,2 procent 2022, och etappmålet 6,5 procent nås.');
    expect(wrong.status).toBe(200);
    const body = (await wrong.json()) as {
      ok: boolean;
      errors: number;
      findings: Array<{ severity: string; text?: string; message: string }>;
    };
    expect(body.ok).toBe(false);
    expect(body.errors).toBeGreaterThan(0);
    expect(JSON.stringify(body.findings)).toContain('6,2');
  });

  it('answers every request with a 500 naming the setting when the bindings are wrong, and never reaches a database', async () => {
    for (const bad of [
      { ...env, DATABASE_URL: 'file:.data/motivera.db' },
      { ...env, DATABASE_URL: undefined as unknown as string },
      { ...env, LLM_TIMEOUT_MS: 'snart' },
    ]) {
      const misconfigured = createWorker();
      const res = await misconfigured.fetch(new Request('https://motivera.example/health'), bad, createExecutionContext());
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/^Tjänsten är felkonfigurerad: (DATABASE_URL|LLM_TIMEOUT_MS)/);
    }
  });

  it('does the main job against the remote database: draft offline, accept, set a level, export', async () => {
    const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
      call(
        new Request(`https://motivera.example/api/v1${path}`, {
          method: init.method ?? 'GET',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        }),
      );
    const drafted = await api('/reports/vb-2022/goals/g5/drafts', { method: 'POST', body: { instructions: 'kortare' } });
    expect(drafted.status).toBe(201);
    const draft = (await drafted.json()) as { id: string; version: number; verified: boolean; text: string; origin: string };
    expect(draft).toMatchObject({ verified: true, origin: 'offline' });

    const accepted = await api(`/suggestions/${draft.id}/accept`, { method: 'POST', body: { baseVersion: draft.version, replaces: null } });
    expect(accepted.status).toBe(200);
    const level = await api('/reports/vb-2022/goals/g5/level', {
      method: 'PUT',
      body: { level: 'delvis', reason: 'Beställda fordon levereras under våren.' },
    });
    expect(level.status).toBe(200);
    expect(((await level.json()) as { staleSuggestions: string[] }).staleSuggestions).toEqual([draft.id]);

    const exported = await api('/reports/vb-2022/export?format=md');
    expect(exported.status).toBe(200);
    const md = await exported.text();
    expect(md).toContain(draft.text);
    expect(md).toMatch(/Minskade utsläpp från fordon och tjänsteresor[\s\S]*?Delvis uppfyllt/);

    // Word with the charts: the PNG fallback is compressed with CompressionStream, which workerd has without nodejs_compat.
    const word = await api('/reports/vb-2022/export?format=docx');
    expect(word.status).toBe(200);
    const files = unzipSync(new Uint8Array(await word.arrayBuffer()));
    const pngs = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(pngs.length).toBeGreaterThan(0);
    for (const f of pngs) expect([...files[f]!.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(strFromU8(files['word/document.xml']!)).toContain(
      'descr="Diagram: Sjukfrånvaro totalt. Totalt 2020–2022: 8, 7 och 7,8 procent.',
    );
  });

  it('keeps one app per isolate: the chat limit counts across requests, and each request still gets its own waitUntil', async () => {
    const isolate = createWorker();
    const limited = { ...env, CHAT_RATE_LIMIT_PER_MINUTE: '1' };
    const chat = async () => {
      const ctx = createExecutionContext();
      const res = await isolate.fetch(
        new Request('https://motivera.example/api/v1/chat', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ reportId: 'vb-2022', message: 'Vilka mål finns?' }),
        }),
        limited,
        ctx,
      );
      const text = await res.text();
      await waitOnExecutionContext(ctx);
      return { status: res.status, text };
    };
    const first = await chat();
    expect(first.status).toBe(200);
    expect(first.text).toContain('event: end');
    const second = await chat();
    expect(second.status).toBe(429);
    expect(second.text).toContain('rate_limited');
  });

  it('refuses the API without a token', async () => {
    const res = await call(new Request('https://motivera.example/api/v1/assess', { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401);
  });
});

describe('Kolada inside workerd', () => {
  it('searches Kolada’s KPIs with plain fetch at the default v3 address', async () => {
    const mock = koladaMock({ base: 'https://api.kolada.se/v3' });
    server.use(...mock.handlers);
    const res = await call(
      new Request(`https://motivera.example/api/v1/kolada/kpi?title=${encodeURIComponent('förvärvsarbetande')}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kpis: { id: string; dividedByGender: boolean }[] };
    expect(body.kpis.map((k) => k.id)).toEqual(['X00001', 'X00002', 'X00003']);
    expect(mock.requests).toEqual(['https://api.kolada.se/v3/kpi?title=f%C3%B6rv%C3%A4rvsarbetande']);
  });
});
