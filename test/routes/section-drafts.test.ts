/** @module POST /api/v1/reports/:id/sections/:sectionId/drafts with a model configured (msw): checked by the section checker, repaired once, the offline draft beside an unverified one, personnummer never sent. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { draftReply, errorReply, LLM_ENV, openaiHandlers } from '../mocks/openai';

type Draft = {
  id: string;
  sectionId?: string;
  text: string;
  origin: string;
  verified: boolean;
  status: string;
  findings: { severity: string; code: string }[];
  provenance: {
    mode: string;
    promptId?: string;
    promptVersion?: string;
    repairPromptVersion?: string;
    attempts: number;
    offeredBeside?: string;
  };
  offline?: { id: string; text: string; verified: boolean };
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PNR = '811218-9876';
let t: TestApp;
/** The offline draft of the sammanfattning: a text the section checker passes. */
let clean: string;
const path = (id = 'vb-2022', section = 'sammanfattning') => `/api/v1/reports/${id}/sections/${encodeURIComponent(section)}/drafts`;

beforeAll(async () => {
  t = await makeTestApp({ ...LLM_ENV });
  await t.importDemo('vb-2022');
  const res = await t.request('POST', path(), { body: { mode: 'offline' } });
  expect(res.status).toBe(201);
  clean = ((await res.json()) as Draft).text;
});
afterAll(() => t.close());

/** The clean text with its first count of goals ("två mål", "3 mål") changed: a figure no fact grounds. */
function wrongCount(text: string): string {
  const m = /\b(\d+|ett|två|tre|fyra|fem|sex|sju) (mål|av)\b/i.exec(text);
  if (!m) throw new Error(`no count in: ${text}`);
  const words = ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju'];
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : words.indexOf(m[1]!.toLowerCase()) + 1;
  return `${text.slice(0, m.index)}${n + 4} ${m[2]}${text.slice(m.index + m[0].length)}`;
}

describe('section drafts by model', () => {
  it('drafts by the model by default, sends the section facts and stores a clean text as verified', async () => {
    const mock = openaiHandlers([draftReply(clean)]);
    server.use(...mock.handlers);
    const res = await t.request('POST', path(), { body: { instructions: 'Lyft ekonomin.' } });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft).toMatchObject({ text: clean, origin: 'llm', verified: true, status: 'pending', sectionId: 'sammanfattning' });
    expect(draft.provenance).toMatchObject({ mode: 'llm', promptId: 'draft-section', promptVersion: '1', attempts: 1 });
    expect(draft.offline).toBeUndefined();
    const prompt = mock.requests[0]!.prompt;
    // The section's facts: goals with their levels, counts, activities, and the official's wish.
    expect(prompt).toContain('Lyft ekonomin.');
    expect(prompt).toMatch(/"nivåer":\{/);
    expect(prompt).toMatch(/"Etappmål nådda":"\d+"/);
    expect(prompt).toMatch(/"mål":\[\{"mål":"[^"]+","nivå":"[^"]+"/);
  });

  it('sends a text with a wrong count back once with the finding, and keeps the repaired text as verified', async () => {
    const wrong = wrongCount(clean);
    const mock = openaiHandlers([draftReply(wrong), draftReply(clean)]);
    server.use(...mock.handlers);
    const draft = (await (await t.request('POST', path(), { body: {} })).json()) as Draft;
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[1]!.prompt).toContain('Kontrollen mot faktaunderlaget hittade fel');
    expect(draft).toMatchObject({ text: clean, origin: 'llm', verified: true });
    expect(draft.provenance).toMatchObject({ attempts: 2, repairPromptVersion: '1' });
  });

  it('stores a text the model kept wrong as unverified, with the offline draft offered beside it', async () => {
    const wrong = wrongCount(clean);
    const mock = openaiHandlers([draftReply(wrong), draftReply(wrong)]);
    server.use(...mock.handlers);
    const draft = (await (await t.request('POST', path(), { body: { mode: 'llm' } })).json()) as Draft;
    // One repair, no more.
    expect(mock.requests).toHaveLength(2);
    expect(draft).toMatchObject({ text: wrong, origin: 'llm', verified: false });
    expect(draft.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(draft.offline).toMatchObject({ text: clean, verified: true });
    const stored = (await (await t.request('GET', `/api/v1/suggestions/${draft.offline!.id}`)).json()) as Draft;
    expect(stored).toMatchObject({ text: clean, origin: 'offline', status: 'pending', verified: true, sectionId: 'sammanfattning' });
    expect(stored.provenance).toMatchObject({ mode: 'offline', offeredBeside: draft.id });
  });

  it('falls back to the offline draft with the reason when the model fails', async () => {
    const mock = openaiHandlers([errorReply(401, { retryable: false, message: 'Invalid API key' })]);
    server.use(...mock.handlers);
    const res = await t.request('POST', path(), { body: {} });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft & { provenance: { fallbackReason?: string } };
    expect(draft).toMatchObject({ text: clean, origin: 'offline', verified: true });
    expect(draft.provenance.fallbackReason).toMatch(/utan språkmodell/);
  });

  it('never sends a personnummer to the model, from the data or from the wishes', async () => {
    const doc = structuredClone(demoFile('vb-2022')) as {
      report: { id: string };
      goals: { title: string; activities?: { title: string }[] }[];
    };
    doc.report.id = 'vb-2022-pnr';
    doc.goals[0]!.activities = [...(doc.goals[0]!.activities ?? []), { title: `Uppföljning med kontaktperson ${PNR}` }];
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
    const sections = (
      (await (await t.request('GET', '/api/v1/reports/vb-2022-pnr/sections')).json()) as { sections: { id: string; goals: string[] }[] }
    ).sections;
    const withGoal = sections.find((s) => s.goals.includes((doc as unknown as { goals: { id: string }[] }).goals[0]!.id))!;
    const mock = openaiHandlers([draftReply('Nämnden följer upp målen.'), draftReply('Nämnden följer upp målen.')]);
    server.use(...mock.handlers);
    const res = await t.request('POST', path('vb-2022-pnr', withGoal.id), { body: { instructions: `Nämn ${PNR}.` } });
    expect(res.status).toBe(201);
    expect(mock.requests.length).toBeGreaterThan(0);
    for (const r of mock.requests) {
      expect(r.prompt).not.toContain(PNR);
      expect(r.prompt).not.toContain('8112189876');
    }
    // The activity is there, its identifier removed.
    expect(mock.requests[0]!.prompt).toContain('Uppföljning med kontaktperson');
  });
});
