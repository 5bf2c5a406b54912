import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsDigest } from '../../src/domain/review';
import { draftSuggestion, getAssessedGoal, getSuggestion, importReportFor, storeSuggestion } from '../../src/services';
import { demoDoc, makeTestDb, principal } from '../helpers/db';

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb();
  await importReportFor(t.db, principal('editor'), demoDoc('draft-1'));
});
afterAll(() => t.close());

const official = principal('official');

describe('drafting and storing a suggestion', () => {
  it('drafts offline without a model and stores the draft pending, with its provenance and the facts it was checked against', async () => {
    const { suggestion, offline } = await draftSuggestion({ db: t.db, openai: null }, official, { reportId: 'draft-1', goalId: 'g2' });
    expect(offline).toBeNull();
    expect(suggestion).toMatchObject({ status: 'pending', origin: 'offline', verified: true, createdBy: official.name });
    expect(suggestion.text).toMatch(/7,8 procent/);
    expect(suggestion.provenance).toMatchObject({ mode: 'offline', attempts: 0 });
    const { doc, goalAssessment } = await getAssessedGoal(t.db, official, 'draft-1', 'g2');
    const { row } = await getSuggestion(t.db, official, suggestion.id);
    expect(row.factsDigest).toBe(factsDigest(doc, 'g2', goalAssessment.level));
    expect(row.level).toBe(goalAssessment.level);
  });

  it('refuses a model draft when no model is configured, naming the mode field, and stores nothing', async () => {
    const err = await draftSuggestion({ db: t.db, openai: null }, official, { reportId: 'draft-1', goalId: 'g1', mode: 'llm' }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: 'model_not_configured', extra: { field: 'mode' } });
    expect(err.message).toMatch(/OPENAI_API_KEY/);
  });

  it('stores a text as unverified when its findings have errors', async () => {
    const { row, doc, goalAssessment } = await getAssessedGoal(t.db, official, 'draft-1', 'g2');
    const stored = await storeSuggestion(t.db, official, {
      reportPk: row.pk,
      doc,
      goal: goalAssessment,
      text: 'Sjukfrånvaron var 9,9 procent.',
      origin: 'chat',
      findings: [{ code: 'wrong_value', severity: 'error', message: 'fel', start: 0, end: 5 } as never],
    });
    expect(stored).toMatchObject({ origin: 'chat', verified: false, level: goalAssessment.level });
  });
});
