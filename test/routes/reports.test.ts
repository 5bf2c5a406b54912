import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportDocument } from '../../src/domain/report';
import { DEMO_ORG, demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('report import and export', () => {
  it.each(['vb-2022', 'vp-2026'] as const)('round-trips the demo report %s without losing anything', async (name) => {
    const input = demoFile(name);
    const res = await t.request('POST', '/api/v1/reports', { body: input });
    expect([200, 201]).toContain(res.status);
    const { id } = (await res.json()) as { id: string };
    expect(id).toBe(input.report.id);
    const exported = await (await t.request('GET', `/api/v1/reports/${id}`)).json();
    const parsed = parseReportDocument(input);
    expect(parsed.ok).toBe(true);
    expect(exported).toEqual(parsed.ok ? parsed.doc : null);
  });

  it('keeps extra fields, nulls with notes, breakdowns and direction targets exactly', async () => {
    const doc = {
      schema: 'report-data/v1',
      organisation: { id: DEMO_ORG, name: 'Socialnämnden', extra: { kontakt: 'x' } },
      report: { id: 'rt-1', kind: 'delarsrapport', year: 2025, asOf: '2025-08-31' },
      scale: {
        levels: [
          { id: 'u', label: 'Uppfyllt', rank: 3 },
          { id: 'd', label: 'Delvis uppfyllt', rank: 2 },
          { id: 'e', label: 'Ej uppfyllt', rank: 1 },
        ],
      },
      goals: [
        {
          id: 'g1',
          title: 'Mål',
          indicators: [
            {
              id: 'i1',
              name: 'Sjukfrånvaro',
              better: 'lower',
              unit: '%',
              values: [
                { period: '2024', value: 7.8, breakdown: { kvinnor: 8.1, män: null } },
                { period: '2025-08', value: null, note: 'Publiceras i början av 2026', label: 'Utfall augusti 2025' },
              ],
              targets: [{ period: '2025', kind: 'etappmal', change: 'decrease', note: 'Minska' }],
              extra: { nested: [1, { a: null }] },
            },
          ],
          notes: ['Prestationsnivån ökade till 74,7.'],
          activities: [{ title: 'Utbildning', status: 'Påbörjad' }],
          published: { level: 'd', motivation: 'Delvis.' },
        },
      ],
      extra: { källa: 'test' },
    };
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
    const exported = await (await t.request('GET', '/api/v1/reports/rt-1')).json();
    expect(exported).toEqual(doc);
  });

  it('keeps every field the spec added for Kolada, comparisons, jämlikhet, the delårsrapport and prose', async () => {
    const doc = {
      schema: 'report-data/v1',
      organisation: { id: DEMO_ORG, name: 'Socialnämnden', kolada: { municipality: '0126' } },
      report: { id: 'rt-2', kind: 'delarsrapport', year: 2019, asOf: '2019-03-31', rules: { gap: { points: 4, relative: 0.2 } } },
      scale: {
        levels: [
          { id: 'u', label: 'Uppfyllt', rank: 2 },
          { id: 'e', label: 'Ej uppfyllt', rank: 1 },
        ],
      },
      goals: [
        {
          id: 'g1',
          title: 'Mål',
          indicators: [
            {
              id: 'i1',
              name: 'Handläggningstid från ansökan till beslut, ekonomiskt bistånd',
              shortName: 'handläggningstiden för ekonomiskt bistånd',
              better: 'lower',
              source: 'Kolada N31807',
              kolada: { kpi: 'N31807', ou: 'V15E012600101' },
              equality: { unexplainedDifferences: false, note: 'Omotiverade skillnader? Nej' },
              values: [
                {
                  period: '2018',
                  value: 20,
                  comparisons: { riket: 18, länet: 19.5, 'liknande kommuner': null },
                  source: { name: 'kolada', status: 'preliminary' },
                },
                { period: '2019-03', value: 21, rolling: true, source: 'Egen uppföljning' },
                { period: '2019', value: 19, kind: 'forecast' },
              ],
              targets: [{ period: '2019', kind: 'etappmal', change: 'keep' }],
            },
            { id: 'i2', name: 'Antal anställda', better: 'none', values: [{ period: '2019', value: 1931 }], targets: [] },
          ],
          notes: [],
          activities: [{ title: 'Ny e-tjänst', status: 'Påbörjad', kind: 'utvecklingsatagande', followUp: 'Arbetet löper enligt plan.' }],
        },
      ],
      economy: {
        unit: 'mnkr',
        tables: [
          {
            id: 'drift',
            title: 'Driftredovisning',
            columns: [
              { id: 'budget-2019', label: 'Budget helår', kind: 'budget', period: '2019' },
              { id: 'avvikelse-2019', label: 'Avvikelse', kind: 'deviation', period: '2019' },
            ],
            rows: [{ id: 'ifo', name: 'Individ- och familjeomsorg', values: { 'budget-2019': 250.1, 'avvikelse-2019': null } }],
          },
        ],
      },
    };
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
    const exported = await (await t.request('GET', '/api/v1/reports/rt-2')).json();
    expect(exported).toEqual(doc);
  });

  it('names an economy cell whose column does not exist', async () => {
    const doc = demoFile('vb-2022') as Record<string, unknown>;
    const bad = {
      ...doc,
      report: { ...(doc.report as object), id: 'rt-3' },
      economy: {
        tables: [
          { id: 't', title: 'T', columns: [{ id: 'a', label: 'A', kind: 'budget' }], rows: [{ id: 'r', name: 'R', values: { b: 1 } }] },
        ],
      },
    };
    const res = await t.request('POST', '/api/v1/reports', { body: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues).toContainEqual({
      path: 'economy.tables[0].rows[0].values.b',
      message: expect.stringContaining('kolumnen "b" finns inte'),
    });
  });

  it('rejects a bad document with every problem as a path and a reason, and writes nothing', async () => {
    const bad = demoFile('vb-2022') as Record<string, any>;
    bad.report = { ...bad.report, id: 'bad-1', kind: 'budget' };
    bad.goals[0].indicators[0].better = 'upp';
    bad.goals[1].indicators[0].values[0].value = '7,8';
    bad.goals[2].published.level = 'jättebra';
    bad.goals[3].bogus = true;
    const res = await t.request('POST', '/api/v1/reports', { body: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    const paths = body.error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['report.kind', 'goals[0].indicators[0].better', 'goals[1].indicators[0].values[0].value', 'goals[3].bogus']),
    );
    // A wrong type is said in Swedish, with the fix when a Swedish number was pasted as text.
    expect(body.error.issues.find((i) => i.path === 'goals[1].indicators[0].values[0].value')!.message).toBe(
      'ska vara ett tal, inte text: skriv 7.8 utan citattecken',
    );
    expect((await t.request('GET', '/api/v1/reports/bad-1')).status).toBe(404);
  });

  it('names the request in a header and in the error body alike, so support can find it', async () => {
    const res = await t.request('POST', '/api/v1/reports', { body: { schema: 'report-data/v1' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { requestId: string } };
    expect(body.error.requestId).toMatch(/\S{8,}/);
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
    const ok = await t.request('GET', '/api/v1/reports/vb-2022', { headers: { 'x-request-id': 'trace-123' } });
    expect(ok.headers.get('x-request-id')).toBe('trace-123');
  });

  it('reports a level that is not in the scale by its path', async () => {
    const bad = demoFile('vb-2022') as Record<string, any>;
    bad.report = { ...bad.report, id: 'bad-2' };
    bad.goals[2].published.level = 'jättebra';
    const res = await t.request('POST', '/api/v1/reports', { body: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues[0]).toMatchObject({ path: 'goals[2].published.level' });
    expect(body.error.issues[0]!.message).toContain('jättebra');
  });

  it('answers malformed JSON and an empty body with 400, not a crash', async () => {
    const res = await t.request('POST', '/api/v1/reports', { body: '{"schema": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.message).toMatch(/JSON/);
    expect((await t.request('POST', '/api/v1/reports', { body: '' })).status).toBe(400);
  });

  it('refuses a document of another organisation with 403', async () => {
    const other = demoFile('vb-2022') as Record<string, any>;
    other.organisation = { id: 'annan-namnd', name: 'Annan nämnd' };
    const res = await t.request('POST', '/api/v1/reports', { body: other });
    expect(res.status).toBe(403);
  });

  it('never shows one organisation the reports of another', async () => {
    await t.importDemo('vb-2022');
    const stranger = await t.token('admin', 'annan-kommun');
    expect((await t.request('GET', '/api/v1/reports/vb-2022', { token: stranger })).status).toBe(404);
    expect((await t.request('GET', '/api/v1/reports/vb-2022/assessment', { token: stranger })).status).toBe(404);
    const list = (await (await t.request('GET', '/api/v1/reports', { token: stranger })).json()) as { reports: unknown[] };
    expect(list.reports).toEqual([]);
  });

  it('requires a valid bearer token on every API route', async () => {
    expect((await t.request('GET', '/api/v1/reports', { token: null })).status).toBe(401);
    expect((await t.request('GET', '/api/v1/reports', { token: 'mv_fel' })).status).toBe(401);
    expect((await t.request('GET', '/health', { token: null })).status).toBe(200);
  });

  it('updates figures on re-import and keeps the final level an official set', async () => {
    await t.importDemo('vb-2022');
    const set = await t.request('PUT', '/api/v1/reports/vb-2022/goals/g2/level', {
      body: { level: 'ej', reason: 'Sjukfrånvaron har ökat kraftigt under hösten.' },
    });
    expect(set.status).toBe(200);
    const changed = demoFile('vb-2022') as Record<string, any>;
    changed.goals[1].indicators[0].values[2].value = 9.1;
    const res = await t.request('POST', '/api/v1/reports', { body: changed });
    expect(res.status).toBe(200);
    const doc = (await (await t.request('GET', '/api/v1/reports/vb-2022')).json()) as any;
    expect(doc.goals[1].indicators[0].values[2].value).toBe(9.1);
    const assessment = (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as any;
    const g2 = assessment.goals.find((g: any) => g.goalId === 'g2');
    expect(g2.level).toBe('ej');
    expect(g2.override.reason).toContain('Sjukfrånvaron');
  });

  it.each(['vb-2022', 'vp-2026'] as const)('answers the stored and the stateless assessment alike for %s', async (name) => {
    await t.importDemo(name);
    const stored = (await (await t.request('GET', `/api/v1/reports/${name}/assessment`)).json()) as any;
    const stateless = (await (await t.request('POST', '/api/v1/assess', { body: demoFile(name) })).json()) as any;
    expect(stored.goals.length).toBe(demoFile(name).goals!.length);
    for (const g of stored.goals) {
      expect(g).toMatchObject({
        goalId: expect.any(String),
        level: expect.any(String),
        computedLevel: expect.any(String),
        label: expect.any(String),
      });
      expect(g.rationale.length).toBeGreaterThan(20);
      for (const i of g.indicators) expect(['met', 'not_met', 'missing', 'no_target']).toContain(i.status);
    }
    expect(stateless.goals.map((g: any) => [g.goalId, g.computedLevel])).toEqual(stored.goals.map((g: any) => [g.goalId, g.computedLevel]));
  });

  it('assesses the demo report the way the committee did for g1 and g5, with Swedish figures in the rationale', async () => {
    await t.importDemo('vb-2022');
    const body = (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as any;
    const byId = Object.fromEntries(body.goals.map((g: any) => [g.goalId, g]));
    expect(byId.g1.label).toBe('I hög grad uppfyllt');
    expect(byId.g5.label).toBe('Ej uppfyllt');
    expect(byId.g5.rationale).toContain('47,4 procent');
  });

  it('refuses a final level that differs from the computed one without a reason', async () => {
    await t.importDemo('vb-2022');
    const res = await t.request('PUT', '/api/v1/reports/vb-2022/goals/g5/level', { body: { level: 'helt' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.field).toBe('reason');
  });
});
