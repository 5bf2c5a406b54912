import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeAllExpiredConversations } from '../../src/db/conversations';
import { chatMessages, conversations } from '../../src/db/schema';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { parseSse, turnOf } from '../helpers/sse';

let t: TestApp;
let adminCookie: string;
let officialCookie: string;

async function signIn(role: 'official' | 'admin') {
  const res = await t.app.request('/logga-in', {
    method: 'POST',
    body: new URLSearchParams({ token: await t.token(role) }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  t = await makeTestApp({ CHAT_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.importDemo('vb-2022');
  adminCookie = await signIn('admin');
  officialCookie = await signIn('official');
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;

/** A conversation of the default caller (an editor) with one question and its answer. */
async function converse(message = 'Hur gick det med sjukfrånvaron?', token?: string) {
  const res = await t.request('POST', '/api/v1/chat', { token, body: { reportId: 'vb-2022', message } });
  expect(res.status).toBe(200);
  return turnOf(parseSse(await res.text())).conversation.id;
}

/** Moves a conversation's last message `days` days into the past. */
async function age(id: string, days: number) {
  await t.db
    .update(conversations)
    .set({ updatedAt: new Date(Date.now() - days * DAY).toISOString() })
    .where(eq(conversations.id, id));
}

const setDays = async (days: unknown, role: 'official' | 'editor' | 'admin' = 'admin') =>
  t.request('PUT', '/api/v1/settings', { body: { conversationRetentionDays: days }, token: await t.token(role) });

const listed = async () =>
  ((await (await t.request('GET', '/api/v1/chat')).json()) as { conversations: { id: string }[] }).conversations.map((c) => c.id);

describe('how long conversations are kept, an admin setting', () => {
  it('is 365 days by default, with its bounds, for anyone signed in to read', async () => {
    const res = await t.request('GET', '/api/v1/settings', { token: await t.token('official') });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ conversationRetentionDays: 365, defaultDays: 365, minDays: 1, maxDays: 3650 });
  });

  it('can be set by an admin only, within 1 to 3 650 whole days, and a refusal names the field', async () => {
    for (const role of ['official', 'editor'] as const) {
      const res = await setDays(30, role);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('administratör');
    }
    for (const bad of [0, 3651, 1.5, '30', null]) {
      const res = await setDays(bad);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('conversationRetentionDays');
    }
    expect((await (await t.request('GET', '/api/v1/settings')).json()) as object).toMatchObject({ conversationRetentionDays: 365 });
    const ok = await setDays(3650);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ conversationRetentionDays: 3650, deleted: 0 });
  });

  it('deletes a conversation whose last message is older than the setting, with its messages, when conversations are read', async () => {
    expect((await setDays(30)).status).toBe(200);
    const old = await converse();
    const recent = await converse();
    await age(old, 31);
    await age(recent, 29);
    expect(await listed()).toEqual(expect.arrayContaining([recent]));
    expect(await listed()).not.toContain(old);
    expect(await t.db.select().from(chatMessages).where(eq(chatMessages.conversationId, old))).toEqual([]);
    expect((await t.request('GET', `/api/v1/chat/${old}`)).status).toBe(404);
    expect((await t.request('GET', `/api/v1/chat/${recent}`)).status).toBe(200);
  });

  it('refuses to continue an expired conversation instead of answering in it', async () => {
    const old = await converse();
    await age(old, 40);
    const res = await t.request('POST', '/api/v1/chat', { body: { reportId: 'vb-2022', conversationId: old, message: 'Och målet?' } });
    expect(res.status).toBe(404);
    expect(await t.db.select().from(conversations).where(eq(conversations.id, old))).toEqual([]);
  });

  it('deletes at once what a lowered setting no longer keeps, and says how many', async () => {
    expect((await setDays(365)).status).toBe(200);
    const a = await converse();
    const b = await converse();
    await age(a, 100);
    await age(b, 100);
    const res = await setDays(60);
    expect(await res.json()).toMatchObject({ conversationRetentionDays: 60, deleted: 2 });
    expect(
      await t.db
        .select()
        .from(conversations)
        .where(inArray(conversations.id, [a, b])),
    ).toEqual([]);
  });

  it("leaves another organisation's conversations to that organisation's own setting", async () => {
    expect((await setDays(10)).status).toBe(200);
    const otherToken = await t.token('editor', 'annan-kommun');
    const doc = demoFile('vb-2022');
    doc.organisation = { ...doc.organisation, id: 'annan-kommun' };
    const imported = await t.request('POST', '/api/v1/reports', { body: doc, token: await t.token('admin', 'annan-kommun') });
    expect(imported.status).toBeLessThan(300);
    const theirs = await converse('Hur gick det med sjukfrånvaron?', otherToken);
    await age(theirs, 20);
    await listed(); // our organisation's read purges only ours
    expect(await t.db.select().from(conversations).where(eq(conversations.id, theirs))).toHaveLength(1);
    // At start every organisation is purged by its own setting (theirs is the default 365 days).
    await purgeAllExpiredConversations(t.db);
    expect(await t.db.select().from(conversations).where(eq(conversations.id, theirs))).toHaveLength(1);
    await age(theirs, 400);
    expect(await purgeAllExpiredConversations(t.db)).toBeGreaterThanOrEqual(1);
    expect(await t.db.select().from(conversations).where(eq(conversations.id, theirs))).toEqual([]);
  });
});

describe('the settings page and the chat page', () => {
  const form = (cookie: string, days: string) =>
    t.app.request('/installningar', {
      method: 'POST',
      body: new URLSearchParams({ conversationRetentionDays: days }),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('shows an admin the form, keeps what was typed after a refusal, and saves a good value', async () => {
    const page = await t.app.request('/installningar', { headers: { cookie: adminCookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Antal dagar som samtalen sparas');
    const refused = await form(adminCookie, '5000');
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/från 1 till 3\s650/);
    expect(html).toContain('value="5000"');
    const saved = await form(adminCookie, '90');
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(/^\/installningar\?klart=1/);
    expect((await (await t.request('GET', '/api/v1/settings')).json()) as object).toMatchObject({ conversationRetentionDays: 90 });
  });

  it('is refused to an official, as an HTML page in Swedish, and changes nothing', async () => {
    const page = await t.app.request('/installningar', { headers: { cookie: officialCookie } });
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('administratör');
    expect((await form(officialCookie, '2')).status).toBe(403);
    expect((await (await t.request('GET', '/api/v1/settings')).json()) as object).toMatchObject({ conversationRetentionDays: 90 });
  });

  it('the chat page says how long conversations are kept; only an admin gets the link to change it', async () => {
    const official = await (await t.app.request('/rapporter/vb-2022/chatt', { headers: { cookie: officialCookie } })).text();
    expect(official).toContain('Samtal sparas i 90 dagar efter det senaste meddelandet');
    expect(official).not.toContain('href="/installningar"');
    const admin = await (await t.app.request('/rapporter/vb-2022/chatt', { headers: { cookie: adminCookie } })).text();
    expect(admin).toContain('href="/installningar"');
  });
});
