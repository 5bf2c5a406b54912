import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptText, getSuggestion, importReportFor, rejectText, reviseText, setFinalLevel, writeSuggestion } from '../../src/services';
import { demoDoc, makeTestDb, principal } from '../helpers/db';

const CLEAN_G2 = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';
const WRONG_G2 = 'Sjukfrånvaron minskade till 5,2 procent 2022 och etappmålet om 6,5 procent nåddes. Målet bedöms som ej uppfyllt.';

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.close());

const editor = principal('editor');
const official = principal('official');

async function fresh(reportId: string, sick2022 = 7.8) {
  await importReportFor(t.db, editor, demoDoc(reportId, sick2022));
}

describe('writing and reviewing a text', () => {
  it('stores an official’s paragraph pending, checked against the figures', async () => {
    await fresh('rev-1');
    const right = await writeSuggestion(t.db, official, { reportId: 'rev-1', goalId: 'g2', text: CLEAN_G2 });
    expect(right).toMatchObject({ status: 'pending', origin: 'manual', verified: true, createdBy: official.name, version: 1 });
    const wrong = await writeSuggestion(t.db, official, { reportId: 'rev-1', goalId: 'g2', text: WRONG_G2 });
    expect(wrong.verified).toBe(false);
    expect((wrong.findings as { code: string; message: string }[]).find((f) => f.code === 'wrong_value')?.message).toContain('7,8 procent');
  });

  it('refuses an empty text with the field named', async () => {
    await fresh('rev-2');
    await expect(writeSuggestion(t.db, official, { reportId: 'rev-2', goalId: 'g2', text: '   ' })).rejects.toMatchObject({
      code: 'bad_request',
      extra: { field: 'text' },
    });
  });

  it('lets an editor accept, not an official, and refuses an old version with the current state', async () => {
    await fresh('rev-3');
    const s = await writeSuggestion(t.db, official, { reportId: 'rev-3', goalId: 'g2', text: CLEAN_G2 });
    await expect(acceptText(t.db, official, { id: s.id, baseVersion: s.version })).rejects.toMatchObject({ code: 'forbidden' });
    const revised = await reviseText(t.db, editor, {
      id: s.id,
      text: `${CLEAN_G2} `.trim() + ' Arbetet fortsätter.',
      baseVersion: s.version,
    });
    expect(revised.version).toBe(2);
    const late = await acceptText(t.db, editor, { id: s.id, baseVersion: 1 }).catch((e) => e);
    expect(late).toMatchObject({ code: 'conflict', extra: { details: { current: { version: 2 } } } });
    const done = await acceptText(t.db, editor, { id: s.id, baseVersion: 2 });
    expect(done.suggestion).toMatchObject({ status: 'accepted', updatedBy: editor.name });
  });

  it('rejects only with a reason, and keeps the reason', async () => {
    await fresh('rev-4');
    const s = await writeSuggestion(t.db, official, { reportId: 'rev-4', goalId: 'g2', text: CLEAN_G2 });
    await expect(rejectText(t.db, editor, { id: s.id, reason: undefined })).rejects.toMatchObject({ code: 'bad_request' });
    const rejected = await rejectText(t.db, editor, { id: s.id, reason: 'Fel period.' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Fel period.' });
  });

  it('does not show one organisation’s text to another', async () => {
    await fresh('rev-5');
    const s = await writeSuggestion(t.db, official, { reportId: 'rev-5', goalId: 'g2', text: CLEAN_G2 });
    await expect(getSuggestion(t.db, principal('editor', 'another-org'), s.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('stale texts', () => {
  it('flags an accepted text when an official sets another level, and when a re-import changes its figures', async () => {
    await fresh('stale-1');
    const s = await writeSuggestion(t.db, official, { reportId: 'stale-1', goalId: 'g2', text: CLEAN_G2 });
    await acceptText(t.db, editor, { id: s.id, baseVersion: s.version });
    const level = await setFinalLevel(t.db, editor, {
      reportId: 'stale-1',
      goalId: 'g2',
      level: 'delvis',
      reason: 'Medarbetarenkäten visar en tydlig förbättring.',
    });
    expect(level.staleSuggestions).toEqual([s.id]);
    expect((await getSuggestion(t.db, editor, s.id)).row.stale).toBe(true);

    await fresh('stale-2');
    const t2 = await writeSuggestion(t.db, official, { reportId: 'stale-2', goalId: 'g2', text: CLEAN_G2 });
    const unchanged = await importReportFor(t.db, editor, demoDoc('stale-2', 7.8));
    expect(unchanged.staleSuggestions).toEqual([]);
    const changed = await importReportFor(t.db, editor, demoDoc('stale-2', 5.1));
    expect(changed.staleSuggestions).toEqual([t2.id]);
    const { row } = await getSuggestion(t.db, editor, t2.id);
    expect(row).toMatchObject({ stale: true, text: CLEAN_G2 });
  });
});
