/** @module The chat without a model: the common Swedish requests recognised (chat-intents), served by the same tools the model uses, answered in plain sentences. */
import {
  goalNumber,
  goalsByLevel,
  indicatorsBy,
  linkTo,
  nearby,
  recogniseIntent,
  seriesOf,
  type ChatIntent,
  type IndicatorFilter,
  type ReplyLink,
} from '../domain/chat';
import { formatQuantity } from '../domain/sv';
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

/** For officials and editors: what the chat can do, without configuration they cannot change. */
export const MODEL_NOTE_PLAIN =
  'Ingen språkmodell är kopplad till tjänsten, så jag svarar på de vanliga frågorna med de inbyggda funktionerna. ' +
  'Vill ni kunna ställa fria frågor kan en administratör koppla in en språkmodell.';

/** For admins only: how to configure a model. */
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
  if (candidates.length)
    return `Vilket mål menar du? ${candidates.map((id) => goalName(state, id)).join(' eller ')}. Skriv till exempel «${what} ${candidates[0]}».`;
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

const INDICATOR_FILTER_TEXT: Record<IndicatorFilter, string> = {
  worsened: 'har försämrats jämfört med föregående mätning',
  improved: 'har förbättrats jämfört med föregående mätning',
  not_met: 'når inte sitt etappmål',
  met: 'når sitt etappmål',
  missing: 'saknar utfall för året',
};

type Reply = { text: string; check?: boolean; links?: ReplyLink[] };

/** Every year with a value (and why one is missing), also when this year's value is not there yet. */
function seriesReply(state: TurnState, goalId: string, indicatorId: string): Reply {
  const doc = state.ctx.doc;
  const ind = doc.goals.find((g) => g.id === goalId)!.indicators.find((i) => i.id === indicatorId)!;
  const a = state.ctx.assessment.goals.find((g) => g.goalId === goalId)!.indicators.find((i) => i.indicatorId === indicatorId)!;
  const points = seriesOf(ind);
  const lines = points.map((p) => {
    const when = p.label ?? p.period;
    return p.value === null ? `• ${when}: saknas${p.note ? ` (${p.note})` : ''}` : `• ${when}: ${formatQuantity(p.value, ind.unit)}`;
  });
  const known = points.filter((p) => p.value !== null);
  const target = a.target ? `\nEtappmålet är ${targetText(a)}: ${STATUS_TEXT[a.status]}.` : '';
  const head = known.length === 0 ? `${ind.name} har inga värden i rapporten ännu.` : `${ind.name}, alla mätningar i rapporten:`;
  return {
    text: `${head}\n${lines.join('\n')}${target}`,
    check: false,
    links: [{ goalId, indicatorId, label: ind.name, url: linkTo(doc, goalId, indicatorId) }],
  };
}

