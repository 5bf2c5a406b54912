/** @module POST /api/v1/reports/:id/goals/:goalId/drafts: offline by default, a model when configured (msw), stored as a pending suggestion. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { draftReply, LLM_ENV, openaiHandlers } from '../mocks/openai';

type Draft = {
  id: string;
  goalId: string;
  status: string;
  text: string;
  origin: string;
  level: string;
  verified: boolean;
  findings: { severity: string; code: string }[];
  provenance: { mode: string; model?: string; promptVersion?: string; attempts: number; fallbackReason?: string; offeredBeside?: string };
  createdBy: string;
  offline?: { id: string; text: string };
};
type ErrorBody = { error: { code: string; message: string; field?: string; issues?: { path: string; message: string }[] } };

const GOOD =
  'Sjukfrånvaro totalt har ökat till 7,8 procent från 7 procent föregående år och når inte etappmålet om 6,5 procent. ' +
  'Nämndens värde för prestationsnivån i medarbetarenkäten har ökat till 74,7 jämfört med 73,8 året innan. ' +
  'Personalomsättningen har ökat med 4,4 procentenheter och ligger i slutet av året på 17,4 procent. ' +
  'Nämnden behöver fortsätta arbetet med arbetsmiljön. Bedömningen är därför att målet är ej uppfyllt.';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('drafting on the embedded default (no model)', () => {
  let t: TestApp;
  let official: string;
  beforeAll(async () => {
    t = await makeTestApp();
    official = await t.token('official', undefined, 'Handläggare Anna');
    await t.importDemo('vb-2022');
  });
  afterAll(() => t.close());

  it('answers 201 with an offline draft, checked, stored as a pending suggestion by the caller', async () => {
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: {}, token: official });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft).toMatchObject({
      goalId: 'g2',
      status: 'pending',
      origin: 'offline',
      level: 'ej',
      verified: true,
      createdBy: 'Handläggare Anna',
    });
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(draft.provenance).toMatchObject({ mode: 'offline', attempts: 0 });
    expect(draft.text).toMatch(/7,8 procent.*6,5 procent.*inte (?:är|vara) uppfyllt\.$/s);

    const list = (await (await t.request('GET', '/api/v1/reports/vb-2022/suggestions?goalId=g2')).json()) as { suggestions: Draft[] };
    expect(list.suggestions.find((s) => s.id === draft.id)).toMatchObject({ status: 'pending', text: draft.text, origin: 'offline' });
  });

  it('accepts an empty body and an explicit offline mode alike', async () => {
    expect((await t.request('POST', '/api/v1/reports/vb-2022/goals/g1/drafts')).status).toBe(201);
    expect(
      (await t.request('POST', '/api/v1/reports/vb-2022/goals/g1/drafts', { body: { mode: 'offline', instructions: 'kortare' } })).status,
    ).toBe(201);
  });

  it('answers 409 for mode llm and says how to configure a model', async () => {
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: { mode: 'llm' } });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'model_not_configured', field: 'mode' });
    expect(body.error.message).toMatch(/OPENAI_API_KEY.*OPENAI_BASE_URL.*AZURE_OPENAI_ENDPOINT/s);
  });

  it.each([
    ['an unknown mode', { mode: 'gpt' }, 'mode'],
    ['instructions over 1 000 characters', { instructions: 'x'.repeat(1001) }, 'instructions'],
    ['an unknown field', { prompt: 'hej' }, 'prompt'],
    ['instructions that are not text', { instructions: 5 }, 'instructions'],
  ])('answers 400 for %s, naming the field', async (_, body, field) => {
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body });
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.issues?.map((i) => i.path)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: '{"mode":' });
    expect(res.status).toBe(400);
  });

  it('answers 404 for another organisation’s report, an unknown goal, and 401 without a token', async () => {
    const other = await t.token('editor', 'annan-namnd');
    expect((await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: {}, token: other })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/reports/vb-2022/goals/g99/drafts', { body: {} })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: {}, token: null })).status).toBe(401);
  });
});

describe('drafting with a configured model', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ ...LLM_ENV });
    await t.importDemo('vb-2022');
  });
  afterAll(() => t.close());

  it('uses the model by default and stores its verified draft with the provenance', async () => {
    const mock = openaiHandlers([draftReply(GOOD)]);
    server.use(...mock.handlers);
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: { instructions: 'Nämn medarbetarenkäten.' } });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft).toMatchObject({ text: GOOD, origin: 'llm', verified: true, level: 'ej', status: 'pending' });
    expect(draft.provenance).toMatchObject({ mode: 'llm', model: 'test-model', promptVersion: '3', attempts: 1 });
    expect(mock.requests[0]!.body.model).toBe('test-model');
    expect(mock.requests[0]!.prompt).toContain('Nämn medarbetarenkäten.');
  });

  it('stores a draft the model kept wrong as unverified, with the offline draft offered beside it', async () => {
    const wrong = GOOD.replace('7,8 procent från', '8,2 procent från');
    const mock = openaiHandlers([draftReply(wrong), draftReply(wrong), draftReply(wrong)]);
    server.use(...mock.handlers);
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: {} });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft).toMatchObject({ text: wrong, origin: 'llm', verified: false });
    expect(draft.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'wrong_value' }));
    expect(draft.offline!.text).toMatch(/inte (?:är|vara) uppfyllt\.$/);
    // The offline draft is offered for review beside it, as its own pending, verified suggestion.
    const stored = (await (await t.request('GET', `/api/v1/suggestions/${draft.offline!.id}`)).json()) as Draft;
    expect(stored).toMatchObject({ text: draft.offline!.text, origin: 'offline', status: 'pending', verified: true, goalId: 'g2' });
    expect(stored.provenance).toMatchObject({ mode: 'offline', offeredBeside: draft.id });
  });

  it('takes style examples for a plan without published texts from the organisation’s earlier report', async () => {
    await t.importDemo('vp-2026');
    const mock = openaiHandlers([draftReply('Utkast.'), draftReply('Utkast.'), draftReply('Utkast.')]);
    server.use(...mock.handlers);
    const res = await t.request('POST', '/api/v1/reports/vp-2026/goals/g1/drafts', { body: {} });
    expect(res.status).toBe(201);
    const vbFirst = demoFile('vb-2022').goals[0]!.published!.motivation!;
    expect(mock.requests[0]!.prompt).toContain(`Exempel 1:\n<data>\n${vbFirst}\n</data>`);
  });

  it('stores the offline draft, saying why, when the model fails', async () => {
    server.use(...openaiHandlers([{ choices: [] }, { choices: [] }, { choices: [] }]).handlers);
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/drafts', { body: { mode: 'llm' } });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft).toMatchObject({ origin: 'offline', verified: true });
    expect(draft.provenance.fallbackReason).toMatch(/svarade utan text.*utan språkmodell/);
  });
});
