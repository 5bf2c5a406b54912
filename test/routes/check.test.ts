import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

interface CheckResponse {
  reportId: string;
  goalId: string;
  level: { id: string; label: string };
  ok: boolean;
  errors: number;
  warnings: number;
  facts: number;
  findings: { severity: string; code: string; message: string; start: number; end: number; expected?: string; facts: unknown[] }[];
}

const g2 =
  'Den totala sjukfrånvaron har inte minskat och därmed nås inte etappmålet om 6,5 procent. Sjukfrånvaron har i stället ökat något under året. Däremot har prestationsnivån, medarbetarprofil och ledarskapsprofil i medarbetarenkäten förbättrats från föregående år varför nämndens samlade bedömning är att nämndmålet delvis uppnås.';

async function check(body: unknown, token?: string) {
  const res = await t.request('POST', '/api/v1/check', { body, ...(token ? { token } : {}) });
  return {
    status: res.status,
    json: (await res.json()) as CheckResponse & {
      error: { code: string; message: string; field?: string; issues?: { path: string; message: string }[] };
    },
  };
}

describe('POST /api/v1/check', () => {
  it('checks a published motivation against an inline report: no errors at its published level', async () => {
    const { status, json } = await check({ report: demoFile('vb-2022'), goalId: 'g2', text: g2, level: 'delvis' });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      reportId: 'vb-2022',
      goalId: 'g2',
      level: { id: 'delvis', label: 'Delvis uppfyllt' },
      ok: true,
      errors: 0,
      warnings: 0,
      findings: [],
    });
    expect(json.facts).toBeGreaterThan(20);
  });

  it('counts one fact per note of the goal, however many figures the notes hold', async () => {
    const report = demoFile('vb-2022') as { goals: { id: string; notes?: string[] }[] };
    const base = (await check({ report, goalId: 'g2', text: g2, level: 'delvis' })).json.facts;
    const goal = report.goals.find((g) => g.id === 'g2')!;
    goal.notes = [...(goal.notes ?? []), 'Under 2021 var det 14, 15 och 16 ärenden.', 'Inga siffror här.'];
    expect((await check({ report, goalId: 'g2', text: g2, level: 'delvis' })).json.facts).toBe(base + 2);
  });

  it('points at a wrong figure and names the right value, from a stored report', async () => {
    const text = 'Sjukfrånvaron var 7,5 procent 2022 och därmed nås inte etappmålet. Nämndmålet är delvis uppfyllt.';
    const { status, json } = await check({ reportId: 'vb-2022', goalId: 'g2', text, level: 'delvis' });
    expect(status).toBe(200);
    expect(json.ok).toBe(false);
    expect(json.findings).toHaveLength(1);
    const [f] = json.findings;
    expect(f).toMatchObject({
      severity: 'error',
      code: 'wrong_value',
      message: 'Sjukfrånvaro totalt var 7,8 procent 2022, inte 7,5 procent.',
      expected: '7,8 procent',
    });
    expect(text.slice(f!.start, f!.end)).toBe('7,5 procent');
    expect(f!.facts).toEqual([expect.objectContaining({ kind: 'outcome', value: 7.8, period: '2022' })]);
  });

  it("holds the text to the official's final level when none is given", async () => {
    const text = 'Nämndmålet uppnås delvis.';
    const before = await check({ reportId: 'vb-2022', goalId: 'g2', text });
    expect(before.json.level.id).toBe('ej'); // the computed level
    expect(before.json.findings.map((f) => f.code)).toEqual(['wrong_level']);
    const set = await t.request('PUT', '/api/v1/reports/vb-2022/goals/g2/level', {
      body: { level: 'delvis', reason: 'Medarbetarenkäten har förbättrats.' },
      token: await t.token('official'),
    });
    expect(set.status).toBe(200);
    const after = await check({ reportId: 'vb-2022', goalId: 'g2', text });
    expect(after.json).toMatchObject({ level: { id: 'delvis' }, ok: true, findings: [] });
  });

  it('reports a personnummer and a too long text, with the limit the request asks for', async () => {
    const text = 'Ärendet gäller 19121212-1212. Sjukfrånvaron har ökat. Nämndmålet är delvis uppfyllt.';
    const { json } = await check({ reportId: 'vb-2022', goalId: 'g2', text, level: 'delvis', wordLimit: 5 });
    expect(json.findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'personal_identity_number'],
      ['warning', 'too_long'],
    ]);
    expect(json).toMatchObject({ errors: 1, warnings: 1 });
  });

  it('answers 404 for a goal or report that does not exist', async () => {
    const goal = await check({ reportId: 'vb-2022', goalId: 'g9', text: 'Text.' });
    expect(goal.status).toBe(404);
    expect(goal.json.error).toMatchObject({ code: 'not_found', message: 'Målet "g9" finns inte i rapporten "vb-2022".' });
    const report = await check({ reportId: 'finns-inte', goalId: 'g1', text: 'Text.' });
    expect(report.status).toBe(404);
    const inline = await check({ report: demoFile('vb-2022'), goalId: 'g9', text: 'Text.' });
    expect(inline.status).toBe(404);
  });

  it('holds a figure the data does not have against a model, and only flags it for a person', async () => {
    const text = 'Sjukfrånvaron var 7,8 procent 2022. Under året genomfördes 37 utbildningstillfällen. Nämndmålet är delvis uppfyllt.';
    const person = await check({ reportId: 'vb-2022', goalId: 'g2', text, level: 'delvis' });
    expect(person.json).toMatchObject({ ok: true, errors: 0, warnings: 1 });
    expect(person.json.findings[0]).toMatchObject({ severity: 'warning', code: 'ungrounded_number' });
    expect(person.json.findings[0]!.message).toContain('kan inte kontrolleras mot underlaget');
    const model = await check({ reportId: 'vb-2022', goalId: 'g2', text, level: 'delvis', origin: 'model' });
    expect(model.json).toMatchObject({ ok: false, errors: 1 });
    expect(model.json.findings[0]).toMatchObject({ severity: 'error', code: 'ungrounded_number' });
    expect(text.slice(model.json.findings[0]!.start, model.json.findings[0]!.end)).toBe('37');
  });

  it("does not show another organisation's report", async () => {
    const other = await t.token('editor', 'annan-nämnd');
    const { status } = await check({ reportId: 'vb-2022', goalId: 'g2', text: 'Text.' }, other);
    expect(status).toBe(404);
  });

  it('rejects a bad body with the field named', async () => {
    const long = await check({ reportId: 'vb-2022', goalId: 'g2', text: 'a'.repeat(20_001) });
    expect(long.status).toBe(413);
    expect(long.json.error.code).toBe('payload_too_large');
    expect(long.json.error.message).toMatch(/högst 20\s000 tecken/);
    expect(long.json.error.field).toBe('text');
    // Refused before the report is even looked at: an unknown report gives the same answer.
    expect((await check({ reportId: 'finns-inte', goalId: 'g2', text: '1 '.repeat(10_001) })).status).toBe(413);
    const origin = await check({ reportId: 'vb-2022', goalId: 'g2', text: 'Text.', origin: 'robot' });
    expect(origin.status).toBe(400);
    expect(origin.json.error.field).toBe('origin');

    const both = await check({ report: demoFile('vb-2022'), reportId: 'vb-2022', goalId: 'g2', text: 'Text.' });
    expect(both.status).toBe(400);
    expect(both.json.error.field).toBe('reportId');
    const neither = await check({ goalId: 'g2', text: 'Text.' });
    expect(neither.status).toBe(400);

    const types = await check({ reportId: 'vb-2022', goalId: 2, text: '   ', extra: true });
    expect(types.status).toBe(400);
    expect(types.json.error.issues!.map((i) => i.path).sort()).toEqual(['extra', 'goalId', 'text']);

    const level = await check({ reportId: 'vb-2022', goalId: 'g2', text: 'Text.', level: 'toppen' });
    expect(level.status).toBe(400);
    expect(level.json.error).toMatchObject({
      field: 'level',
      message: 'Nivån "toppen" finns inte i rapportens skala (helt, hog, delvis, ej).',
    });
  });

  it('rejects a bad inline report with every problem as a path under report', async () => {
    const doc = demoFile('vb-2022') as unknown as { goals: { indicators: { better: string }[] }[]; report: Record<string, unknown> };
    doc.goals[1]!.indicators[0]!.better = 'sometimes';
    delete doc.report.kind;
    const { status, json } = await check({ report: doc, goalId: 'g2', text: 'Text.' });
    expect(status).toBe(400);
    expect(json.error.code).toBe('invalid_document');
    expect(json.error.issues!.map((i) => i.path).sort()).toEqual(['report.goals[1].indicators[0].better', 'report.report.kind']);
  });

  it('needs a token', async () => {
    const res = await t.request('POST', '/api/v1/check', { body: { reportId: 'vb-2022', goalId: 'g2', text: 'Text.' }, token: null });
    expect(res.status).toBe(401);
  });
});
