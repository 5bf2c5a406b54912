/**
 * @module Bench: drafting. Prompt tokens per goal draft for the demo reports (estimated as
 * characters / 4, and words, of every message sent), model calls per verified draft over a scripted
 * suite of model behaviours (an in-process msw server, the real openai SDK), and offline drafts per
 * second. Run: npx tsx bench/drafting.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { parseConfig } from '../src/config';
import { assessReport } from '../src/domain/assessment';
import { findNumbers } from '../src/domain/sv';
import { draftOffline, MAX_WORDS, MIN_WORDS, wordRuns } from '../src/domain/drafting';
import { checkText, wordsOf } from '../src/domain/checker';
import { generatedReports } from '../test/helpers/generated-reports';
import { parseReportDocument, proseNames, type ReportDocument } from '../src/domain/report';
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
    const prompt = renderDraftPrompt({
      doc,
      goalId: g.goalId,
      assessment: g,
      styleExamples: examples,
      instructions: 'Nämn medarbetarenkäten.',
    });
    const text = prompt.messages.map((m) => m.content).join('\n');
    return {
      goal: g.goalId,
      examples: examples.length,
      chars: text.length,
      tokens: Math.ceil(text.length / 4),
      words: text.split(/\s+/).filter(Boolean).length,
    };
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
  const factory = openAIFactory(
    parseConfig({ OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: 'https://llm.bench/v1', OPENAI_MODEL: 'bench', LLM_MAX_RETRIES: '2' }).llm,
  )!;
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

// ---------------------------------------------------------------- offline prose quality

/** The demo reports on disk (data/*.json), each parsed. */
function allDemos(): [string, ReportDocument][] {
  const dir = join(import.meta.dirname, '../data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const parsed = parseReportDocument(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      return parsed.ok ? [[f.replace(/\.json$/, ''), parsed.doc] as [string, ReportDocument]] : [];
    });
}

