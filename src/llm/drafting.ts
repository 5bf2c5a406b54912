/**
 * @module The drafting service: a motivation for one goal, written offline or by an
 * OpenAI-compatible model, and never handed over as verified unless the checker passed it. A model
 * draft with errors goes back with the findings at most twice; a model that fails, refuses or
 * answers nonsense leaves the official with the offline draft and a sentence saying why.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { DEFAULT_MODEL } from '../config';
import type { GoalAssessment } from '../domain/assessment';
import { checkText, hasErrors, type Finding } from '../domain/checker';
import { draftOffline, MAX_WORDS } from '../domain/drafting';
import type { ReportDocument } from '../domain/report';
import { modelNotConfigured, modelUnavailable } from '../lib/errors';
import { renderDraftPrompt, renderRepairPrompt, styleExamplesFor } from './draft-prompt';

export { styleExamplesFor };

export interface DraftRequest {
  doc: ReportDocument;
  goalId: string;
  assessment: GoalAssessment;
  instructions?: string;
  mode?: 'offline' | 'llm';
  styleExamples?: string[];
}

export interface DraftProvenance {
  mode: 'offline' | 'llm';
  model?: string;
  promptId?: string;
  promptVersion?: string;
  /** Set when a repair was asked for: the repair prompt's version. */
  repairPromptVersion?: string;
  /** Model calls made (the SDK's own retries on 429/5xx not counted); 0 offline. */
  attempts: number;
  tokensIn: number;
  tokensOut: number;
  latencyMs: number;
  /** Why a model draft was not used and the offline draft stands instead. */
  fallbackReason?: string;
}

export interface DraftResult {
  text: string;
  verified: boolean;
  findings: Finding[];
  provenance: DraftProvenance;
  /** Beside a model draft that stayed unverified: the offline draft, checked. */
  offline?: { text: string; findings: Finding[] };
}

export interface DraftOptions {
  model?: string;
  /** What a model failure gives: the offline draft with a reason (default), or a model_unavailable error. */
  onModelFailure?: 'offline' | 'throw';
}

/** Calls after the first that carry the checker's findings back to the model. */
export const MAX_REPAIRS = 2;

export const HOW_TO_CONFIGURE =
  'Ingen språkmodell är konfigurerad. Sätt OPENAI_API_KEY (och OPENAI_MODEL) för OpenAI, OPENAI_BASE_URL för en lokal ' +
  'eller EU-driftad OpenAI-kompatibel modell (llama.cpp, Ollama, vLLM), eller AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY ' +
  'och AZURE_OPENAI_DEPLOYMENT för Azure OpenAI, och starta om tjänsten. Utan modell går det att skriva utkast med "mode": "offline".';

const replySchema = z.object({ text: z.string().trim().min(1, 'texten är tom') }).loose();
const refusalSchema = z.object({ refusal: z.string().min(1) });

/** A model call that did not give a usable text: why, in a sentence for the official, and whether asking again can help. */
class DraftFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function checkDraft(req: Pick<DraftRequest, 'doc' | 'goalId' | 'assessment'>, text: string): Finding[] {
  return checkText({
    doc: req.doc,
    goalId: req.goalId,
    text,
    level: req.assessment.level,
    assessment: req.assessment,
    wordLimit: MAX_WORDS,
    origin: 'model',
  });
}

function offlineDraft(req: DraftRequest) {
  const text = draftOffline(req.doc, req.goalId, req.assessment, { instructions: req.instructions });
  return { text, findings: checkDraft(req, text) };
}

