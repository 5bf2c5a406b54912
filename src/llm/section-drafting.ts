/**
 * @module A report-level section's text written by an OpenAI-compatible model, checked by the
 * section checker as a model's text, sent back with the findings once, and never handed over as
 * verified unless the checker passed it. Beside a model text that stayed unverified the offline
 * draft is offered; a model that fails leaves the official with the offline draft and the reason.
 */
import OpenAI from 'openai';
import { DEFAULT_MODEL } from '../config';
import { hasErrors, type Finding } from '../domain/checker';
import { checkSection, draftSection } from '../domain/sections';
import { modelNotConfigured } from '../lib/errors';
import { askUntilClean, HOW_TO_CONFIGURE, type DraftProvenance, type DraftResult } from './drafting';
import { renderSectionPrompt, renderSectionRepairPrompt, type SectionPromptInput } from './section-prompt';

/** Calls after the first that carry the checker's findings back to the model. */
export const MAX_SECTION_REPAIRS = 1;

export interface SectionDraftRequest extends SectionPromptInput {
  mode?: 'offline' | 'llm';
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function check(req: SectionDraftRequest, text: string, origin: 'model' | 'person' = 'model'): Finding[] {
  return checkSection(req.doc, req.assessment, req.section, text, req.accepted, origin);
}

function offlineDraft(req: SectionDraftRequest) {
  const text = draftSection(req.doc, req.assessment, req.section, req.accepted);
  return { text, findings: check(req, text) };
}

export async function draftSectionText(
  openai: (() => OpenAI) | null,
  req: SectionDraftRequest,
  opts: { model?: string } = {},
): Promise<DraftResult> {
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
  const prompt = renderSectionPrompt(req);
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
    { client, model, messages, provenance, maxRepairs: MAX_SECTION_REPAIRS },
    (text) => check(req, text),
    (text, findings) => renderSectionRepairPrompt(req.section, text, findings),
  );
  provenance.latencyMs = Math.round(now() - started);

  if (last && !failure) {
    const verified = !hasErrors(last.findings);
    return { ...last, verified, provenance, ...(verified ? {} : { offline: offlineDraft(req) }) };
  }
  const reason = failure?.message ?? 'Språkmodellen gav ingen text.';
  if (last) return { ...last, verified: false, provenance: { ...provenance, fallbackReason: reason }, offline: offlineDraft(req) };
  const o = offlineDraft(req);
  return {
    ...o,
    verified: !hasErrors(o.findings),
    provenance: { ...provenance, mode: 'offline', fallbackReason: `${reason} Utkastet är i stället skrivet utan språkmodell.` },
  };
}
