import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';
import { partYearReport } from '../helpers/part-year';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('a delårsrapport per 31 mars (no goal assessed, no scale)', () => {
  it('imports without a scale and exports exactly what was sent', async () => {
    const doc = partYearReport('dr-rt');
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
    const exported = await (await t.request('GET', '/api/v1/reports/dr-rt')).json();
    expect(exported).toEqual(doc);
    expect(exported).not.toHaveProperty('scale');
  });

  it('assesses no goal: every goal is "Ej bedömt", and the export and goal page still work', async () => {
    await t.request('POST', '/api/v1/reports', { body: partYearReport('dr-a') });
    const a = await (await t.request('GET', '/api/v1/reports/dr-a/assessment')).json();
    expect(a.goals.map((g: { label: string }) => g.label)).toEqual(['Ej bedömt', 'Ej bedömt', 'Ej bedömt']);
    expect(a.overall.label).toBe('Ej bedömt');
    const md = await t.request('GET', '/api/v1/reports/dr-a/export?format=md');
    expect(md.status).toBe(200);
    const draft = await t.request('POST', '/api/v1/reports/dr-a/goals/goda-forutsattningar/drafts', { body: { mode: 'offline' } });
    expect(draft.status).toBe(201);
  });

  it('asks for a scale when a goal has a published level', async () => {
    const doc = partYearReport('dr-b');
    doc.goals[0]!.published = { level: 'uppfyllt' };
    const res = await t.request('POST', '/api/v1/reports', { body: doc });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain(String.raw`saknas: målet \"goda-forutsattningar\" har en publicerad nivå`);
  });
});
