/** @module The goal page's "Skriv utkast" with a model configured (msw at the model's HTTP boundary): the official's wishes reach the model, and what the page says matches what happened. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';
import { draftReply, errorReply, LLM_ENV, openaiHandlers } from '../mocks/openai';

const GOOD =
  'Sjukfrånvaro totalt har ökat till 7,8 procent från 7 procent föregående år och når inte etappmålet om 6,5 procent. ' +
  'Nämndens värde för prestationsnivån i medarbetarenkäten har ökat till 74,7 jämfört med 73,8 året innan. ' +
  'Nämnden behöver fortsätta arbetet med arbetsmiljön. Bedömningen är därför att målet är ej uppfyllt.';

const server = setupServer();
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp(LLM_ENV);
  await t.importDemo('vb-2022');
  const signIn = await t.app.request('/logga-in', {
    method: 'POST',
    body: new URLSearchParams({ token: await t.token('official', undefined, 'Handläggare Anna') }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  return t.close();
});

const draftFromPage = (fields: Record<string, string>) =>
  t.app.request('/rapporter/vb-2022/mal/g2/utkast', {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });

async function suggestionsOfG2() {
  const res = await t.request('GET', '/api/v1/reports/vb-2022/suggestions?goalId=g2');
  return ((await res.json()) as { suggestions: { id: string; origin: string; verified: boolean; text: string }[] }).suggestions;
}

describe('Skriv utkast on the goal page with a model configured', () => {
  it('sends the official’s wishes to the model and says the model wrote the draft', async () => {
    const mock = openaiHandlers([draftReply(GOOD)]);
    server.use(...mock.handlers);
    const res = await draftFromPage({ instructions: 'Nämn medarbetarenkäten.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/rapporter\/vb-2022\/mal\/g2\?klart=utkast-modell&forslag=/);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.prompt).toContain('Nämn medarbetarenkäten.');
    expect((await suggestionsOfG2()).find((s) => s.text === GOOD)).toMatchObject({ origin: 'llm', verified: true });
    const page = await (await t.app.request(res.headers.get('location')!, { headers: { cookie } })).text();
    expect(page).toContain('Språkmodellen har skrivit ett utkast');
  });

  it('puts the offline draft beside a model draft that stayed wrong, and says so', async () => {
    const wrong = GOOD.replace('7,8 procent från', '8,2 procent från');
    server.use(...openaiHandlers([draftReply(wrong), draftReply(wrong), draftReply(wrong)]).handlers);
    const before = (await suggestionsOfG2()).length;
    const res = await draftFromPage({});
    expect(res.headers.get('location')).toMatch(/^\/rapporter\/vb-2022\/mal\/g2\?klart=utkast-overifierat&forslag=/);
    const after = await suggestionsOfG2();
    expect(after.length).toBe(before + 2);
    expect(after).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: wrong, origin: 'llm', verified: false }),
        expect.objectContaining({ origin: 'offline', verified: true }),
      ]),
    );
  });

  it('writes the draft offline when the model is down, and says why', async () => {
    server.use(...openaiHandlers([errorReply(503, { retryable: false })]).handlers);
    const res = await draftFromPage({ instructions: 'kortare' });
    expect(res.headers.get('location')).toMatch(/^\/rapporter\/vb-2022\/mal\/g2\?klart=utkast-reserv&forslag=/);
    const page = await (await t.app.request(res.headers.get('location')!, { headers: { cookie } })).text();
    expect(page).toContain('Språkmodellen gick inte att använda just nu');
  });

  it('refuses wishes longer than the drafts API takes, keeping the page', async () => {
    const res = await draftFromPage({ instructions: 'x'.repeat(1001) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Önskemål: högst 1000 tecken');
  });
});
