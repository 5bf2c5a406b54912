import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config';
import { migrateDb } from '../../src/db/migrate';
import { openNodeDb } from '../../src/db/node-client';
import { importReport } from '../../src/db/reports';
import { suggestions } from '../../src/db/schema';
import { createToken } from '../../src/db/tokens';
import { parseReportDocument } from '../../src/domain/report';
import { startNodeServer } from '../../src/node';

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let server: Awaited<ReturnType<typeof startNodeServer>>;
let browser: Browser;
let base: string;
let token: string;
let db: ReturnType<typeof openNodeDb>['db'];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-browser-chat-'));
  const databaseUrl = `file:${join(dir, 'chat.db')}`;
  ({ db } = openNodeDb(databaseUrl));
  await migrateDb(db);
  const parsed = parseReportDocument(JSON.parse(readFileSync(join(__dirname, '../../data/vb-2022.json'), 'utf8')));
  if (!parsed.ok) throw new Error('demo data invalid');
  await importReport(db, parsed.doc);
  token = (await createToken(db, { orgId: 'huddinge-socialnamnden', role: 'official', name: 'Handläggare Test' })).secret;
  const port = await freePort();
  server = await startNodeServer(parseConfig({ DATABASE_URL: databaseUrl, PORT: String(port) }));
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function signedIn(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${base}/rapporter/vb-2022/chatt`);
  await page.waitForURL(/\/logga-in/);
  await page.fill('#token', token);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/rapporter\/vb-2022\/chatt/);
  return page;
}

async function ask(page: Page, message: string) {
  const before = await page.locator('.msg.assistant').count();
  await page.fill('#chat-input', message);
  const response = page.waitForResponse((r) => r.url().endsWith('/chatt/api') && r.request().method() === 'POST');
  await page.press('#chat-input', 'Enter');
  expect((await response).headers()['content-type']).toContain('text/event-stream');
  await expect.poll(() => page.locator('#chat-form button[type=submit]').isEnabled()).toBe(true);
  return page.locator('.msg.assistant').nth(before);
}

describe('the chat page in headless Chromium', () => {
  it("answers a goal's assessment as a stream, with the indicators as a table", async () => {
    const page = await signedIn();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Chatta om Verksamhetsberättelse 2022');
    // Count how often a reply's text grows while it streams in (a string: the test's transpiled functions do not run in the
    // page). Records arrive in batches, after the final message may have replaced the streamed paragraph: match by class.
    await page.evaluate(`
      window.updates = 0;
      new MutationObserver(function (records) {
        records.forEach(function (r) { if (r.target.nodeType === 1 && r.target.classList.contains('text')) window.updates++; });
      }).observe(document.getElementById('chat-log'), { subtree: true, childList: true, characterData: true });
    `);
    const reply = await ask(page, 'Hur bedöms målet om attraktiv arbetsgivare?');
    await expect.poll(() => reply.locator('.text').textContent()).toMatch(/g2 «Chefer och medarbetare.*» bedöms som/);
    expect(await page.evaluate('window.updates')).toBeGreaterThan(1);
    const table = reply.locator('details.tool table');
    expect(await table.locator('th').allTextContents()).toEqual(['Indikator', 'Utfall', 'Föregående', 'Förändring', 'Etappmål', 'Status']);
    expect(await table.locator('tbody tr').first().textContent()).toContain('7,8 procent (2022)');
    expect(await reply.locator('.note').textContent()).toContain('OPENAI_API_KEY');

    // What people type is shown as text, never run as markup.
    const echo = await ask(page, '<img src=x onerror="window.pwned=1"> vad är detta?');
    await expect.poll(() => echo.locator('.text').textContent()).toContain('förstår jag inte');
    expect(await page.locator('.msg.user').last().textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('#chat-log img').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    await page.close();
  });

  it('drafts a motivation, shows it with its check, and sends it to review with the button', async () => {
    const page = await signedIn();
    const reply = await ask(page, 'Skriv en motivering för mål 2 och nämn medarbetarenkäten');
    const draft = reply.locator('section.draft');
    await expect.poll(() => draft.locator('h3').textContent()).toBe('Utkast för g2 – siffrorna stämmer');
    const text = (await draft.locator('.draft-text').textContent())!;
    expect(text).toMatch(/medarbetarenkät/);

    await draft.locator('button.send-review').click();
    await expect.poll(() => draft.locator('.sent').textContent()).toContain('Skickat till granskning');
    const rows = await db.select().from(suggestions).where(eq(suggestions.goalId, 'g2'));
    expect(rows.find((r) => r.text === text)).toMatchObject({ status: 'pending', origin: 'chat', createdBy: 'Handläggare Test' });

    // The conversation survives a reload: its address carries it, and the draft comes back.
    expect(page.url()).toMatch(/\?samtal=/);
    await page.reload();
    await expect.poll(() => page.locator('.msg.user').count()).toBe(1);
    expect(await page.locator('section.draft .draft-text').textContent()).toBe(text);
    await page.close();
  });

  it('marks a wrong figure in a pasted text', async () => {
    const page = await signedIn();
    const reply = await ask(page, 'Kontrollera mot mål 2: Den totala sjukfrånvaron ökade till 9,1 procent under 2022.');
    await expect.poll(() => reply.locator('.text').textContent()).toContain('enligt underlaget: 7,8 procent');
    expect(await reply.locator('details.tool summary').textContent()).toBe('Kontroll: 1 uppgift stämmer inte med siffrorna för g2.');
    expect((await reply.locator('details.tool table tbody').textContent())!).toContain('9,1 procent');
    await page.close();
  });
});
