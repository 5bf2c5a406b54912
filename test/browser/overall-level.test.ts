/**
 * Browser suite for the whole report's level ("Samlad bedömning") set by an official on the
 * overview: refused without a reason (the choice kept), saved with one, shown with who and why,
 * used by the preview, in the history, and taken back to the computed level.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

const SCREENS = process.env.MOTIVERA_SCREENS ?? '/work/notes/screens';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo: DemoServer;
let official: string;

beforeAll(async () => {
  demo = await startDemoServer('overall-level');
  official = await demo.token('official', 'Handläggare Olle');
});
afterAll(() => demo?.stop());

async function signedIn(width: number): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
  await page.goto(`${demo.base}/rapporter/vb-2022`);
  await page.waitForURL(/\/logga-in/);
  await page.fill('#token', official);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/rapporter\/vb-2022$/);
  return page;
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => v.id);
  });
}

const shownLevel = (page: Page) => page.locator('.levels.overall strong').first().innerText();

describe("the whole report's level on the overview in a browser", () => {
  it('is set with the keyboard and a reason, shown with who and why, used by the preview and the history, and taken back', async () => {
    const page = await signedIn(1280);
    const computed = await shownLevel(page);
    const box = page.locator('.overall-level');
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    const select = page.locator('#samlad-rapport-niva');
    const other = await select.locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => !o.selected)!.value);
    const otherLabel = (await select.locator(`option[value="${other}"]`).innerText()).replace(' (beräknad)', '');
    await select.focus();
    await select.selectOption(other);
    await box.getByRole('button', { name: 'Spara nivå' }).press('Enter');
    // Refused without a reason: the choice is kept and the form open.
    await expect.poll(() => page.locator('[role=alert]').innerText()).toContain('Skriv ett skäl');
    expect(await page.locator('#samlad-rapport-niva').inputValue()).toBe(other);
    expect(await audit(page)).toEqual([]);

    await page.getByLabel('Skäl').first().fill('Ekonomin i balans väger tyngst för nämnden.');
    await page.locator('.overall-level').getByRole('button', { name: 'Spara nivå' }).press('Enter');
    await page.waitForURL(/klart=samlad/);
    expect(await shownLevel(page)).toBe(otherLabel);
    const who = await page.locator('.overall-level .hint').first().innerText();
    expect(who).toContain('Satt av Handläggare Olle');
    expect(who).toContain(`beräknad: ${computed}`);
    expect(who).toContain('Ekonomin i balans väger tyngst för nämnden.');
    expect(await audit(page)).toEqual([]);
    mkdirSync(SCREENS, { recursive: true });
    await page.locator('.levels.overall').screenshot({ path: `${SCREENS}/overall-level-set-1280.png` });
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.levels.overall').screenshot({ path: `${SCREENS}/overall-level-set-390.png` });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${demo.base}/rapporter/vb-2022/forhandsvisning`);
    expect(await page.locator('main').innerText()).toContain(`Samlad måluppfyllelse: ${otherLabel}`);
    await page.goto(`${demo.base}/rapporter/vb-2022/historik?typ=nivaer`);
    expect(await page.locator('main').innerText()).toContain(
      `Samlad bedömning för hela rapporten sattes till ${otherLabel}. Skäl: Ekonomin i balans väger tyngst för nämnden.`,
    );

    await page.goto(`${demo.base}/rapporter/vb-2022`);
    await page.getByRole('button', { name: `Återställ till den beräknade nivån (${computed})` }).press('Enter');
    await page.waitForURL(/klart=aterstalld/);
    expect(await shownLevel(page)).toBe(computed);
    expect(await page.locator('.overall-level .hint', { hasText: 'Satt av' }).count()).toBe(0);
    await page.close();
  });
});
