/**
 * The workspace in Chromium as people use it: every page fits a 390 px phone with "Logga ut" in
 * reach, a refused form comes back as typed at the page's own address, the keyboard alone gets
 * from sign-in to an accepted text (timed and printed, never asserted), and screenshots of the
 * main pages at 1280 and 390 px land in /work/notes/screens for people to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

const SCREENS = process.env.MOTIVERA_SCREENS ?? '/work/notes/screens';

let demo: DemoServer;
let editor: string;

beforeAll(async () => {
  demo = await startDemoServer('workspace');
  editor = await demo.token('editor', 'Redaktör Eva');
});
afterAll(() => demo?.stop());

async function signedIn(width: number): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${demo.base}/logga-in`);
  await page.getByLabel('Token').fill(editor);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/rapporter$/);
  return page;
}

/** Tabs until the focused element's text is `name` (or matches it); fails after 120 presses. */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`"${name}" could not be reached with Tab`);
}

describe('the workspace in a browser', () => {
  it('gets from sign-in to a first accepted text with the keyboard alone (time printed)', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${demo.base}/logga-in`);
    const started = Date.now();
    await page.getByLabel('Token').fill(editor);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rapporter$/);
    await tabTo(page, 'Verksamhetsberättelse 2022');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rapporter\/vb-2022$/);
    await tabTo(page, /^Mål 1 Huddinges individ- och familjeomsorg/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mal\/g1$/);
    await tabTo(page, 'Skriv utkast');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=utkast/);
    await tabTo(page, 'Godkänn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=godkand/);
    const ms = Date.now() - started;
    expect(await page.locator('article.suggestion[data-status=accepted]').count()).toBe(1);
    console.log(`Från inloggning till första godkända text (tangentbord, Chromium): ${(ms / 1000).toFixed(1).replace('.', ',')} s`);
    await page.close();
  });

  it('fits every page into 390 px with "Logga ut" on screen', async () => {
    const page = await signedIn(390);
    const paths = [
      '/rapporter',
      '/rapporter/vb-2022',
      '/rapporter/vb-2022/mal/g4',
      '/rapporter/vb-2022/mal/g1',
      '/rapporter/vb-2022/forhandsvisning',
      '/rapporter/vb-2022/historik',
      '/rapporter/vb-2022/chatt',
      '/helt/fel',
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${demo.base}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width} px`);
      if (path === '/helt/fel') continue;
      const box = await page.getByRole('button', { name: 'Logga ut' }).boundingBox({ timeout: 2000 });
      if (!box || box.x < 0 || box.x + box.width > 390) wide.push(`${path}: Logga ut at ${JSON.stringify(box)}`);
    }
    await page.goto(`${demo.base}/logga-in`);
    expect(wide).toEqual([]);
    await page.close();
  });

  it('shows a refused level form again with the chosen level, at the goal page’s address', async () => {
    const page = await signedIn(1280);
    await page.goto(`${demo.base}/rapporter/vb-2022/mal/g5`);
    await page.getByText('Ändra slutlig nivå').click();
    await page.getByLabel('Slutlig nivå', { exact: true }).selectOption('delvis');
    await page.getByRole('button', { name: 'Spara nivå' }).click();
    await expect.poll(() => page.locator('[role=alert]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/rapporter/vb-2022/mal/g5');
    expect(await page.getByLabel('Slutlig nivå', { exact: true }).inputValue()).toBe('delvis');
    await page.close();
  });

  it('takes screenshots of the overview, a goal page, the preview and the chat (whose answer links to the indicator) at 1280 and 390 px', async () => {
    mkdirSync(SCREENS, { recursive: true });
    for (const width of [1280, 390]) {
      const page = await signedIn(width);
      const shots: [string, string][] = [
        ['overview', '/rapporter/vb-2022'],
        ['goal', '/rapporter/vb-2022/mal/g2'],
        ['preview', '/rapporter/vb-2022/forhandsvisning'],
      ];
      for (const [name, path] of shots) {
        await page.goto(`${demo.base}${path}`);
        await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
      }
      await page.goto(`${demo.base}/rapporter/vb-2022/chatt`);
      await page.getByLabel('Ditt meddelande').fill('Hur gick det med sjukfrånvaron?');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#chat-status').textContent()).toBe('Svaret är klart.');
      await page.screenshot({ path: `${SCREENS}/chat-${width}.png`, fullPage: true });
      // The answer names the indicator and links to it on its goal page.
      const link = page.locator('#chat-log nav.links a').first();
      expect(await link.getAttribute('href')).toMatch(/^\/rapporter\/vb-2022\/mal\/g2#indikator-/);
      await page.close();
    }
  });
});