/** The figures issue 15 asks for, over every goal of the given reports. */
function proseQuality(docs: ReportDocument[]) {
  const q = {
    drafts: 0,
    minWords: Infinity,
    maxWords: 0,
    outside: 0,
    repeatedRuns: 0,
    textsWithRepeats: 0,
    longNameCopies: 0,
    ej: 0,
    r12: 0,
    checkerErrors: 0,
    closingDarfor: 0,
    closingSammantaget: 0,
  };
  for (const doc of docs) {
    const prose = proseNames(doc);
    for (const g of assessReport(doc).goals) {
      const text = draftOffline(doc, g.goalId, g);
      const goal = doc.goals.find((x) => x.id === g.goalId)!;
      const names = goal.indicators.flatMap((i) => [i.name, prose.get(i.id) ?? i.name]).sort((a, b) => b.length - a.length);
      const words = Math.max(wordsOf(text).length, text.split(/\s+/).filter(Boolean).length);
      q.drafts++;
      q.minWords = Math.min(q.minWords, words);
      q.maxWords = Math.max(q.maxWords, words);
      if (words < MIN_WORDS || words > MAX_WORDS) q.outside++;
      const runs = wordRuns(text, names);
      const repeats = runs.length - new Set(runs).size;
      q.repeatedRuns += repeats;
      if (repeats > 0) q.textsWithRepeats++;
      const norm = (x: string) =>
        x
          .toLowerCase()
          .replace(/[^\p{L}\d\s]/gu, ' ')
          .split(/\s+/)
          .filter(Boolean);
      const body = ` ${norm(text).join(' ')} `;
      for (const ind of doc.goals.flatMap((x) => x.indicators)) {
        const w = norm(ind.name);
        for (let k = 0; k + 9 <= w.length; k++)
          if (body.includes(` ${w.slice(k, k + 9).join(' ')} `)) {
            q.longNameCopies++;
            break;
          }
      }
      let running = text.replace(/[”"][^”"]*[”"]/g, ' ');
      for (const n of names)
        running = running
          .split(n)
          .join(' ')
          .split(n.charAt(0).toUpperCase() + n.slice(1))
          .join(' ');
      q.ej += (running.match(/(?<![\p{L}\d])ej(?![\p{L}\d])/giu) ?? []).length;
      q.r12 += (text.match(/(?<![\p{L}\d])r12(?![\p{L}\d])/giu) ?? []).length;
      q.checkerErrors += checkText({ doc, goalId: g.goalId, text, level: g.level, assessment: g }).filter(
        (f) => f.severity === 'error',
      ).length;
      const closing = text.slice(text.lastIndexOf('. ') + 2);
      if (/därför/.test(closing)) q.closingDarfor++;
      if (/Sammantaget|samlade/.test(closing)) q.closingSammantaget++;
    }
  }
  return q;
}

function printQuality(label: string, q: ReturnType<typeof proseQuality>) {
  console.log(
    `  ${label}: ${q.drafts} utkast, ${q.minWords}–${q.maxWords} ord (${q.outside} utanför 40–120), ${q.repeatedRuns} upprepade fyrordsföljder i ${q.textsWithRepeats} texter, ` +
      `${q.longNameCopies} långa tabellnamn kopierade, ${q.ej} "ej" i löpande text, ${q.r12} "r12", ${q.checkerErrors} kontrollfel, ` +
      `slutmening: ${q.closingDarfor} med "därför", ${q.closingSammantaget} med "sammantaget/samlade"`,
  );
}

// ---------------------------------------------------------------- report

const vb = demo('vb-2022');
const vp = demo('vp-2026');

console.log('Prompttokens per målutkast (uppskattning: tecken / 4; med stilexempel och en instruktion)');
for (const [name, doc, earlier] of [
  ['vb-2022', vb, undefined],
  ['vp-2026', vp, vb],
] as const) {
  const sizes = promptSizes(doc, earlier);
  for (const s of sizes)
    console.log(`  ${name} ${s.goal}: ${s.tokens} tokens (${s.chars} tecken, ${s.words} ord, ${s.examples} stilexempel)`);
  const max = Math.max(...sizes.map((s) => s.tokens));
  console.log(`  ${name} största: ${max} tokens – mål högst ${TOKEN_TARGET}: ${max <= TOKEN_TARGET ? 'ja' : 'NEJ'}`);
}

const rows = await modelSuite(vb);
console.log('\nModellanrop per verifierat utkast (vb-2022, fem mål per beteende, msw i processen, riktiga SDK:n)');
for (const r of rows) {
  console.log(
    `  ${r.behaviour}: ${r.httpCalls} HTTP-anrop, ${r.attempts} försök, ${r.verifiedByModel}/${r.drafts} verifierade av modellen, ${r.fallback} reservutkast`,
  );
}
const calls = rows.reduce((s, r) => s + r.httpCalls, 0);
const verified = rows.reduce((s, r) => s + r.verifiedByModel, 0);
console.log(
  `  totalt: ${calls} HTTP-anrop för ${verified} verifierade modellutkast = ${(calls / verified).toFixed(2)} anrop per verifierat utkast`,
);

console.log('\nOfflineutkastens språk (issue 15): alla mål i data/*.json och 200 genererade rapporter (fast frö)');
const demos = allDemos();
for (const [name, doc] of demos) printQuality(name, proseQuality([doc]));
const generated = fc.sample(generatedReports({ indicatorNames: 'pool' }), { numRuns: 200, seed: 15 }).flatMap((input) => {
  const parsed = parseReportDocument(input);
  return parsed.ok ? [parsed.doc] : [];
});
printQuality('genererade', proseQuality(generated));

const rate = offlineRate(vb);
console.log(`\nOfflineutkast per sekund (vb-2022, alla fem mål, varje utkast kontrollerat): ${rate.toFixed(0)}`);
