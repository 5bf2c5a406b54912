/**
 * @module What the offline draft takes from the officials' own text: the notes that speak of the
 * indicators deciding the level (the rest are left for the official), the activities and their
 * follow-up where no indicator can be judged, and the figure-free sentences that fill a short draft.
 */
import type { IndicatorAssessment } from '../assessment';
import { findNumbers } from '../sv';
import type { Goal, ReportDocument } from '../report';
import { capitalise, plainSwedish, sentence, type HouseStyle } from './prose';
import type { Writer } from './writer';

/** "A", "A och B", "A, B och C". */
export const list = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`);

/** Notes that explain a deviation read as analysis. */
const EXPLAINS = /(?:beror|berodde|på grund av|till följd av|eftersom|därför|förklar|bedöms|effekt|påverka|följd|varför|tack vare|trots)/iu;
/** Words too common in indicator names to tie a note to one. */
const GENERIC =
  /^(?:andel|antal|total|procen|insats|avslut|result|utfall|indika|under|efter|genom|inom|samt|deras|sitt|sina|upplev|målet|värde)/;

const stems = (text: string) =>
  new Set((text.toLocaleLowerCase('sv').match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)).filter((s) => !GENERIC.test(s)));

/**
 * The notes worth a place in the draft: those that name or explain an indicator that decides the
 * level, or speak of the level itself; explanations first. Others are left for the official.
 */
export function relevantNotes(doc: ReportDocument, goal: Goal, decisive: { a: IndicatorAssessment; name: string | null }[]): string[] {
  // The committee's own name ("Budgethållning socialnämnd") says nothing about what a note is about.
  const own = new Set([...stems(doc.organisation.name), ...stems(doc.organisation.municipality ?? ''), 'nämnde', 'förval', 'kommun']);
  const keys = new Set(decisive.flatMap(({ a, name }) => [...stems(a.name), ...stems(name ?? '')]).filter((k) => !own.has(k)));
  const aboutLevel = /(?:etappmål|målvärde|måluppfyll|nämndmål|indikatorer)/iu;
  const clean = goal.notes
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n.length > 0 && n.split(' ').length <= 30 && !/[;:]/.test(n) && findNumbers(n).length <= 2)
    .filter((n) => aboutLevel.test(n) || [...stems(n)].some((s) => keys.has(s)));
  return [...clean.filter((n) => EXPLAINS.test(n)), ...clean.filter((n) => !EXPLAINS.test(n))];
}

/** The first sentence of an activity's follow-up, when it is short enough to stand as written. */
function followUpOf(text: string | undefined): string | null {
  const first = text
    ?.trim()
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]
    ?.trim();
  if (!first || first.split(/\s+/).length > 25 || findNumbers(first).length > 2 || /[;:]/.test(first)) return null;
  return sentence(plainSwedish(first));
}

/**
 * The activities, by title; where no indicator can be judged, what the follow-up says about the
 * first of them right after it, since the activities then carry the assessment.
 */
export function activityBlock(
  ctx: { goal: Goal; style: HouseStyle; writer: Writer },
  judged: boolean,
): { forms: string[]; at: number; priority: number } | null {
  const usable = ctx.goal.activities
    .map((x) => ({ title: x.title.trim().replace(/[.\s]+$/, ''), followUp: x.followUp }))
    .filter((x) => x.title.length > 0 && x.title.split(/\s+/).length <= 10 && !/[”"]/.test(x.title))
    .slice(0, 2);
  if (usable.length === 0) return null;
  const quoted = list(usable.map((x) => `”${x.title}”`));
  const forms = ctx.writer.forms('activity', [
    { id: 'a-marks', text: `Bland ${ctx.style.subject}s aktiviteter under perioden märks ${quoted}.` },
    { id: 'a-arbetar', text: `${capitalise(ctx.style.subject)} arbetar bland annat med ${quoted}.` },
  ]);
  const follow = judged ? null : followUpOf(usable[usable.length - 1]!.followUp);
  return { forms: follow ? [...forms.map((f) => `${f} ${follow}`), ...forms] : forms, at: 0, priority: judged ? 8 : 3 };
}

/** Sentences with no figure and no claim: they fill a short draft without adding anything to check. */
export function fillers(style: HouseStyle, indicators: boolean): string[] {
  const S = capitalise(style.subject);
  return [
    ...(indicators
      ? [
          `${S} följer målet genom indikatorerna och de analyser som redovisas i uppföljningen.`,
          'Underlaget redovisas per indikator, tillsammans med verksamhetens egen analys av utvecklingen.',
        ]
      : [`${S} följer målet genom aktiviteterna och verksamhetens egen analys av arbetet.`]),
    `${S} fortsätter att följa arbetet under kommande period.`,
    'Bilden kompletteras av verksamheternas beskrivningar av hur arbetet har bedrivits.',
    `${S} gör sin bedömning utifrån det underlag som finns tillgängligt vid uppföljningen.`,
  ];
}
