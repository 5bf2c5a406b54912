/** @module Recognises the common Swedish chat requests without a model (look up an indicator, show a goal's assessment, draft, check a text, send to review), with fuzzy, diacritics-insensitive matching of goal and indicator names. */
import type { ReportDocument } from '../report';
import type { GoalFilter, IndicatorFilter } from './queries';

/** A goal found, or none with the goals it could be (empty when nothing matched). */
export interface GoalRef {
  goalId: string | null;
  candidates: string[];
}

export type ChatIntent =
  | { kind: 'help' }
  | { kind: 'list_goals' }
  /** `series` when the question is how it developed over the years. */
  | { kind: 'indicator'; goalId: string; indicatorId: string; series?: boolean }
  | { kind: 'filter_goals'; filter: GoalFilter }
  | { kind: 'filter_indicators'; filter: IndicatorFilter }
  /** A topic no indicator or goal names: a note about it, or nothing. */
  | { kind: 'note'; goalId: string; note: string; topic: string }
  | { kind: 'no_match'; topic: string }
  | ({ kind: 'goal' } & GoalRef)
  | ({ kind: 'draft'; instructions?: string; shorter: boolean } & GoalRef)
  /** `inferred` when no goal was named and the text itself points to one (its indicator or goal words). */
  | { kind: 'check'; text: string; goalId: string | null; inferred?: boolean }
  | ({ kind: 'propose' } & GoalRef)
  | { kind: 'unknown' };

export interface IntentContext {
  /** The goal the conversation was last about: "den", "Gör den kortare", "Skicka den till granskning". */
  goalInPlay?: string | null;
  /** The instructions of the last draft, kept when the official asks for a shorter one. */
  lastInstructions?: string;
}

/** Lower case, no diacritics (å→a, ö→o), punctuation as spaces: "Sjukfrånvaron?" → "sjukfranvaron". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP = new Set(
  (
    'a alla andra att av bedoms bedomning bedomningen bedomer beratta blev blir bra da de del den denna dessa det din du efter en er ett for fran gar gick gjorde ha har hela helt hur i inom jag kan kolla kring ligger lite man med mig min mina mot mal malen malet malets maluppfyllelse maluppfyllelsen na nagot namnden nar nu och om pa sa se ser sig som star ta till tror under upp ut utfall utfallet var vara vad vart vi vill visa ar aret ars over ' +
    'indikator indikatorn indikatorerna resultat resultatet siffra siffran siffrorna lage laget ga gatt utvecklingen utveckling ' +
    // Words of measure that half the indicators share: they name nothing.
    'andel andelen andelar antal antalet procent procenten procentenheter kronor kr totalt total totala medelvarde index'
  ).split(' '),
);

/** The words of a text that can name something: no small words, no words of measure. */
export const tokens = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((t) => t.length > 1 && !STOP.has(t));

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How well a word the official wrote matches a word of a name, 0..1; inflections and compounds count. */
function wordSimilarity(q: string, t: string): number {
  if (q === t) return 1;
  const p = commonPrefix(q, t);
  // Share of the written word covered, a little less when the name's word runs on ("nettokostnadsavvikelse").
  if (p >= 4 && p >= Math.min(q.length, t.length) - 3) return (p / q.length) * (0.7 + (0.3 * p) / t.length);
  // The tail of a compound: "franvaron" in "sjukfranvaro", "enkaten" in "medarbetarenkat".
  const stem = q.length > 6 ? q.slice(0, q.length - 2) : q;
  if (stem.length >= 5 && t.includes(stem)) return (0.8 * stem.length) / t.length;
  return 0;
}

/** Score of a phrase against a name: each query word's best match, summed; ties go to the shorter name. */
function phraseScore(queryWords: string[], nameWords: string[]): number {
  if (queryWords.length === 0 || nameWords.length === 0) return 0;
  let sum = 0;
  for (const q of queryWords) sum += Math.max(0, ...nameWords.map((t) => wordSimilarity(q, t)));
  return sum + Math.min(0.05, sum / (100 * nameWords.length));
}

const MIN_SCORE = 0.6;

