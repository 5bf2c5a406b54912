/**
 * Every page of the web UI audited with axe-core in headless Chromium (WCAG 2.1 A and AA rules:
 * labels, contrast, landmarks, headings, names of controls), in the states people see: empty,
 * with a draft and its findings, with an accepted text, the chat with an answer, and errors.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo: DemoServer;
let page: Page;
let signInPage: string[];

beforeAll(async () => {
  demo = await startDemoServer('a11y');
  const editor = await demo.token('editor', 'Redaktör Eva');
  // The pages' CSP forbids inline scripts, as it should; the audit's own script is let through.
  page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  await page.goto(`${demo.base}/logga-in`);
  signInPage = await audit('sign-in page');
  await page.getByLabel('Token').fill(editor);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/rapporter$/);
});

afterAll(() => demo?.stop());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page as it stands; returns the violations as "rule (impact): where". */
async function audit(what: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(path: string, what: string) {
  await page.goto(`${demo.base}${path}`);
  return audit(what);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no violation on the sign-in page, the report list, the overview and an empty goal page', async () => {
    expect([
      ...signInPage,
      ...(await open('/rapporter', 'report list')),
      ...(await open('/rapporter/vb-2022', 'overview')),
      ...(await open('/rapporter/vb-2022/mal/g2', 'goal page, no text')),
    ]).toEqual([]);
  });

  it('finds no violation on a goal page with a marked wrong text, the forms open, an accepted draft and an error notice', async () => {
    await page.goto(`${demo.base}/rapporter/vb-2022/mal/g2`);
    await page.getByText('Skriv egen text').click();
    await page.getByLabel('Din motivering').fill('Sjukfrånvaron minskade till 5,1 procent 2022. Målet bedöms som delvis uppfyllt.');
    await page.getByRole('button', { name: 'Spara förslag' }).click();
    await page.waitForURL(/klart=sparad/);
    await expect.poll(() => page.locator('mark.error').count()).toBeGreaterThan(0);
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    const withFindings = await audit('goal page, findings and open forms');

    await page.getByRole('button', { name: 'Skriv utkast' }).click();
    await page.waitForURL(/klart=utkast/);
    await page.getByRole('button', { name: 'Godkänn', exact: true }).first().click();
    await page.waitForURL(/klart=godkand/);
    const accepted = await audit('goal page, accepted');

    await page.goto(`${demo.base}/rapporter/vb-2022/mal/g5`);
    await page.getByText('Ändra slutlig nivå').click();
    await page.getByLabel('Slutlig nivå', { exact: true }).selectOption('delvis');
    await page.getByRole('button', { name: 'Spara nivå' }).click();
    await expect.poll(() => page.locator('[role=alert]').count()).toBeGreaterThan(0);
    const refused = await audit('goal page, error notice');

    expect([...withFindings, ...accepted, ...refused]).toEqual([]);
  });

  it('finds no violation on a section page empty, with a draft and open forms, accepted, and on the overview’s roll-up form refused', async () => {
    const empty = await open('/rapporter/vb-2022/avsnitt/sammanfattning', 'section page, no text');
    await page.getByRole('button', { name: 'Skriv utkast från underlaget' }).click();
    await page.waitForURL(/klart=utkast/);
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    const drafted = await audit('section page, draft and open forms');
    await page.getByRole('button', { name: 'Godkänn', exact: true }).first().click();
    await page.waitForURL(/klart=godkand/);
    const accepted = await audit('section page, accepted');

    await page.goto(`${demo.base}/rapporter/vb-2022`);
    const summary = page.locator('.rollup-level:not(.overall-level) details > summary').first();
    await summary.click();
    const form = page.locator('details[open] form').first();
    const select = form.locator('select');
    const current = await select.inputValue();
    const other = await select
      .locator('option')
      .evaluateAll((os, cur) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== cur)!, current);
    await select.selectOption(other);
    await form.getByRole('button', { name: 'Spara nivå' }).click();
    await expect.poll(() => page.locator('[role=alert]').count()).toBeGreaterThan(0);
    const refused = await audit('overview, roll-up level refused');
    expect([...empty, ...drafted, ...accepted, ...refused]).toEqual([]);
  });

  it('lets an editor draft and accept with the keyboard alone, and shows where focus is', async () => {
    await page.goto(`${demo.base}/rapporter/vb-2022/mal/g3`);
    /** Tabs until the focused element's accessible text is `name`; fails after 80 presses. */
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
        if (focused === name) return;
      }
      throw new Error(`"${name}" could not be reached with Tab`);
    };
    await tabTo('Skriv utkast');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=utkast/);
    await tabTo('Godkänn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=godkand/);
    expect(await page.locator('article.suggestion[data-status=accepted]').count()).toBe(1);
  });

  it('finds no violation on the chat page with an answer and its table, or on a missing page', async () => {
    await page.goto(`${demo.base}/rapporter/vb-2022/chatt`);
    await page.getByLabel('Ditt meddelande').fill('Hur bedöms mål 2?');
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();
    await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
    const chat = await audit('chat page with an answer');
    const missing = await open('/rapporter/finns-inte', 'missing report');
    const preview = await open('/rapporter/vb-2022/forhandsvisning', 'preview');
    const history = await open('/rapporter/vb-2022/historik', 'history');
    const filtered = await open('/rapporter/vb-2022/historik?typ=beslut', 'history, filtered');
    const mine = await open('/rapporter/vb-2022?visa=mina', 'overview, what waits for me');
    expect([...chat, ...missing, ...preview, ...history, ...filtered, ...mine]).toEqual([]);
  });

  it('finds no violation in the section shown as a web page, whose charts are images named by their Swedish text alternative', async () => {
    const exported = await open('/rapporter/vb-2022/export?format=html&visa=1', 'HTML export');
    const chart = page.getByRole('img', { name: /^Diagram: Sjukfrånvaro totalt\. Totalt 2020–2022: 8, 7 och 7,8 procent\./ });
    await expect.poll(() => chart.count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Diagram: / }).count()).toBeGreaterThan(5);
    expect(exported).toEqual([]);
  });
});
