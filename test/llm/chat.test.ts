import { eq } from 'drizzle-orm';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatMessages, suggestions } from '../../src/db/schema';
import { makeTestApp, type TestApp } from '../helpers/app';
import { parseSse, turnOf } from '../helpers/sse';
import {
  chatCompletionStream,
  errorReply,
  isChatRequest,
  LLM_ENV,
  openaiHandlers,
  toolCallStream,
  toolResults,
} from '../mocks/openai-chat';
import { draftReply, type ScriptStep } from '../mocks/openai';

const server = setupServer();
let t: TestApp;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp({ ...LLM_ENV, CHAT_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.importDemo('vb-2022');
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function script(steps: ScriptStep[]) {
  const mock = openaiHandlers(steps);
  server.use(...mock.handlers);
  return mock;
}

async function chat(message: string, conversationId?: string) {
  const res = await t.request('POST', '/api/v1/chat', {
    body: { reportId: 'vb-2022', message, ...(conversationId ? { conversationId } : {}) },
  });
  expect(res.status).toBe(200);
  return turnOf(parseSse(await res.text()));
}

/** A motivation for g2 that the checker passes: every figure is in the data, the level is the goal's. */
const G2_DRAFT =
  'Den totala sjukfrånvaron ökade till 7,8 procent 2022, jämfört med 7 procent 2021. Därmed nås inte etappmålet om 6,5 procent. ' +
  'I årets medarbetarenkät har värdet för prestationsnivå, medarbetarprofil samt ledarskapsprofil förbättrats jämfört med föregående år. ' +
  'Nämndens samlade bedömning är att målet är ej uppfyllt.';

describe('the chat with a model (msw-scripted)', () => {
  it('runs a multi-step turn: look up, draft, check, propose, and tells the person each step', async () => {
    const mock = script([
      toolCallStream([{ name: 'show_goal', arguments: { goalId: 'g2', indicator: 'Sjukfrånvaro totalt' } }]),
      toolCallStream([{ id: 'call_draft', name: 'draft_motivation', arguments: { goalId: 'g2', instructions: 'nämn medarbetarenkäten' } }]),
      draftReply(G2_DRAFT),
      toolCallStream([{ name: 'check_text', arguments: { goalId: 'g2', text: G2_DRAFT } }]),
      toolCallStream([{ id: 'call_propose', name: 'propose_for_review', arguments: { goalId: 'g2', text: G2_DRAFT } }]),
      chatCompletionStream(['Utkastet stämmer med siffrorna ', 'och ligger nu för granskning.']),
    ]);
    const turn = await chat(
      'Skriv en motivering för målet om attraktiv arbetsgivare, nämn medarbetarenkäten, och skicka den till granskning',
    );

    expect(turn.tools.map((x) => [x.name, x.ok])).toEqual([
      ['show_goal', true],
      ['draft_motivation', true],
      ['check_text', true],
      ['propose_for_review', true],
    ]);
    expect(turn.tools[0]!.table!.rows[0]).toContain('7,8 procent (2022)');
    expect(turn.message).toMatchObject({
      text: 'Utkastet stämmer med siffrorna och ligger nu för granskning.',
      findings: [],
      draft: { goalId: 'g2', text: G2_DRAFT, verified: true, mode: 'llm' },
      suggestion: { goalId: 'g2', status: 'pending', verified: true },
    });
    const [row] = await t.db.select().from(suggestions).where(eq(suggestions.id, turn.message!.suggestion!.id));
    expect(row).toMatchObject({ origin: 'chat', text: G2_DRAFT, status: 'pending' });

    // What the model was given: the figures from the tool, the official's wish passed to the drafter.
    const chatRequests = mock.requests.filter(isChatRequest);
    expect(chatRequests).toHaveLength(5);
    expect(chatRequests.every((r) => r.body.stream === true)).toBe(true);
    expect(JSON.stringify(toolResults(chatRequests[1]!))).toContain('7,8 procent (2022)');
    const drafting = mock.requests.find((r) => !isChatRequest(r))!;
    expect(drafting.prompt).toContain('nämn medarbetarenkäten');
    expect(toolResults(chatRequests[4]!).call_propose).toMatchObject({ status: 'väntar på granskning' });
  });

  it('streams the reply token by token, with a system prompt that names the goals but gives no figures', async () => {
    const mock = script([chatCompletionStream(['Hej! ', 'Fråga gärna ', 'om rapportens mål.'])]);
    const turn = await chat('Hej');
    expect(turn.tokens).toEqual(['Hej! ', 'Fråga gärna ', 'om rapportens mål.']);
    expect(turn.names.filter((n) => n === 'token')).toHaveLength(3);
    expect(turn.names.at(-2)).toBe('message');
    expect(turn.message!.text).toBe('Hej! Fråga gärna om rapportens mål.');
    expect(turn.message!.note).toBeUndefined();

    const system = mock.requests[0]!.body.messages![0]!;
    expect(system.role).toBe('system');
    expect(system.content).toContain('g2: Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling');
    expect(system.content).toContain('bara ta från verktygens svar');
    for (const figure of ['7,8', '6,5', '13,5', '47,4']) expect(system.content).not.toContain(figure);
    expect((mock.requests[0]!.body.tools as Array<{ function: { name: string } }>).map((x) => x.function.name)).toEqual([
      'list_goals',
      'show_goal',
      'assess_goal',
      'draft_motivation',
      'check_text',
      'propose_for_review',
    ]);
  });

  it('gives a failing tool call back to the model as an error it can read, and the turn still finishes', async () => {
    const mock = script([
      toolCallStream([
        { id: 'call_bad_goal', name: 'show_goal', arguments: { goalId: 'g99' } },
        { id: 'call_bad_args', name: 'assess_goal', arguments: { goal: 2 } },
        { id: 'call_bad_json', name: 'check_text', arguments: '{"text": "Sjukfr' },
      ]),
      chatCompletionStream(['Jag hittar inte det målet. Vilket mål menar du?']),
    ]);
    const turn = await chat('Hur gick det för mål 99?');
    expect(turn.tools.map((x) => x.ok)).toEqual([false, false, false]);
    expect(turn.tools[0]!.summary).toContain('finns inte');
    const results = toolResults(mock.requests[1]!) as Record<string, { fel: string }>;
    expect(results.call_bad_goal!.fel).toMatch(/Målet "g99" finns inte.*g1, g2, g3, g4, g5/);
    expect(results.call_bad_args!.fel).toMatch(/Ogiltiga argument till assess_goal: goalId/);
    expect(results.call_bad_json!.fel).toMatch(/inte giltig JSON/);
    expect(turn.message!.text).toBe('Jag hittar inte det målet. Vilket mål menar du?');
    expect(turn.names.at(-1)).toBe('end');
  });

  it('marks a figure the model invented, and stores the marked reply', async () => {
    script([
      toolCallStream([{ name: 'show_goal', arguments: { goalId: 'g2' } }]),
      chatCompletionStream(['Sjukfrånvaron var 9,4 procent 2022, ', 'över etappmålet 6,5 procent.']),
    ]);
    const turn = await chat('Hur gick det med sjukfrånvaron?');
    const m = turn.message!;
    expect(m.text).toContain('9,4 procent ⚠');
    expect(m.text).not.toContain('6,5 procent ⚠');
    expect(m.text).toMatch(/⚠ Siffror som inte stämmer med rapportens data:\n⚠ «9,4 procent»/);
    expect(m.findings).toHaveLength(1);
    expect(m.text.slice(m.findings[0].start, m.findings[0].end)).toBe('9,4 procent');
    expect(m.findings[0].expected).toContain('7,8');

    const rows = await t.db.select().from(chatMessages).where(eq(chatMessages.conversationId, turn.conversation.id));
    expect(rows.at(-1)).toMatchObject({ role: 'assistant', content: m.text });
  });

  it('stops a runaway tool loop after the bound and says so', async () => {
    const mock = script(Array.from({ length: 10 }, () => toolCallStream([{ name: 'list_goals', arguments: {} }])));
    const turn = await chat('Vilka mål finns?');
    expect(mock.requests).toHaveLength(6);
    expect(turn.tools).toHaveLength(5);
    expect(turn.message!.text).toMatch(/avbröt efter 5 omgångar/);
    expect(turn.names.at(-1)).toBe('end');
  });

  it('says clearly when the model cannot be reached, and still answers a common question offline', async () => {
    script([() => HttpResponse.error()]);
    const hello = await chat('Hej, hur mår du?');
    expect(hello.errors).toEqual([
      { code: 'model_unavailable', message: expect.stringMatching(/^Tjänsten når inte språkmodellen.*Försök igen om en stund\.$/) },
    ]);
    expect(hello.message).toBeUndefined();
    expect(hello.names.at(-1)).toBe('end');

    script([errorReply(503)]);
    const known = await chat('Hur gick det med sjukfrånvaron?');
    expect(known.errors[0]!.message).toMatch(/serverfel \(503\)/);
    expect(known.message!.text).toMatch(/^Språkmodellen svarar inte, så jag svarar med de inbyggda funktionerna\./);
    expect(known.message!.text).toContain('7,8 procent');
  });

  it('sends earlier turns with each message, the oldest left out once the token budget is spent', async () => {
    const long = 'Berätta mer om detta. '.repeat(150); // about 3 300 characters, some 950 estimated tokens
    let conversationId: string | undefined;
    for (let i = 0; i < 6; i++) {
      script([chatCompletionStream([`Svar ${i + 1}.`])]);
      const turn = await chat(`Fråga ${i + 1}. ${long}`, conversationId);
      conversationId = turn.conversation.id;
    }
    const mock = script([chatCompletionStream(['Klart.'])]);
    await chat('Sista frågan', conversationId);
    const messages = mock.requests[0]!.body.messages!;
    const users = messages.filter((m) => m.role === 'user').map((m) => String(m.content).slice(0, 9));
    expect(users.at(-1)).toBe('Sista frå');
    expect(users.length).toBeLessThan(7);
    expect(users).toContain('Fråga 6. ');
    expect(users).not.toContain('Fråga 1. ');
    expect(messages.filter((m) => m.role === 'assistant').map((m) => m.content)).toContain('Svar 6.');
  });
});
