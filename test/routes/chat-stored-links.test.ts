import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { parseSse, turnOf } from '../helpers/sse';

let t: TestApp;

beforeAll(async () => {
  t = await makeTestApp({ CHAT_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

type Link = { goalId: string; indicatorId?: string; label: string; url: string };
type Stored = { role: string; content?: string; links?: Link[] };

async function chat(message: string, conversationId?: string) {
  const res = await t.request('POST', '/api/v1/chat', {
    body: { reportId: 'vb-2022', message, ...(conversationId ? { conversationId } : {}) },
  });
  expect(res.status).toBe(200);
  return turnOf(parseSse(await res.text())) as ReturnType<typeof turnOf> & { message: { links?: Link[] } };
}

async function reopen(id: string) {
  const res = await t.request('GET', `/api/v1/chat/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: Stored[] }).messages.filter((m) => m.role === 'assistant');
}

describe('links on answers read back from an earlier conversation', () => {
  it('come back with the stored answer as they were first shown: the goal and the indicator, each to its page', async () => {
    const goal = await chat('Hur bedöms målet om attraktiv arbetsgivare?');
    expect(goal.message.links?.map((l) => l.url)).toEqual(['/rapporter/vb-2022/mal/g2']);
    const series = await chat('Hur har sjukfrånvaron utvecklats över åren?', goal.conversation.id);
    expect(series.message.links?.length).toBeGreaterThan(0);

    const [first, second] = await reopen(goal.conversation.id);
    expect(first!.links).toEqual(goal.message.links);
    expect(second!.links).toEqual(series.message.links);
    // The page the link names is there.
    const goalPage = await t.request('GET', first!.links![0]!.url);
    expect(goalPage.status).not.toBe(404);
  });

  it('stay correct after a re-import: a goal moved to another place keeps its page, a removed indicator loses its link', async () => {
    const goal = await chat('Hur bedöms målet om attraktiv arbetsgivare?');
    const series = await chat('Hur har sjukfrånvaron utvecklats över åren?', goal.conversation.id);
    const indicatorLink = series.message.links!.find((l) => l.indicatorId)!;
    expect(indicatorLink).toBeDefined();

    const changed = demoFile('vb-2022');
    changed.goals.reverse(); // "Mål 2" is another goal now: the stored link still goes to the goal the answer named
    const owner = changed.goals.find((g) => g.id === indicatorLink.goalId)!;
    owner.indicators = (owner.indicators ?? []).filter((i) => i.id !== indicatorLink.indicatorId);
    const res = await t.request('POST', '/api/v1/reports', { body: changed });
    expect(res.status).toBeLessThan(300);

    const [first, second] = await reopen(goal.conversation.id);
    expect(first!.links).toEqual([expect.objectContaining({ goalId: 'g2', url: '/rapporter/vb-2022/mal/g2' })]);
    expect(second!.links ?? []).not.toContainEqual(expect.objectContaining({ indicatorId: indicatorLink.indicatorId }));
  });
});