export async function draftMotivation(openai: (() => OpenAI) | null, req: DraftRequest, opts: DraftOptions = {}): Promise<DraftResult> {
  const started = now();
  const mode = req.mode ?? (openai ? 'llm' : 'offline');
  if (mode === 'offline') {
    const o = offlineDraft(req);
    return {
      ...o,
      verified: !hasErrors(o.findings),
      provenance: { mode: 'offline', attempts: 0, tokensIn: 0, tokensOut: 0, latencyMs: Math.round(now() - started) },
    };
  }
  if (!openai) throw modelNotConfigured(HOW_TO_CONFIGURE, 'mode');

  const model = opts.model ?? DEFAULT_MODEL;
  const client = openai();
  const prompt = renderDraftPrompt({ ...req, styleExamples: req.styleExamples ?? styleExamplesFor(req.doc, req.goalId) });
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = prompt.messages.map(
    (m) => ({ role: m.role, content: m.content }) as OpenAI.Chat.ChatCompletionMessageParam,
  );
  const provenance: DraftProvenance = {
    mode: 'llm',
    model,
    promptId: prompt.id,
    promptVersion: prompt.version,
    attempts: 0,
    tokensIn: 0,
    tokensOut: 0,
    latencyMs: 0,
  };

  const { last, failure } = await askUntilClean(
    { client, model, messages, provenance, maxRepairs: MAX_REPAIRS },
    (text) => checkDraft(req, text),
    (text, findings) => renderRepairPrompt(req.doc, req.assessment, text, findings),
  );
  provenance.latencyMs = Math.round(now() - started);

  if (last && !failure) {
    const verified = !hasErrors(last.findings);
    return { ...last, verified, provenance, ...(verified ? {} : { offline: offlineDraft(req) }) };
  }
  const reason = failure?.message ?? 'Språkmodellen gav ingen text.';
  if (opts.onModelFailure === 'throw') throw modelUnavailable(reason, { model, attempts: provenance.attempts });
  if (last) {
    // A draft came, then the repair call failed: keep the draft, marked by its findings.
    return { ...last, verified: false, provenance: { ...provenance, fallbackReason: reason }, offline: offlineDraft(req) };
  }
  const o = offlineDraft(req);
  return {
    ...o,
    verified: !hasErrors(o.findings),
    provenance: { ...provenance, mode: 'offline', fallbackReason: `${reason} Utkastet är i stället skrivet utan språkmodell.` },
  };
}

const RESPONSE_FORMAT = {
  type: 'json_schema',
  json_schema: {
    name: 'motivering',
    strict: true,
    schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'], additionalProperties: false },
  },
} as const;

/** One model call: the text of a `{"text": …}` reply, or a DraftFailure saying what went wrong. */
async function askForText(
  client: OpenAI,
  model: string,
  messages: OpenAI.Chat.ChatCompletionMessageParam[],
  p: DraftProvenance,
): Promise<string> {
  const completion = await client.chat.completions.create({ model, messages, response_format: RESPONSE_FORMAT });
  p.tokensIn += completion.usage?.prompt_tokens ?? 0;
  p.tokensOut += completion.usage?.completion_tokens ?? 0;
  const choice = completion.choices?.[0];
  const message = choice?.message;
  if (message?.refusal) throw new DraftFailure(`Språkmodellen avböjde att skriva texten: "${message.refusal.slice(0, 200)}".`, false);
  if (choice?.finish_reason === 'content_filter') throw new DraftFailure('Språkmodellens innehållsfilter stoppade svaret.', false);
  const content = message?.content?.trim() ?? '';
  if (!content) throw new DraftFailure('Språkmodellen svarade utan text.', true);
  if (choice?.finish_reason === 'length') throw new DraftFailure('Språkmodellens svar blev avklippt innan det var klart.', true);
  const json = parseJsonLoosely(content);
  if (json === undefined) throw new DraftFailure('Språkmodellen svarade inte med giltig JSON.', true);
  const refusal = refusalSchema.safeParse(json);
  if (refusal.success) throw new DraftFailure(`Språkmodellen avböjde att skriva texten: "${refusal.data.refusal.slice(0, 200)}".`, false);
  const reply = replySchema.safeParse(json);
  if (!reply.success) throw new DraftFailure('Språkmodellens JSON saknade en text ({"text": "..."}).', true);
  return reply.data.text;
}

