/** @module The chat without a model: the common Swedish requests recognised (chat-intents), served by the same tools the model uses, answered in plain sentences. */
import { recogniseIntent, type ChatIntent } from '../domain/chat';
import type { GoalAssessment, IndicatorAssessment } from '../domain/assessment';
import { newId } from '../lib/crypto';
import { lastDraft, type ConversationContext } from './chat-history';
import { callTool, finish, streamText } from './chat-turn';
import type { TurnState } from './chat-types';
import { changeText, outcomeText, previousText, STATUS_TEXT, targetText } from './tools/format';

export const HELP_TEXT = [
  'Jag kan hjälpa dig med rapportens mål. Prova till exempel:',
  '• «Vilka mål finns?»',
  '• «Hur gick det med sjukfrånvaron?»',
  '• «Hur bedöms mål 2?» eller «Hur bedöms målet om attraktiv arbetsgivare?»',
  '• «Skriv en motivering för mål 2 och nämn medarbetarenkäten», sedan «Gör den kortare»',
  '• «Kontrollera: <klistra in din text>»',
  '• «Skicka den till granskning»',
].join('\n');

export const MODEL_NOTE =
  'Ingen språkmodell är konfigurerad, så jag svarar med de inbyggda funktionerna på de vanliga frågorna. ' +
  'För fri konversation: sätt OPENAI_API_KEY (och OPENAI_MODEL) för OpenAI, OPENAI_BASE_URL för en lokal eller EU-driftad ' +
  'OpenAI-kompatibel modell (llama.cpp, Ollama, vLLM), eller AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY och ' +
  'AZURE_OPENAI_DEPLOYMENT för Azure OpenAI, och starta om tjänsten.';

const callId = () => `offline-${newId()}`;

/** "Delvis uppfyllt" inside a sentence: "delvis uppfyllt". */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

function goalName(state: TurnState, goalId: string): string {
  const g = state.ctx.assessment.goals.find((x) => x.goalId === goalId);
  return g ? `${g.goalId} «${g.title}»` : goalId;
}

function whichGoal(state: TurnState, candidates: string[], what: string): string {
  if (candidates.length) return `Vilket mål menar du? ${candidates.map((id) => goalName(state, id)).join(' eller ')}. Skriv till exempel «${what} ${candidates[0]}».`;
  return `Jag hittar inget mål som stämmer. Fråga «Vilka mål finns?» för att se dem, och skriv till exempel «${what} mål 2».`;
}

/** ", en ökning med 0,8 procentenheter", ", en minskning med 3 procent", ", oförändrat"; empty without a change. */
function changeClause(a: IndicatorAssessment): string {
  if (a.change === null) return '';
  if (a.change === 0) return ', oförändrat';
  const size = changeText({ ...a, change: Math.abs(a.change) })!.replace(/^\+/, '');
  return `, en ${a.change > 0 ? 'ökning' : 'minskning'} med ${size}`;
}

function indicatorSentence(g: GoalAssessment, indicatorId: string): string {
  const a = g.indicators.find((i) => i.indicatorId === indicatorId)!;
  const parts: string[] = [];
  if (a.outcome === null) parts.push(`${a.name}: utfallet ${outcomeText(a)}.`);
  else {
    const prev = a.previous !== null ? `, jämfört med ${previousText(a)}` : '';
    parts.push(`${a.name} blev ${outcomeText(a)}${prev}${changeClause(a)}.`);
  }
  if (a.target) parts.push(`Etappmålet är ${targetText(a)}: ${STATUS_TEXT[a.status]}.`);
  parts.push(`Indikatorn hör till ${g.goalId} «${g.title}», som bedöms som ${inSentence(g.label)}.`);
  return parts.join(' ');
}

