/**
 * @module Bench: the server's own time per chat turn, without the model. Offline turns on the demo
 * report (look up, assess, draft, check, propose), and model turns against an in-process msw mock
 * that answers at once (one tool call, then a streamed reply: the SDK, SSE parsing, tools, the
 * checker and the database, not the model). Also the prompt tokens each turn of a 10-message
 * conversation sends, estimated as the chat estimates them (characters / 3,5 + 4 per message, tool
 * definitions included). Target: under 20 ms per turn. Run: npx tsx bench/chat.ts [--wal]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { migrateDb } from '../src/db/migrate';
import { openNodeDb } from '../src/db/node-client';
import { importReport } from '../src/db/reports';
import { createToken } from '../src/db/tokens';
import { parseReportDocument } from '../src/domain/report';
import { nodeBackground } from '../src/lib/background';
import { estimateTokens } from '../src/llm/chat-history';
import { openAIFactory } from '../src/llm/client';

const ROUNDS = 20;
const OFFLINE_MESSAGES = [
  'Hur gick det med sjukfrånvaron?',
  'Hur bedöms målet om attraktiv arbetsgivare?',
  'Skriv en motivering för mål 2 och nämn medarbetarenkäten',
  'Kontrollera: Den totala sjukfrånvaron ökade till 9,1 procent under 2022.',
  'Skicka den till granskning',
];

/** The database file in the default rollback-journal mode (as the server opens it today), or in WAL mode. */
const JOURNAL = process.argv.includes('--wal') ? 'wal' : 'default';

async function setup(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-bench-chat-'));
  const config = parseConfig({ ...env, DATABASE_URL: `file:${join(dir, 'bench.db')}`, CHAT_RATE_LIMIT_PER_MINUTE: '10000' });
  const { db, close } = openNodeDb(config.databaseUrl);
  if (JOURNAL === 'wal') {
    await db.run(sql`PRAGMA journal_mode=WAL`);
    await db.run(sql`PRAGMA synchronous=NORMAL`);
  }
  await migrateDb(db);
  const parsed = parseReportDocument(JSON.parse(readFileSync(join(import.meta.dirname, '../data/vb-2022.json'), 'utf8')));
  if (!parsed.ok) throw new Error('demo data invalid');
  await importReport(db, parsed.doc);
  const { secret } = await createToken(db, { orgId: 'huddinge-socialnamnden', role: 'editor', name: 'Bench' });
  const app = createApp({ db, config, background: nodeBackground(), openai: openAIFactory(config.llm) });
  async function turn(message: string, conversationId?: string) {
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const res = await app.request('/api/v1/chat', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reportId: 'vb-2022', message, ...(conversationId ? { conversationId } : {}) }),
    });
    const text = await res.text();
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu0);
    const cpuMs = (used.user + used.system) / 1000;
    if (res.status !== 200 || !text.includes('event: end')) throw new Error(`turn failed: ${res.status} ${text.slice(0, 300)}`);
    return { ms, cpuMs, conversationId: JSON.parse(/event: conversation\ndata: (.*)/.exec(text)![1]!).id as string };
  }
  return { turn, done: () => (close(), rmSync(dir, { recursive: true, force: true })) };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(1).padStart(5)} ms, p95 ${q(0.95).toFixed(1).padStart(5)} ms`;
};

async function offline() {
  const s = await setup({});
  for (const m of OFFLINE_MESSAGES) await s.turn(m); // warm-up
  const perKind = new Map<string, { wall: number[]; cpu: number[] }>();
  for (let r = 0; r < ROUNDS; r++) {
    let conversationId: string | undefined;
    for (const m of OFFLINE_MESSAGES) {
      const { ms, cpuMs, conversationId: id } = await s.turn(m, conversationId);
      conversationId = id;
      const k = perKind.get(m) ?? { wall: [], cpu: [] };
      k.wall.push(ms);
      k.cpu.push(cpuMs);
      perKind.set(m, k);
    }
  }
  s.done();
  console.log('offline turns (no model): wall time | CPU time of this process');
  for (const [m, k] of perKind) console.log(`  ${m.slice(0, 40).padEnd(40)} ${stats(k.wall)} | ${stats(k.cpu)}`);
  const all = [...perKind.values()];
  console.log(`  ${'all'.padEnd(40)} ${stats(all.flatMap((k) => k.wall))} | ${stats(all.flatMap((k) => k.cpu))}`);
}

const sse = (frames: object[]) =>
  new HttpResponse(
    frames
      .map(
        (f) =>
          `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, ...f }] })}\n\n`,
      )
      .join('') + 'data: [DONE]\n\n',
    {
      headers: { 'content-type': 'text/event-stream' },
    },
  );

async function withModel() {
  const prompts: number[] = [];
  const server = setupServer(
    http.post('https://llm.bench/v1/chat/completions', async ({ request }) => {
      const body = (await request.json()) as { messages: Array<{ role: string; content: string | null }>; tools: unknown[] };
      const last = body.messages.at(-1)!;
      if (last.role === 'user') {
        prompts.push(body.messages.reduce((n, m) => n + estimateTokens(m.content ?? ''), 0) + estimateTokens(JSON.stringify(body.tools)));
        const args = JSON.stringify({ goalId: 'g2', indicator: 'Sjukfrånvaro totalt' });
        return sse([
          {
            delta: {
              role: 'assistant',
              tool_calls: [{ index: 0, id: 'c1', type: 'function', function: { name: 'show_goal', arguments: args } }],
            },
            finish_reason: null,
          },
          { delta: {}, finish_reason: 'tool_calls' },
        ]);
      }
      const reply = 'Den totala sjukfrånvaron ökade till 7,8 procent 2022, jämfört med 7 procent 2021. Etappmålet om 6,5 procent nås inte.';
      return sse([
        ...reply.match(/\S+\s*/g)!.map((w) => ({ delta: { content: w }, finish_reason: null })),
        { delta: {}, finish_reason: 'stop' },
      ]);
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  const s = await setup({
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: 'https://llm.bench/v1',
    OPENAI_MODEL: 'bench',
    LLM_MAX_RETRIES: '0',
  });
  await s.turn('Hur gick det med sjukfrånvaron?');
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < ROUNDS * 3; r++) {
    const x = await s.turn('Hur gick det med sjukfrånvaron?');
    wall.push(x.ms);
    cpu.push(x.cpuMs);
  }
  console.log('model turns against an instant in-process mock (2 model calls, 1 tool, 26 streamed tokens; SDK and mock included):');
  console.log(`  wall ${stats(wall)}`);
  console.log(`  CPU  ${stats(cpu)}`);

  prompts.length = 0;
  let conversationId: string | undefined;
  for (let i = 0; i < 10; i++)
    conversationId = (await s.turn(`Fråga ${i + 1}: hur gick det med sjukfrånvaron jämfört med etappmålet?`, conversationId))
      .conversationId;
  console.log('prompt tokens per turn in a 10-message conversation (first call of each turn, estimated):');
  console.log(`  ${prompts.map((n, i) => `${i + 1}: ${n}`).join(', ')}`);
  server.close();
  s.done();
}

console.log(`chat bench, database journal: ${JOURNAL} (run with --wal for WAL mode)`);
await offline();
await withModel();
