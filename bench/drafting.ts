/**
 * @module Bench: drafting. Prompt tokens per goal draft for the demo reports (estimated as
 * characters / 4, and words, of every message sent), model calls per verified draft over a scripted
 * suite of model behaviours (an in-process msw server, the real openai SDK), and offline drafts per
 * second. Run: npx tsx bench/drafting.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { parseConfig } from '../src/config';
import { assessReport } from '../src/domain/assessment';
import { findNumbers } from '../src/domain/sv';
import { draftOffline } from '../src/domain/drafting';
import { parseReportDocument, type ReportDocument } from '../src/domain/report';
import { openAIFactory } from '../src/llm/client';
import { renderDraftPrompt, styleExamplesFor } from '../src/llm/draft-prompt';
import { draftMotivation } from '../src/llm/drafting';
import { chatCompletion, draftReply, errorReply, openaiHandlers, type ScriptStep } from '../test/mocks/openai';

const TOKEN_TARGET = 2500;

function demo(name: string): ReportDocument {
  const parsed = parseReportDocument(JSON.parse(readFileSync(join(import.meta.dirname, '../data', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.doc;
}

// ---------------------------------------------------------------- prompt size

/** Style examples as the route picks them: the report's own, else the organisation's earlier report's. */
function promptSizes(doc: ReportDocument, earlier?: ReportDocument) {
  return assessReport(doc).goals.map((g) => {
    const own = styleExamplesFor(doc, g.goalId);
    const examples = own.length > 0 || !earlier ? own : styleExamplesFor(earlier, '');
    const prompt = renderDraftPrompt({ doc, goalId: g.goalId, assessment: g, styleExamples: examples, instructions: 'Nämn medarbetarenkäten.' });
    const text = prompt.messages.map((m) => m.content).join('\n');
    return { goal: g.goalId, examples: examples.length, chars: text.length, tokens: Math.ceil(text.length / 4), words: text.split(/\s+/).filter(Boolean).length };
  });
}

// ---------------------------------------------------------------- model behaviours

/** A text the checker faults: the first figure of a clean draft changed. */
function withWrongFigure(text: string): string {
  const m = findNumbers(text).find((x) => !x.isYear && x.source === 'digits' && x.value !== 0);
  if (!m) return text.replace(/målet är [^.]+\./, 'målet är helt uppfyllt.');
  const wrong = m.text.replace(/\d+(?:,\d+)?/, (d) => String(Number(d.replace(',', '.')) + 1.3).replace('.', ','));
  return text.slice(0, m.start) + wrong + text.slice(m.end);
}

type Behaviour = { name: string; steps: (good: string, wrong: string) => ScriptStep[] };
const BEHAVIOURS: Behaviour[] = [
  { name: 'rätt direkt', steps: (good) => [draftReply(good)] },
  { name: 'fel tal, rättat vid första reparationen', steps: (good, wrong) => [draftReply(wrong), draftReply(good)] },
  { name: 'fel tal två gånger, rättat sist', steps: (good, wrong) => [draftReply(wrong), draftReply(wrong), draftReply(good)] },
  { name: 'fel tal hela vägen (overifierat)', steps: (_, wrong) => [draftReply(wrong), draftReply(wrong), draftReply(wrong)] },
  { name: 'trasig JSON, sedan rätt', steps: (good) => [chatCompletion('inte json'), draftReply(good)] },
  { name: '429, sedan rätt (SDK:ns omförsök)', steps: (good) => [errorReply(429, { retryable: true }), draftReply(good)] },
  { name: 'vägrar (reservutkast)', steps: () => [chatCompletion({ content: null, refusal: 'I can’t help with that.' })] },
];

async function modelSuite(doc: ReportDocument) {
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  const factory = openAIFactory(parseConfig({ OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: 'https://llm.bench/v1', OPENAI_MODEL: 'bench', LLM_MAX_RETRIES: '2' }).llm)!;
  const goals = assessReport(doc).goals;
  const rows: { behaviour: string; drafts: number; httpCalls: number; attempts: number; verifiedByModel: number; fallback: number }[] = [];
  try {
    for (const b of BEHAVIOURS) {
      const row = { behaviour: b.name, drafts: 0, httpCalls: 0, attempts: 0, verifiedByModel: 0, fallback: 0 };
      for (const g of goals) {
        const good = draftOffline(doc, g.goalId, g);
        const mock = openaiHandlers(b.steps(good, withWrongFigure(good)));
        server.resetHandlers(...mock.handlers);
        const result = await draftMotivation(factory, { doc, goalId: g.goalId, assessment: g }, { model: 'bench' });
        row.drafts++;
        row.httpCalls += mock.requests.length;
        row.attempts += result.provenance.attempts;
        if (result.verified && result.provenance.mode === 'llm') row.verifiedByModel++;
        if (result.provenance.fallbackReason) row.fallback++;
      }
      rows.push(row);
    }
  } finally {
    server.close();
  }
  return rows;
}

// ---------------------------------------------------------------- offline speed

function offlineRate(doc: ReportDocument, ms = 3000) {
  const goals = assessReport(doc).goals;
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    for (const g of goals) {
      draftOffline(doc, g.goalId, g);
      n++;
    }
  }
  return n / ((performance.now() - start) / 1000);
}

// ---------------------------------------------------------------- report

const vb = demo('vb-2022');
const vp = demo('vp-2026');

console.log('Prompttokens per målutkast (uppskattning: tecken / 4; med stilexempel och en instruktion)');
for (const [name, doc, earlier] of [['vb-2022', vb, undefined], ['vp-2026', vp, vb]] as const) {
  const sizes = promptSizes(doc, earlier);
  for (const s of sizes) console.log(`  ${name} ${s.goal}: ${s.tokens} tokens (${s.chars} tecken, ${s.words} ord, ${s.examples} stilexempel)`);
  const max = Math.max(...sizes.map((s) => s.tokens));
  console.log(`  ${name} största: ${max} tokens – mål högst ${TOKEN_TARGET}: ${max <= TOKEN_TARGET ? 'ja' : 'NEJ'}`);
}

const rows = await modelSuite(vb);
console.log('\nModellanrop per verifierat utkast (vb-2022, fem mål per beteende, msw i processen, riktiga SDK:n)');
for (const r of rows) {
  console.log(`  ${r.behaviour}: ${r.httpCalls} HTTP-anrop, ${r.attempts} försök, ${r.verifiedByModel}/${r.drafts} verifierade av modellen, ${r.fallback} reservutkast`);
}
const calls = rows.reduce((s, r) => s + r.httpCalls, 0);
const verified = rows.reduce((s, r) => s + r.verifiedByModel, 0);
console.log(`  totalt: ${calls} HTTP-anrop för ${verified} verifierade modellutkast = ${(calls / verified).toFixed(2)} anrop per verifierat utkast`);

const rate = offlineRate(vb);
console.log(`\nOfflineutkast per sekund (vb-2022, alla fem mål, varje utkast kontrollerat): ${rate.toFixed(0)}`);
