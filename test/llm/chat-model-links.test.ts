import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linksNamedIn } from '../../src/domain/chat';
import { parseReportDocument } from '../../src/domain/report';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { parseSse, turnOf } from '../helpers/sse';
import { chatCompletionStream, LLM_ENV, openaiHandlers, toolCallStream } from '../mocks/openai-chat';

const server = setupServer();
let t: TestApp;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp({ ...LLM_ENV, CHAT_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.importDemo('vb-2022');
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  return t.close();
});

const parsed = parseReportDocument(demoFile('vb-2022'));
if (!parsed.ok) throw new Error('demo data invalid');
const doc = parsed.doc;

describe('links in a reply written by a model', () => {
  it('link the goal the turn looked at and the indicator it names, and come back when the conversation is read again', async () => {
    server.use(
      ...openaiHandlers([
        toolCallStream([{ name: 'assess_goal', arguments: { goalId: 'g2' } }]),
        chatCompletionStream(['Mål g2 bedöms som ej uppfyllt. ', 'Sjukfrånvaro totalt ', 'nådde inte etappmålet.']),
      ]).handlers,
    );
    const res = await t.request('POST', '/api/v1/chat', { body: { reportId: 'vb-2022', message: 'Hur bedöms mål 2?' } });
    const turn = turnOf(parseSse(await res.text())) as ReturnType<typeof turnOf> & { message: { links?: { url: string }[] } };
    expect(turn.message.links?.map((l) => l.url)).toEqual([
      '/rapporter/vb-2022/mal/g2',
      '/rapporter/vb-2022/mal/g2#indikator-sjukfranvaro-totalt',
    ]);
    const read = (await (await t.request('GET', `/api/v1/chat/${turn.conversation.id}`)).json()) as {
      messages: { role: string; links?: { url: string }[] }[];
    };
    expect(read.messages.find((m) => m.role === 'assistant' && m.links)!.links).toEqual(turn.message.links);
  });

  it('link a goal by its number or id only when the turn looked at it, and by its whole title always', () => {
    const text = 'Enligt Agenda 2030 mål 3 och g3 ska hälsan främjas.';
    expect(linksNamedIn(doc, text, [])).toEqual([]);
    expect(linksNamedIn(doc, text, ['g3']).map((l) => l.goalId)).toEqual(['g3']);
    const g1 = doc.goals[0]!;
    expect(linksNamedIn(doc, `Målet ${g1.title.toUpperCase()} har nåtts.`).map((l) => l.url)).toEqual([`/rapporter/vb-2022/mal/${g1.id}`]);
    // "mål 1" is not "mål 12", and part of a word is not a name.
    expect(linksNamedIn(doc, 'Mål 12 är inte med.', ['g1'])).toEqual([]);
  });
});
