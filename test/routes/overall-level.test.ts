import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let officialToken: string;
let officialCookie: string;

type Overall = {
  level: string;
  label: string;
  computedLevel: string;
  computedLabel: string;
  override?: { reason: string; by: string; at: string };
};
type Level = { id: string; label: string };

const overall = async () => ((await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as { overall: Overall }).overall;
const levels = () => demoFile('vb-2022').scale!.levels as Level[];
const history = async () =>
  (
    (await (await t.request('GET', '/api/v1/reports/vb-2022/history')).json()) as {
      events: { action: string; actor: string; detail: Record<string, unknown> }[];
    }
  ).events;
const exportMd = async () => (await t.request('GET', '/api/v1/reports/vb-2022/export?format=md')).text();
const setLevel = (body: unknown) => t.request('PUT', '/api/v1/reports/vb-2022/level', { body, token: officialToken });
const form = (path: string, fields: Record<string, string>) => t.postForm(path, fields, officialCookie);

beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  await t.importDemo('dr-2019');
  officialToken = await t.token('official', undefined, 'Handläggare Anna');
  officialCookie = await t.signIn(officialToken);
});
afterAll(() => t.close());

describe("the whole report's level set by an official, through the API", () => {
  it('is the median of final levels until someone sets it, and a different level needs a reason and must be in the scale', async () => {
    const before = await overall();
    expect(before.level).toBe(before.computedLevel);
    expect(before.override).toBeUndefined();
    const other = levels().find((l) => l.id !== before.computedLevel)!;
    const noReason = await setLevel({ level: other.id });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ error: { field: 'reason' } });
    const unknown = await setLevel({ level: 'finns-inte', reason: 'x' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { field: 'level' } });
    expect((await overall()).override).toBeUndefined();
  });

  it('uses the set level with who set it and why, in the assessment, the sammanfattning, the export and the history', async () => {
    const before = await overall();
    const other = levels().find((l) => l.id !== before.computedLevel)!;
    const res = await setLevel({ level: other.id, reason: 'Nämndens viktigaste mål väger tyngre än medianen visar.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ finalLevel: other.id, label: other.label, computedLevel: before.computedLevel });

    const after = await overall();
    expect(after).toMatchObject({
      level: other.id,
      label: other.label,
      computedLevel: before.computedLevel,
      computedLabel: before.computedLabel,
      override: { by: 'Handläggare Anna', reason: 'Nämndens viktigaste mål väger tyngre än medianen visar.' },
    });
    const sections = (await (await t.request('GET', '/api/v1/reports/vb-2022/sections')).json()) as {
      sections: { id: string; level?: { label: string } }[];
    };
    expect(sections.sections.find((s) => s.id === 'sammanfattning')!.level?.label).toBe(other.label);
    expect(await exportMd()).toContain(`Samlad måluppfyllelse: **${other.label}**`);
    expect((await history()).find((e) => e.action === 'overall.level.set')).toMatchObject({
      actor: 'Handläggare Anna',
      detail: {
        finalLevel: other.id,
        computedLevel: before.computedLevel,
        reason: 'Nämndens viktigaste mål väger tyngre än medianen visar.',
      },
    });
  });

  it('can be cleared back to the computed level, recorded in the history; clearing again says nothing is set', async () => {
    const set = await overall();
    expect(set.override).toBeDefined();
    const res = await t.request('DELETE', '/api/v1/reports/vb-2022/level', { token: officialToken });
    expect(res.status).toBe(200);
    const after = await overall();
    expect(after.level).toBe(after.computedLevel);
    expect(after.override).toBeUndefined();
    expect(await exportMd()).toContain(`Samlad måluppfyllelse: **${after.computedLabel}**`);
    expect((await history()).map((e) => e.action)).toContain('overall.level.cleared');
    const again = await t.request('DELETE', '/api/v1/reports/vb-2022/level', { token: officialToken });
    expect(again.status).toBe(404);
  });

  it('is refused for a report that assesses no goal', async () => {
    const res = await t.request('PUT', '/api/v1/reports/dr-2019/level', { body: { level: 'x', reason: 'y' }, token: officialToken });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('ingen bedömningsskala');
  });
});

describe("the whole report's level on the overview page", () => {
  it('keeps the chosen level after a refusal, saves it with a reason, shows who and why, and goes back to the computed level', async () => {
    const before = await overall();
    const other = levels().find((l) => l.id !== before.computedLevel)!;
    const refused = await form('/rapporter/vb-2022/samlad-niva', { level: other.id, reason: '' });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('Skriv ett skäl');
    expect(refusedHtml).toMatch(new RegExp(`<option value="${other.id}" selected="">`));

    const saved = await form('/rapporter/vb-2022/samlad-niva', { level: other.id, reason: 'Ett mål väger tyngre.' });
    expect(saved.status).toBe(303);
    const page = await (await t.app.request('/rapporter/vb-2022', { headers: { cookie: officialCookie } })).text();
    expect(page).toMatch(new RegExp(`Samlad bedömning</span><strong>${other.label}</strong>`));
    expect(page).toContain('Satt av Handläggare Anna');
    expect(page).toContain(`beräknad: ${before.computedLabel}`);
    expect(page).toContain('Ett mål väger tyngre.');
    const historyPage = await (
      await t.app.request('/rapporter/vb-2022/historik?typ=nivaer', { headers: { cookie: officialCookie } })
    ).text();
    expect(historyPage).toContain(`Samlad bedömning för hela rapporten sattes till ${other.label}. Skäl: Ett mål väger tyngre.`);
    const preview = await (await t.app.request('/rapporter/vb-2022/forhandsvisning', { headers: { cookie: officialCookie } })).text();
    expect(preview).toMatch(new RegExp(`Samlad måluppfyllelse:</strong> ${other.label}`));

    const reset = await form('/rapporter/vb-2022/samlad-niva/aterstall', {});
    expect(reset.status).toBe(303);
    const back = await (await t.app.request('/rapporter/vb-2022', { headers: { cookie: officialCookie } })).text();
    expect(back).toMatch(new RegExp(`Samlad bedömning</span><strong>${before.computedLabel}</strong>`));
    expect(back).not.toContain('Satt av Handläggare Anna');
  });
});
