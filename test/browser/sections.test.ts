/**
 * The report-level sections in Chromium: from the overview to a section's page with the keyboard,
 * a draft accepted there appears in the preview before the goals; an official sets a roll-up's
 * level with a reason on the overview; every new page fits 390 px; screenshots at 1280 and 390 px
 * land in /work/notes/screens.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

const SCREENS = process.env.MOTIVERA_SCREENS ?? '/work/notes/screens';

let demo: DemoServer;
let editor: string;
let official: string;

beforeAll(async () => {
  demo = await startDemoServer('sections');
  editor = await demo.token('editor', 'Redaktör Eva');
  official = await demo.token('official', 'Handläggare Anna');
});
afterAll(() => demo?.stop());

async function signedIn(token: string, width: number): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${demo.base}/logga-in`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/rapporter$/);
  return page;
}

async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`"${name}" could not be reached with Tab`);
}

describe('report-level sections in a browser', () => {
  it('reaches the sammanfattning from the overview with the keyboard, drafts and accepts it, and the preview prints it before the goals', async () => {
    const page = await signedIn(editor, 1280);
    await page.goto(`${demo.base}/rapporter/vb-2022`);
    await tabTo(page, 'Sammanfattning');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/avsnitt\/sammanfattning$/);
    await tabTo(page, 'Skriv utkast från underlaget');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=utkast/);
    const text = (await page.locator('article.suggestion p.text').first().innerText()).trim();
    await tabTo(page, 'Godkänn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=godkand/);
    expect(await page.locator('article.suggestion[data-status=accepted]').count()).toBe(1);

    await page.goto(`${demo.base}/rapporter/vb-2022/forhandsvisning`);
    const printed = page.locator('[data-section=sammanfattning] p.text').first();
    expect((await printed.innerText()).trim()).toBe(text.split(/\n\s*\n/)[0]!.trim());
    const before = await page.evaluate(() => {
      const s = document.querySelector('[data-section=sammanfattning]')!;
      const g = document.querySelector('.printed-goal')!;
      return Boolean(s.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await page.close();
  });

  it('lets an official set a kommunfullmäktigemål’s level with a reason on the overview, shown with the level and in the section’s history', async () => {
    const page = await signedIn(official, 1280);
    await page.goto(`${demo.base}/rapporter/vb-2022`);
    // The first roll-up's form (the whole report's has its own, above the goals).
    const details = page.locator('.rollup-level:not(.overall-level) details').first();
    await details.locator('summary').click();
    const select = details.locator('select');
    const current = await select.inputValue();
    const other = await select
      .locator('option')
      .evaluateAll((os, cur) => (os as HTMLOptionElement[]).find((o) => o.value !== cur)!.value, current);
    await select.selectOption(other);
    await details.getByRole('button', { name: 'Spara nivå' }).click();
    // Refused without a reason: the chosen level is kept, the form open.
    await expect.poll(() => page.locator('[role=alert]').count()).toBe(1);
    expect(await page.locator('details[open] select').first().inputValue()).toBe(other);
    await page.locator('details[open] textarea').first().fill('Ett av målen väger tyngre.');
    await page.locator('details[open]').getByRole('button', { name: 'Spara nivå' }).first().click();
    await page.waitForURL(/klart=samlad/);
    expect(await page.locator('.rollup-level .hint', { hasText: 'Ett av målen väger tyngre.' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENS}/overview-sections-1280.png`, fullPage: true });
    const council = await page.locator('h3.council').first().innerText();
    const href = (await page.locator('[data-section^="samlad-bedomning"] a').first().getAttribute('href'))!;
    await page.goto(`${demo.base}${href}`);
    expect(await page.locator('.history').innerText()).toContain('Ett av målen väger tyngre.');
    expect(council).toContain('–');
    await page.close();
  });

  it('fits the section pages into 390 px and takes screenshots at 1280 and 390 px', async () => {
    mkdirSync(SCREENS, { recursive: true });
    for (const width of [1280, 390]) {
      const page = await signedIn(editor, width);
      for (const [name, path] of [
        ['section', '/rapporter/vb-2022/avsnitt/sammanfattning'],
        ['section-council', `/rapporter/vb-2022/avsnitt/${encodeURIComponent('samlad-bedomning:skattemedel-anvands-effektivt')}`],
        ['overview-top', '/rapporter/vb-2022'],
        ['preview-sections', '/rapporter/vb-2022/forhandsvisning'],
      ] as const) {
        await page.goto(`${demo.base}${path}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, path).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: name !== 'overview-top' });
      }
      await page.close();
    }
  });
});