/** JSON, also when a local model wraps it in a Markdown code fence. */
function parseJsonLoosely(content: string): unknown {
  const unfenced = content
    .replace(/^```(?:json)?\s*\n?/i, '')
    .replace(/\n?```\s*$/, '')
    .trim();
  try {
    return JSON.parse(unfenced);
  } catch {
    return undefined;
  }
}

/** A Swedish sentence for what the SDK reports, after its own retries with backoff (LLM_MAX_RETRIES). */
export function describeApiError(e: unknown): string {
  if (e instanceof OpenAI.APIConnectionTimeoutError) return 'Språkmodellen svarade inte i tid (LLM_TIMEOUT_MS).';
  if (e instanceof OpenAI.APIConnectionError)
    return 'Tjänsten når inte språkmodellen (kontrollera OPENAI_BASE_URL eller AZURE_OPENAI_ENDPOINT).';
  if (e instanceof OpenAI.RateLimitError) return 'Språkmodellen är överbelastad eller kvoten är slut (429), även efter nya försök.';
  if (e instanceof OpenAI.AuthenticationError || e instanceof OpenAI.PermissionDeniedError)
    return `Språkmodellen avvisade nyckeln (${e.status}); kontrollera OPENAI_API_KEY eller AZURE_OPENAI_API_KEY.`;
  if (e instanceof OpenAI.NotFoundError)
    return 'Språkmodellen eller modellnamnet finns inte (404); kontrollera OPENAI_MODEL eller AZURE_OPENAI_DEPLOYMENT.';
  if (e instanceof OpenAI.APIError && e.status !== undefined && e.status >= 500)
    return `Språkmodellen svarade med ett serverfel (${e.status}), även efter nya försök.`;
  if (e instanceof OpenAI.APIError) {
    // The server's own words say what it did not accept (a response_format it lacks, say).
    const detail = (e.error as { message?: unknown } | undefined)?.message;
    return `Språkmodellen avvisade förfrågan (${e.status ?? 'okänd status'})${typeof detail === 'string' && detail ? `: ${detail.slice(0, 160)}` : ''}.`;
  }
  return 'Språkmodellen kunde inte nås.';
}

/**
 * Asks the model for a text, checks it, and on errors asks for a repair with the findings, until the
 * text is clean or the attempts run out; an unreadable answer is asked for again while retryable.
 * Shared by goal and section drafts. Returns the last text with its findings, and the failure that
 * ended the attempts, if one did.
 */
export async function askUntilClean(
  ctx: {
    client: OpenAI;
    model: string;
    messages: OpenAI.Chat.ChatCompletionMessageParam[];
    provenance: DraftProvenance;
    maxRepairs: number;
  },
  check: (text: string) => Finding[],
  repairPrompt: (text: string, findings: Finding[]) => { version: string; messages: { content: string }[] },
): Promise<{ last?: { text: string; findings: Finding[] }; failure?: DraftFailure }> {
  const { client, model, messages, provenance } = ctx;
  let last: { text: string; findings: Finding[] } | undefined;
  let failure: DraftFailure | undefined;
  while (provenance.attempts < 1 + ctx.maxRepairs) {
    provenance.attempts++;
    try {
      const text = await askForText(client, model, messages, provenance);
      const findings = check(text);
      last = { text, findings };
      failure = undefined;
      if (!hasErrors(findings)) break;
      const repair = repairPrompt(text, findings);
      provenance.repairPromptVersion = repair.version;
      messages.push(
        { role: 'assistant', content: JSON.stringify({ text }) },
        ...repair.messages.map((m) => ({ role: 'user' as const, content: m.content })),
      );
    } catch (e) {
      failure = e instanceof DraftFailure ? e : new DraftFailure(describeApiError(e), false);
      if (!failure.retryable) break;
      messages.push({ role: 'user', content: 'Svaret gick inte att läsa. Svara endast med JSON i formen {"text": "..."}.' });
    }
  }
  return { ...(last ? { last } : {}), ...(failure ? { failure } : {}) };
}