/** How well a phrase names something (a note, a title): 0 for nothing in common, about 1 per word matched. */
export function similarity(phrase: string, name: string): number {
  return phraseScore(tokens(phrase), tokens(name));
}

/** The indicator a phrase names, if one clearly does. */
export function matchIndicator(doc: ReportDocument, phrase: string): { goalId: string; indicatorId: string; score: number } | null {
  const q = tokens(phrase);
  let best: { goalId: string; indicatorId: string; score: number } | null = null;
  for (const g of doc.goals) {
    for (const ind of g.indicators) {
      const score = phraseScore(q, tokens(ind.name));
      if (score >= MIN_SCORE && (!best || score > best.score)) best = { goalId: g.id, indicatorId: ind.id, score };
    }
  }
  return best;
}

const NUMBER_WORDS: Record<string, number> = {
  ett: 1,
  en: 1,
  forsta: 1,
  tva: 2,
  andra: 2,
  tre: 3,
  tredje: 3,
  fyra: 4,
  fjarde: 4,
  fem: 5,
  femte: 5,
  sex: 6,
  sjatte: 6,
  sju: 7,
  sjunde: 7,
  atta: 8,
  attonde: 8,
  nio: 9,
  tio: 10,
};

/** A goal named by its id ("g2") or its number ("mål 2", "målet två", "andra målet"). */
function goalByNumberOrId(doc: ReportDocument, text: string): string | null {
  const n = normalise(text);
  const words = n.split(' ');
  for (const g of doc.goals) if (words.includes(normalise(g.id))) return g.id;
  const m =
    /\bmal(?:et)?\s+(?:nr\s+|nummer\s+)?(\d{1,2}|[a-z]+)\b/.exec(n) ??
    /\b(forsta|andra|tredje|fjarde|femte|sjatte|sjunde|attonde)\s+malet\b/.exec(n);
  if (!m) return null;
  const num = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  if (!num) return null;
  const byId = doc.goals.find((g) => normalise(g.id) === `g${num}` || g.id === String(num));
  return byId?.id ?? doc.goals[num - 1]?.id ?? null;
}

