import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema';
import { startDemoServer, type DemoServer } from './server';

let demo: DemoServer;
let token: string;

beforeAll(async () => {
  demo = await startDemoServer('chat');
  token = await demo.token('official', 'Handläggare Test');
});

afterAll(() => demo?.stop());

async function signedIn(): Promise<Page> {
  const page = await demo.browser.newPage();
  await page.goto(`${demo.base}/rapporter/vb-2022/chatt`);
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
    expect(await reply.locator('.note').textContent()).toContain('administratör'); // an official is shown no configuration text

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
    const rows = await demo.db.select().from(suggestions).where(eq(suggestions.goalId, 'g2'));
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