async function answer(state: TurnState, intent: ChatIntent, context: ConversationContext): Promise<Reply> {
  const doc = state.ctx.doc;
  const goalLink = (goalId: string): ReplyLink => ({ goalId, label: goalName(state, goalId), url: linkTo(doc, goalId) });
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
      return {
        text: `Rapportens mål och deras bedömning:\n${lines.join('\n')}\nSamlad bedömning: ${inSentence(state.ctx.assessment.overall.label)}.`,
        links: goals.map((g) => goalLink(g.goalId)),
      };
    }
    case 'indicator': {
      const run = await callTool(state, 'show_goal', { goalId: intent.goalId, indicator: intent.indicatorId }, callId());
      if (!run.ok) return { text: run.error, check: false };
      // The series is the data as it stands, year by year: not a claim to check.
      if (intent.series) return seriesReply(state, intent.goalId, intent.indicatorId);
      const name = goal(intent.goalId).indicators.find((i) => i.indicatorId === intent.indicatorId)!.name;
      return {
        text: indicatorSentence(goal(intent.goalId), intent.indicatorId),
        links: [
          { goalId: intent.goalId, indicatorId: intent.indicatorId, label: name, url: linkTo(doc, intent.goalId, intent.indicatorId) },
        ],
      };
    }
    case 'filter_goals': {
      const found = goalsByLevel(doc, state.ctx.assessment, intent.filter);
      const what = intent.filter === 'not_met' ? 'inte är uppfyllda' : intent.filter === 'met' ? 'är uppfyllda' : 'är delvis uppfyllda';
      if (found.length === 0)
        return {
          text: `Inget av rapportens ${goals.length} mål ${what === 'är uppfyllda' ? 'är uppfyllt' : what.replace('uppfyllda', 'uppfyllt')} enligt de nivåer som gäller nu.`,
          check: false,
        };
      const lines = found.map((g) => `• Mål ${goalNumber(doc, g.goalId)} «${g.title}»: ${inSentence(g.label)}`);
      return {
        text: `Mål som ${what} (${found.length} av ${goals.length}):\n${lines.join('\n')}`,
        check: false,
        links: found.map((g) => goalLink(g.goalId)),
      };
    }
    case 'filter_indicators': {
      const found = indicatorsBy(state.ctx.assessment, intent.filter);
      const what = INDICATOR_FILTER_TEXT[intent.filter];
      if (found.length === 0) return { text: `Ingen av rapportens indikatorer ${what}.`, check: false };
      // Figures straight from the data, one line per indicator: a list across goals, not a claim to check.
      const lines = found.map(({ goal: g, a }) => {
        const change = a.previous !== null && a.outcome !== null ? `, från ${previousText(a)}` : '';
        return `• ${a.name} (mål ${goalNumber(doc, g.goalId)}): ${outcomeText(a)}${change}`;
      });
      const links = found.map(({ goal: g, a }) => ({
        goalId: g.goalId,
        indicatorId: a.indicatorId,
        label: a.name,
        url: linkTo(doc, g.goalId, a.indicatorId),
      }));
      return { text: `Indikatorer som ${what} (${found.length}):\n${lines.join('\n')}`, check: false, links };
    }
    case 'note':
      return {
        text: `Ingen indikator mäter «${intent.topic}», men i anteckningarna till ${goalName(state, intent.goalId)} står: ”${intent.note}”`,
        check: false,
        links: [goalLink(intent.goalId)],
      };
    case 'no_match': {
      const near = nearby(doc, intent.topic);
      const list =
        near.length > 0
          ? `Närmast finns:\n${near.map((l) => `• ${l.label}`).join('\n')}`
          : `Rapportens mål är:\n${goals.map((g) => `• Mål ${goalNumber(doc, g.goalId)} «${g.title}»`).join('\n')}`;
      return {
        text: `Ingen indikator eller anteckning i rapporten handlar om «${intent.topic}». ${list}`,
        check: false,
        links: near.length > 0 ? near : goals.map((g) => goalLink(g.goalId)),
      };
    }
    case 'goal': {
      if (!intent.goalId) return { text: whichGoal(state, intent.candidates, 'Hur bedöms'), check: false };
      const run = await callTool(state, 'assess_goal', { goalId: intent.goalId }, callId());
      if (!run.ok) return { text: run.error, check: false };
      const g = goal(intent.goalId);
      // The rationale is written from the data, but like every reply with figures it is checked: a fault in the engine's wording shows here.
      return { text: `${goalName(state, g.goalId)} bedöms som ${inSentence(g.label)}. ${g.rationale}`, links: [goalLink(g.goalId)] };
    }
    case 'draft': {
      if (!intent.goalId) return { text: whichGoal(state, intent.candidates, 'Skriv en motivering för'), check: false };
      const args = {
        goalId: intent.goalId,
        ...(intent.instructions ? { instructions: intent.instructions } : {}),
        ...(intent.shorter ? { shorter: true } : {}),
      };
      const run = await callTool(state, 'draft_motivation', args, callId());
      if (!run.ok || !run.outcome.draft) return { text: run.ok ? run.outcome.summary : run.error, check: false };
      const d = run.outcome.draft;
      const status = d.verified
        ? 'Alla siffror i utkastet stämmer med underlaget.'
        : 'Några uppgifter stämmer inte med underlaget; de är markerade i utkastet.';
      // The draft itself travels beside the reply (message.draft), with its findings; the reply says what it is.
      return {
        text: `Här är ett utkast för ${goalName(state, d.goalId)}. ${status} Skriv «Gör den kortare» för en kortare text, eller «Skicka den till granskning» när du är nöjd.`,
        check: false,
      };
    }
    case 'check': {
      const run = await callTool(state, 'check_text', { text: intent.text, ...(intent.goalId ? { goalId: intent.goalId } : {}) }, callId());
      if (!run.ok) return { text: run.error, check: false };
      const errors = (run.outcome.result as { fel: string[] }).fel;
      const which =
        intent.inferred && intent.goalId
          ? `Texten verkar gälla ${goalName(state, intent.goalId)}, så jag har kontrollerat den mot det målets siffror. `
          : '';
      // The reply quotes the official's own figures: it is not itself checked.
      return { text: [which + run.outcome.summary, ...errors].join('\n'), check: false };
    }
    case 'propose': {
      const draft = lastDraft(context, intent.goalId) ?? state.draft;
      if (!draft) {
        const target = intent.goalId ? ` för ${intent.goalId}` : '';
        return {
          text: `Det finns inget utkast${target} i samtalet ännu. Be mig först skriva ett, till exempel «Skriv en motivering för mål 2».`,
          check: false,
        };
      }
      const run = await callTool(state, 'propose_for_review', { goalId: draft.goalId, text: draft.text }, callId());
      if (!run.ok) return { text: run.error, check: false };
      return { text: `${run.outcome.summary} En redaktör kan nu godkänna eller avvisa texten.`, check: false };
    }
  }
}

/** One turn without a model. `preface` goes first (e.g. why the model could not answer). */
export async function runOfflineTurn(
  state: TurnState,
  message: string,
  context: ConversationContext,
  opts: { preface?: string; noteDue?: boolean } = {},
) {
  const intent = recogniseIntent(message, state.ctx.doc, {
    goalInPlay: context.goalInPlay,
    lastInstructions: lastDraft(context)?.instructions,
  });
  const reply = await answer(state, intent, context);
  const text = opts.preface ? `${opts.preface}\n\n${reply.text}` : reply.text;
  await streamText(state.emit, text);
  // Configuration (environment variables) is for admins; others learn only what the chat can do.
  const note = state.ctx.principal.role === 'admin' ? MODEL_NOTE : MODEL_NOTE_PLAIN;
  await finish(state, text, {
    check: reply.check,
    ...(reply.links?.length ? { links: reply.links } : {}),
    ...(opts.noteDue ? { note } : {}),
  });
}