/** The goal a phrase names: by id or number, else by words of its title, kommunfullmäktigemål, indicators or area. */
export function matchGoal(doc: ReportDocument, phrase: string): GoalRef {
  const direct = goalByNumberOrId(doc, phrase);
  if (direct) return { goalId: direct, candidates: [] };
  const q = tokens(phrase);
  const scored = doc.goals
    .map((g) => {
      const own = Math.max(phraseScore(q, tokens(g.title)), phraseScore(q, tokens(g.councilGoal ?? '')));
      const viaIndicators = Math.max(0, ...g.indicators.map((i) => phraseScore(q, tokens(i.name)))) * 0.9;
      const viaArea = phraseScore(q, tokens(g.area ?? '')) * 0.5;
      return { goalId: g.id, score: Math.max(own, viaIndicators, viaArea) };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { goalId: null, candidates: [] };
  if (scored.length > 1 && scored[1]!.score >= scored[0]!.score - 0.02) {
    return { goalId: null, candidates: scored.filter((s) => s.score >= scored[0]!.score - 0.02).map((s) => s.goalId) };
  }
  return { goalId: scored[0]!.goalId, candidates: [] };
}

function goalOrInPlay(doc: ReportDocument, phrase: string, ctx: IntentContext): GoalRef {
  const found = matchGoal(doc, phrase);
  if (found.goalId || found.candidates.length > 0 || !ctx.goalInPlay) return found;
  return { goalId: ctx.goalInPlay, candidates: [] };
}

const INSTRUCTION_START =
  /(?:[,;:]\s*|\.\s+|\s+och\s+|\s+samt\s+|\s+men\s+)(?=(?:nämn|lyft|ta med|ta upp|betona|fokusera|undvik|inkludera|hänvisa|använd|håll|skriv|var|gör|utan|tänk|börja|avsluta|kommentera)\b)/i;

/** "Skriv en motivering för målet om X och nämn Y" → goal phrase "X", instructions "nämn Y". */
function splitDraftRequest(message: string): { goalPhrase: string; instructions?: string } {
  const m = INSTRUCTION_START.exec(message);
  const head = m ? message.slice(0, m.index) : message;
  const instructions = m
    ? message
        .slice(m.index + m[0].length)
        .trim()
        .replace(/[.!]+$/, '')
    : undefined;
  const goalPhrase = head.replace(/^.*?\b(?:motivering(?:en)?|text(?:en)?|utkast(?:et)?|förslag(?:et)?)\b/i, '');
  return { goalPhrase: goalPhrase || head, instructions: instructions || undefined };
}

const CHECK = /^\s*(?:kan du\s+)?(?:kontrollera|kolla|granska|stäm av|verifiera|faktagranska)\b([^:\n]*)[:\n]\s*([\s\S]+)$/i;
const PROPOSE = /\b(?:skicka|lämna|föreslå|lägg|ge)\b[^.?!]*\b(?:granskning|granska|redaktör(?:en)?|godkännande)\b/i;
const SHORTER = /\b(?:kortare|korta ner|korta av|förkorta|mer koncis|stryk)\b/i;
const DRAFT =
  /\b(?:skriv|formulera|ta fram|föreslå|gör|skapa|utforma)\b[^?]*\b(?:motivering(?:en)?|text(?:en)?|utkast(?:et)?|förslag)\b|^\s*(?:motivering|utkast)\b/i;
const LIST =
  /\b(?:vilka|lista|alla|samtliga|översikt|sammanfatta)\b[^?]*\bmål(?:en)?\b|\bmålen\b|\bhur gick det (?:för|med) (?:nämnden|året)\b/i;
const HELP = /^\s*(?:hjälp|help|\?|vad kan du|hur fungerar)/i;
const WHICH_GOALS = /\b(?:vilka|vilket|lista|visa)\b[^?]*\bmål(?:en)?\b/i;
const WHICH_INDICATORS = /\b(?:vilka|vilken|lista|visa)\b[^?]*\bindikator(?:er|erna|n)?\b/i;
const NEGATED = /\b(?:inte|ej|icke)\b|\bmissa/i;
const SERIES = /\butveckl\p{L}*|\böver (?:tid|åren)|\bår för år|\bhistorik|\btidigare år|\bgenom åren|\btidsserie|\bförändrats\b/iu;
/** "Hur gick det med X?", "Hur ser det ut med X?", "Vad säger rapporten om X?", "Berätta om X". */
const TOPIC =
  /^(?:hur (?:gick det|går det|ser det ut|är läget|har det gått)\s+(?:med|för|inom|kring)|vad (?:säger|vet|står)\s+(?:\p{L}+\s+)?(?:om|kring)|berätta (?:om|kring)|hur (?:har|är)\s+)\s*(.+?)[?.!\s]*$/iu;

function goalFilter(text: string): GoalFilter | null {
  if (!WHICH_GOALS.test(text) || !/\b(?:uppfyll|uppnå|nå|nått|nås|klara)/i.test(text)) return null;
  if (/\bdelvis\b|\bi hög grad\b/i.test(text)) return 'partly';
  return NEGATED.test(text) ? 'not_met' : 'met';
}

function indicatorFilter(text: string): IndicatorFilter | null {
  if (!WHICH_INDICATORS.test(text)) return null;
  if (/försämr|sämre|gått bakåt|minskat i kvalitet/i.test(text)) return 'worsened';
  if (/förbättr|bättre|gått framåt/i.test(text)) return 'improved';
  if (/saknar|saknas|utan utfall/i.test(text)) return 'missing';
  if (/\b(?:nå|når|nått|nås|uppfyll|klara)/i.test(text)) return NEGATED.test(text) ? 'not_met' : 'met';
  return null;
}
const GOAL_WORDS = /\b(?:mål(?:et)?|bedöms|bedömningen|bedömning|måluppfyllelse(?:n)?|uppfyllt|nivå(?:n)?)\b/i;

/**
 * A word about goals or assessment outside the name of the indicator the text names: "Hur bedöms
 * målet om …" asks for a goal, but "målet" in "… nått målet med insatsen, andel" is the indicator's.
 */
function asksForGoal(doc: ReportDocument, text: string, indicator: { goalId: string; indicatorId: string } | null): boolean {
  if (!indicator) return GOAL_WORDS.test(text);
  const name = doc.goals.find((g) => g.id === indicator.goalId)?.indicators.find((i) => i.id === indicator.indicatorId)?.name ?? '';
  const own = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const rest = text
    .split(/([^\p{L}\p{N}]+)/u)
    .filter((w) => !own.has(w.toLowerCase()))
    .join(' ');
  return GOAL_WORDS.test(rest);
}

/** What the official asks for, recognised without a model; `unknown` when it is not one of the common requests. */
export function recogniseIntent(message: string, doc: ReportDocument, ctx: IntentContext = {}): ChatIntent {
  const text = message.trim();
  if (HELP.test(text)) return { kind: 'help' };

  const check = CHECK.exec(text);
  if (check && check[2]!.trim().length > 0) {
    const pasted = check[2]!.trim();
    const named = check[1]!.trim() ? matchGoal(doc, check[1]!).goalId : null;
    if (named) return { kind: 'check', text: pasted, goalId: named };
    const inferred = matchIndicator(doc, pasted)?.goalId ?? matchGoal(doc, pasted).goalId;
    return inferred ? { kind: 'check', text: pasted, goalId: inferred, inferred: true } : { kind: 'check', text: pasted, goalId: null };
  }
  if (PROPOSE.test(text)) return { kind: 'propose', ...goalOrInPlay(doc, text.replace(PROPOSE, ' '), ctx) };
  if (SHORTER.test(text) && !DRAFT.test(text)) {
    return { kind: 'draft', shorter: true, instructions: ctx.lastInstructions, ...goalOrInPlay(doc, text.replace(SHORTER, ' '), ctx) };
  }
  if (DRAFT.test(text)) {
    const { goalPhrase, instructions } = splitDraftRequest(text);
    return { kind: 'draft', shorter: SHORTER.test(text), instructions, ...goalOrInPlay(doc, goalPhrase, ctx) };
  }
  const byLevel = goalFilter(text);
  if (byLevel) return { kind: 'filter_goals', filter: byLevel };
  const byStatus = indicatorFilter(text);
  if (byStatus) return { kind: 'filter_indicators', filter: byStatus };
  if (LIST.test(text)) return { kind: 'list_goals' };

  const indicator = matchIndicator(doc, text);
  if (indicator && SERIES.test(text))
    return { kind: 'indicator', goalId: indicator.goalId, indicatorId: indicator.indicatorId, series: true };
  if (asksForGoal(doc, text, indicator) || goalByNumberOrId(doc, text)) {
    const goal = matchGoal(doc, text);
    if (goal.goalId || goal.candidates.length > 0) return { kind: 'goal', ...goal };
  }
  if (indicator) return { kind: 'indicator', goalId: indicator.goalId, indicatorId: indicator.indicatorId };
  const goal = matchGoal(doc, text);
  if (goal.goalId || goal.candidates.length > 0) return { kind: 'goal', ...goal };
  if (GOAL_WORDS.test(text) && ctx.goalInPlay && tokens(text).length === 0) return { kind: 'goal', goalId: ctx.goalInPlay, candidates: [] };
  // A question about a topic that no goal or indicator names: a note may cover it; else say so.
  const topic = TOPIC.exec(text)?.[1]?.trim();
  if (topic && tokens(topic).length > 0) {
    const note = noteOnTopic(doc, topic);
    return note ? { kind: 'note', ...note, topic } : { kind: 'no_match', topic };
  }
  return { kind: 'unknown' };
}

/** The note that best covers a topic, if one clearly does (kept here so intents need nothing but the report). */
function noteOnTopic(doc: ReportDocument, topic: string): { goalId: string; note: string } | null {
  let best: { goalId: string; note: string; score: number } | null = null;
  for (const g of doc.goals) {
    for (const note of g.notes) {
      const score = similarity(topic, note);
      if (score >= 0.8 && (!best || score > best.score)) best = { goalId: g.id, note, score };
    }
  }
  return best && { goalId: best.goalId, note: best.note };
}
