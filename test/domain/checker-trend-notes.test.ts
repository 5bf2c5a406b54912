import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessGoal } from '../../src/domain/assessment';
import {
  contentStems,
  goalModel,
  judgeTrendByNotes,
  textModel,
  TREND_WORD,
  trendHits,
  type Finding,
  type GoalModel,
  type TrendHit,
  type TrendKind,
  type Word,
} from '../../src/domain/checker';
import { demoDoc } from './checker-texts';

// The plain reading the indexed one must agree with: every trend statement of every note, scored against the claim.
interface PlainTrend {
  note: string;
  kind: TrendKind;
  negated: boolean;
  stems: Set<string>;
}
const axis = (k: TrendKind) => (k === 'better' || k === 'worse' ? 'quality' : k === 'same' ? 'both' : 'raw');
const sameAxis = (a: TrendKind, b: TrendKind) => axis(a) === 'both' || axis(b) === 'both' || axis(a) === axis(b);
function allowed(kind: TrendKind, negated: boolean): Set<string> {
  const all = axis(kind) === 'quality' ? ['better', 'worse', 'same'] : ['up', 'down', 'same'];
  return new Set(negated ? all.filter((k) => k !== kind) : [kind]);
}
const agree = (a: { kind: TrendKind; negated: boolean }, b: { kind: TrendKind; negated: boolean }) =>
  [...allowed(a.kind, a.negated)].some((k) => allowed(b.kind, b.negated).has(k));

function plainJudge(notes: string[], clause: Word[], hit: TrendHit): Finding | null {
  const trends: PlainTrend[] = [];
  for (const note of notes) {
    const t = textModel(note);
    for (const c of t.clauses)
      for (const h of trendHits(c.words)) trends.push({ note, kind: h.kind, negated: h.negated, stems: contentStems(t.words) });
  }
  const own = contentStems(clause.filter((w) => w !== hit.word));
  const candidates = new Set<PlainTrend>();
  for (const s of own) for (const n of trends) if (n.stems.has(s)) candidates.add(n);
  const scored = [...candidates]
    .filter((n) => sameAxis(n.kind, hit.kind))
    .map((n) => {
      const shared = [...own].filter((s) => n.stems.has(s));
      return { n, score: shared.length, distinctive: shared.some((s) => s.length >= 7) };
    })
    .filter((x) => x.score >= 2 && x.distinctive);
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  if (top.some((x) => agree(x.n, hit))) return null;
  const note = top[0]!.n;
  const says = `${note.negated ? 'inte ' : ''}${TREND_WORD[note.kind]}`;
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message: `Underlaget säger ”${says}”, inte ”${hit.negated ? 'inte ' : ''}${TREND_WORD[hit.kind]}”: ${note.note}`,
    start: hit.start,
    end: hit.end,
    facts: [{ kind: 'note', label: 'Underlagets text', text: note.note }],
    expected: says,
  };
}

// Sentences as notes and motivations write them: a few subjects (long and short words), trend verbs with and without negation.
const subject = fc.constantFrom(
  'Personalomsättningen',
  'Sjukskrivningarna inom hemtjänsten',
  'Handläggningstiden för bygglov',
  'Väntetiden till särskilt boende',
  'Antalet ärenden',
  'Kostnaderna för hemtjänsten',
  'Besöken på biblioteket',
  'Medarbetarnas personalomsättning',
  'Andelen',
  'Tillgängligheten',
);
const verb = fc.constantFrom(
  'ökade',
  'har ökat',
  'minskade',
  'har minskat',
  'har inte ökat',
  'har inte minskat',
  'förbättrades',
  'har försämrats',
  'är oförändrad',
  'ligger kvar',
  'steg',
  'sjönk',
  'var 12 procent',
);
const tail = fc.constantFrom('', ' under året', ' jämfört med 2021', ' inom hemtjänsten', ' på biblioteket', ' för bygglov');
const sentence = fc.tuple(subject, verb, tail, fc.constantFrom('.', ', men', ' och')).map(([s, v, t, end]) => `${s} ${v}${t}${end}`);
const text = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((xs) => `${xs.join(' ').replace(/(?:, men| och)$/, '')}.`);

function modelWith(notes: string[]): GoalModel {
  const doc = structuredClone(demoDoc('vb-2022'));
  const goal = doc.goals.find((g) => g.id === 'g2')!;
  goal.notes = notes;
  return goalModel(doc, goal, assessGoal(goal, doc));
}

describe('a trend claim judged by the notes', () => {
  it('finds the same contradicting note through the word index as by scoring every trend statement of every note', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 10 }), fc.array(text, { minLength: 1, maxLength: 4 }), (notes, claims) => {
        const model = modelWith(notes);
        for (const claim of claims) {
          const t = textModel(claim);
          for (const c of t.clauses)
            for (const hit of trendHits(c.words)) {
              const plain = plainJudge(notes, c.words, hit);
              expect(judgeTrendByNotes(model, c.words, hit)).toEqual(plain);
              // Judged again from the memo: the same answer.
              expect(judgeTrendByNotes(model, c.words, hit)).toEqual(plain);
            }
        }
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('finds a contradiction where the notes say the opposite', () => {
    const model = modelWith(['Personalomsättningen inom hemtjänsten minskade under året.']);
    const t = textModel('Personalomsättningen inom hemtjänsten har ökat.');
    const hit = trendHits(t.clauses[0]!.words)[0]!;
    expect(judgeTrendByNotes(model, t.clauses[0]!.words, hit)?.expected).toBe('minskat');
  });
});