async function answer(state: TurnState, intent: ChatIntent, context: ConversationContext): Promise<{ text: string; check?: boolean }> {
  const goals = state.ctx.assessment.goals;
  const goal = (id: string) => goals.find((g) => g.goalId === id)!;
  switch (intent.kind) {
    case 'help':
      return { text: HELP_TEXT, check: false };
    case 'unknown':
      return { text: `Den frågan förstår jag inte utan språkmodell. ${HELP_TEXT}`, check: false };
    case 'list_goals': {
      const run = await callTool(state, 'list_goals', {}, callId());
      if (!run.ok) return { text: run.error, check: false };
      const lines = goals.map((g) => `• ${goalName(state, g.goalId)}: ${inSentence(g.label)}`);
      return { text: `Rapportens mål och deras bedömning:\n${lines.join('\n')}\nSamlad bedömning: ${inSentence(state.ctx.assessment.overall.label)}.` };
    }
    case 'indicator': {
      const run = await callTool(state, 'show_goal', { goalId: intent.goalId, indicator: intent.indicatorId }, callId());
      return run.ok ? { text: indicatorSentence(goal(intent.goalId), intent.indicatorId) } : { text: run.error, check: false };
    }
    case 'goal': {
      if (!intent.goalId) return { text: whichGoal(state, intent.candidates, 'Hur bedöms'), check: false };
      const run = await callTool(state, 'assess_goal', { goalId: intent.goalId }, callId());
      if (!run.ok) return { text: run.error, check: false };
      const g = goal(intent.goalId);
      // The rationale is written from the data, but like every reply with figures it is checked: a fault in the engine's wording shows here.
      return { text: `${goalName(state, g.goalId)} bedöms som ${inSentence(g.label)}. ${g.rationale}` };
    }
    case 'draft': {
      if (!intent.goalId) return { text: whichGoal(state, intent.candidates, 'Skriv en motivering för'), check: false };
      const args = { goalId: intent.goalId, ...(intent.instructions ? { instructions: intent.instructions } : {}), ...(intent.shorter ? { shorter: true } : {}) };
      const run = await callTool(state, 'draft_motivation', args, callId());
      if (!run.ok || !run.outcome.draft) return { text: run.ok ? run.outcome.summary : run.error, check: false };
      const d = run.outcome.draft;
      const status = d.verified ? 'Alla siffror i utkastet stämmer med underlaget.' : 'Några uppgifter stämmer inte med underlaget; de är markerade i utkastet.';
      // The draft itself travels beside the reply (message.draft), with its findings; the reply says what it is.
      return { text: `Här är ett utkast för ${goalName(state, d.goalId)}. ${status} Skriv «Gör den kortare» för en kortare text, eller «Skicka den till granskning» när du är nöjd.`, check: false };
    }
    case 'check': {
      const run = await callTool(state, 'check_text', { text: intent.text, ...(intent.goalId ? { goalId: intent.goalId } : {}) }, callId());
      if (!run.ok) return { text: run.error, check: false };
      const errors = (run.outcome.result as { fel: string[] }).fel;
      const which = intent.inferred && intent.goalId ? `Texten verkar gälla ${goalName(state, intent.goalId)}, så jag har kontrollerat den mot det målets siffror. ` : '';
      // The reply quotes the official's own figures: it is not itself checked.
      return { text: [which + run.outcome.summary, ...errors].join('\n'), check: false };
    }
    case 'propose': {
      const draft = lastDraft(context, intent.goalId) ?? state.draft;
      if (!draft) {
        const target = intent.goalId ? ` för ${intent.goalId}` : '';
        return { text: `Det finns inget utkast${target} i samtalet ännu. Be mig först skriva ett, till exempel «Skriv en motivering för mål 2».`, check: false };
      }
      const run = await callTool(state, 'propose_for_review', { goalId: draft.goalId, text: draft.text }, callId());
      if (!run.ok) return { text: run.error, check: false };
      return { text: `${run.outcome.summary} En redaktör kan nu godkänna eller avvisa texten.`, check: false };
    }
  }
}

/** One turn without a model. `preface` goes first (e.g. why the model could not answer). */
export async function runOfflineTurn(state: TurnState, message: string, context: ConversationContext, opts: { preface?: string; noteDue?: boolean } = {}) {
  const intent = recogniseIntent(message, state.ctx.doc, { goalInPlay: context.goalInPlay, lastInstructions: lastDraft(context)?.instructions });
  const reply = await answer(state, intent, context);
  const text = opts.preface ? `${opts.preface}\n\n${reply.text}` : reply.text;
  await streamText(state.emit, text);
  await finish(state, text, { check: reply.check, ...(opts.noteDue ? { note: MODEL_NOTE } : {}) });
}
