import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './server';

let demo: DemoServer;
let editor: string;
let official: string;
const screenshots = mkdtempSync(join(tmpdir(), 'motivera-review-shots-'));

beforeAll(async () => {
  demo = await startDemoServer('review');
  editor = await demo.token('editor', 'Redaktör Eva');
  official = await demo.token('official', 'Handläggare Anna');
});

afterAll(() => demo?.stop());

/** A laptop-sized window, signed in through the form; any alert() would fail the test. */
async function signIn(token: string): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto(`${demo.base}/rapporter`);
  await page.waitForURL(/\/logga-in/);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/rapporter$/);
  return page;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${demo.base}${path}`, { headers: { authorization: `Bearer ${editor}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe('reviewing in the browser', () => {
  it('signs in, drafts offline, accepts, shows the new status, and exports the text', async () => {
    const page = await signIn(editor);
    await page.getByRole('link', { name: 'Verksamhetsberättelse 2022' }).click();
    const row = page.locator('tr[data-goal="g2"]');
    await expect(row.textContent()).resolves.toContain('ingen text');

    await row.getByRole('link').click();
    await page.waitForURL(/\/mal\/g2$/);
    await page.getByRole('button', { name: 'Skriv utkast' }).click();
    await page.waitForURL(/klart=utkast/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Ett nytt utkast är skrivet');
    const draft = page.locator('article.suggestion[data-status="pending"]').first();
    await expect(draft.textContent()).resolves.toContain('Utkast (utan språkmodell)');
    await page.screenshot({ path: join(screenshots, 'goal-with-draft.png'), fullPage: true });

    // A clean draft is accepted with one click; one the checker objects to needs a written reason.
    const accept = draft.getByRole('button', { name: 'Godkänn', exact: true });
    if (await accept.count()) {
      await accept.click();
    } else {
      await draft.getByText('Godkänn trots fel').first().click();
      await draft.getByLabel('Skäl att godkänna trots fel').fill('Granskad mot underlaget i webbläsartestet.');
      await draft.getByRole('button', { name: 'Godkänn trots fel' }).click();
    }
    await page.waitForURL(/klart=godkand/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Texten är godkänd');
    await expect(page.locator('article.suggestion[data-status="accepted"]').count()).resolves.toBe(1);
    await expect(page.locator('.levels .badge').textContent()).resolves.toBe('godkänd');
    await expect(page.locator('#historik + ol').textContent()).resolves.toContain('Godkändes');
    await page.screenshot({ path: join(screenshots, 'goal-accepted.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'Verksamhetsberättelse 2022' }).click();
    await expect(page.locator('tr[data-goal="g2"]').textContent()).resolves.toContain('godkänd');

    const { suggestions } = await api<{ suggestions: { text: string; origin: string }[] }>(
      '/api/v1/reports/vb-2022/suggestions?goalId=g2&status=accepted',
    );
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.origin).toBe('offline');

    await page.getByRole('link', { name: 'Visa som webbsida' }).click();
    await page.waitForURL(/format=html/);
    const exported = squash((await page.locator('main').textContent()) ?? '');
    expect(exported).toContain('Nämndens mål och resultat');
    expect(exported).toContain(squash(suggestions[0]!.text));
    expect(exported).toContain('Motivering saknas');
    await page.close();
  });

  it('shows what an official wrote as text, marks its errors, and offers no accept button to an official', async () => {
    const page = await signIn(official);
    await page.goto(`${demo.base}/rapporter/vb-2022/mal/g5`);
    await page.getByText('Skriv egen text').click();
    const hostile = 'Andelen fordon med förnybara drivmedel var 99 procent 2022. <script>alert("hej")</script>';
    await page.getByLabel('Din motivering').fill(hostile);
    await page.getByRole('button', { name: 'Spara förslag' }).click();
    await page.waitForURL(/klart=sparad/);
    const card = page.locator('article.suggestion[data-status="pending"]').first();
    await expect(card.locator('p.text').textContent()).resolves.toContain('<script>alert("hej")</script>');
    const mark = card.locator('mark.error').first();
    await expect(mark.textContent()).resolves.toContain('99 procent');
    await expect(mark.getAttribute('title')).resolves.toMatch(/Fel: .*47,4 procent/);
    await expect(card.getByRole('button', { name: /Godkänn/ }).count()).resolves.toBe(0);
    await expect(card.getByText('Redigera').count()).resolves.toBe(1);
    await page.close();
  });
});
