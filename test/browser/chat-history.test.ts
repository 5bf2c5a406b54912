/**
 * Browser suite for the chat's earlier conversations: an answer read back keeps its links to the
 * goal and indicator pages, and the page says how long conversations are kept (an admin sets it).
 */
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations } from '../../src/db/schema';
import { startDemoServer, type DemoServer } from './server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo: DemoServer;
let official: string;
let admin: string;

beforeAll(async () => {
  demo = await startDemoServer('chat-history');
  official = await demo.token('official', 'Handläggare Test');
  admin = await demo.token('admin', 'Admin Test');
});
afterAll(() => demo?.stop());

async function signedIn(token: string, path: string, width = 1280): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
  await page.goto(`${demo.base}${path}`);
  await page.waitForURL(/\/logga-in/);
  await page.fill('#token', token);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => u.pathname === path.split('?')[0]);
  return page;
}

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page as it stands. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => v.id);
  });
  return violations;
}

describe('an earlier conversation in the browser', () => {
  it('shows the old answer with its goal link, and the link goes to the goal page', async () => {
    const page = await signedIn(official, '/rapporter/vb-2022/chatt');
    await page.getByLabel('Ditt meddelande').fill('Hur bedöms målet om attraktiv arbetsgivare?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#chat-status').textContent()).toBe('Svaret är klart.');
    const url = page.url();
    expect(url).toMatch(/\?samtal=/);

    // Open it again from "Mina samtal" on a fresh chat page: the stored answer comes back with its link.
    await page.goto(`${demo.base}/rapporter/vb-2022/chatt`);
    await page.locator('.conversations a', { hasText: 'Hur bedöms målet om attraktiv arbetsgivare?' }).click();
    await page.waitForURL(/\?samtal=/);
    const link = page.locator('#chat-log .msg.assistant nav.links a').first();
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/rapporter/vb-2022/mal/g2');
    expect(await audit(page)).toEqual([]);
    await link.click();
    await page.waitForURL(/\/rapporter\/vb-2022\/mal\/g2$/);
    expect(await page.locator('h1').textContent()).toContain('Chefer och medarbetare');
    await page.close();
  });

  it('lets an admin set how long conversations are kept with the keyboard; older ones are gone and the chat page says so', async () => {
    const page = await signedIn(official, '/rapporter/vb-2022/chatt');
    await page.getByLabel('Ditt meddelande').fill('Vilka mål är inte uppfyllda?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#chat-status').textContent()).toBe('Svaret är klart.');
    const id = new URL(page.url()).searchParams.get('samtal')!;
    expect(await page.locator('#retention').textContent()).toContain('Samtal sparas i 365 dagar efter det senaste meddelandet');
    // Its last message was 45 days ago.
    await demo.db
      .update(conversations)
      .set({ updatedAt: new Date(Date.now() - 45 * 24 * 3600 * 1000).toISOString() })
      .where(eq(conversations.id, id));

    const settings = await signedIn(admin, '/rapporter');
    await settings.getByRole('link', { name: 'Inställningar' }).focus();
    await settings.keyboard.press('Enter');
    await settings.waitForURL(/\/installningar$/);
    expect(await audit(settings)).toEqual([]);
    const field = settings.getByLabel('Antal dagar som samtalen sparas');
    await field.fill('0');
    await field.press('Enter');
    // The browser's own check refuses 0 before sending (min=1): the value stays, nothing is saved.
    expect(new URL(settings.url()).search).toBe('');
    await field.fill('30');
    await field.press('Enter');
    await settings.waitForURL(/klart=1&raderade=1/);
    expect(await settings.locator('.notice').textContent()).toBe('Inställningen är sparad. Ett äldre samtal raderades.');
    expect(await settings.getByLabel('Antal dagar som samtalen sparas').inputValue()).toBe('30');
    expect(await audit(settings)).toEqual([]);
    await settings.setViewportSize({ width: 390, height: 800 });
    expect(await settings.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(`${demo.base}/rapporter/vb-2022/chatt`);
    expect(await page.locator('#retention').textContent()).toContain('Samtal sparas i 30 dagar efter det senaste meddelandet');
    expect(await page.locator('.conversations a', { hasText: 'Vilka mål är inte uppfyllda?' }).count()).toBe(0);
    expect(await page.locator('.conversations a', { hasText: 'Hur bedöms målet om attraktiv arbetsgivare?' }).count()).toBe(1);
    expect(await audit(page)).toEqual([]);
    // An official is shown no settings page.
    const refused = await page.goto(`${demo.base}/installningar`);
    expect(refused?.status()).toBe(403);
    await page.close();
    await settings.close();
  });
});
