import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptSuggestion } from '../../src/db/suggestions';
import { makeTestApp, type TestApp } from '../helpers/app';

/** Every figure agrees with vb-2022 goal g2 (sjukfrånvaro 7,8 procent 2022, etappmål 6,5; level Ej uppfyllt). */
const CLEAN = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';
/** Two errors: the figure is wrong and sjukfrånvaron did not decrease. */
const WRONG = 'Sjukfrånvaron minskade till 5,1 procent 2022. Målet bedöms som ej uppfyllt.';
// Contradicts g5's data (47,4 procent); a figure the data merely lacks would only be a warning in an official's text.
const WRONG_G5 = 'Andelen fordon med förnyelsebara drivmedel var 51,1 procent 2022. Målet bedöms som ej uppfyllt.';

type View = {
  id: string;
  goalId: string;
  status: string;
  version: number;
  text: string;
  origin: string;
  verified: boolean;
  stale: boolean;
  findings: { severity: string; code: string; message: string }[];
  overrideReason: string | null;
  rejectReason: string | null;
  createdBy: string;
  updatedBy: string | null;
};
type ErrorBody = { error: { code: string; message: string; field?: string; details?: { current: View } } };

let t: TestApp;
let editor: string;
let editor2: string;
let official: string;

beforeAll(async () => {
  t = await makeTestApp();
  editor = await t.token('editor', undefined, 'Redaktör Eva');
  editor2 = await t.token('editor', undefined, 'Redaktör Olle');
  official = await t.token('official', undefined, 'Handläggare Anna');
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

async function write(text: string, goalId = 'g2', token = official) {
  const res = await t.request('POST', `/api/v1/reports/vb-2022/goals/${goalId}/suggestions`, { body: { text }, token });
  expect(res.status).toBe(201);
  return (await res.json()) as View;
}
const accept = (s: { id: string; version: number }, token = editor, override?: { reason: string }) =>
  t.request('POST', `/api/v1/suggestions/${s.id}/accept`, { body: { baseVersion: s.version, ...(override ? { override } : {}) }, token });
const list = async (query: string, token = editor) => {
  const res = await t.request('GET', `/api/v1/reports/vb-2022/suggestions${query}`, { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { suggestions: View[] }).suggestions;
};
const history = async (goalId: string) =>
  (
    (await (await t.request('GET', `/api/v1/reports/vb-2022/history?goalId=${goalId}`, { token: editor })).json()) as {
      events: { action: string; actor: string; suggestionId: string; detail: Record<string, unknown> }[];
    }
  ).events;

describe('writing and revising suggestions', () => {
  it('stores an official’s paragraph as pending, checked against the figures', async () => {
    const s = await write(WRONG);
    expect(s).toMatchObject({
      goalId: 'g2',
      status: 'pending',
      version: 1,
      origin: 'manual',
      verified: false,
      text: WRONG,
      createdBy: 'Handläggare Anna',
    });
    expect(s.findings.map((f) => f.code)).toContain('wrong_value');
    expect(s.findings.find((f) => f.code === 'wrong_value')!.message).toContain('7,8 procent');
  });

  it('keeps every version when a text is edited, and checks the new version again', async () => {
    const s = await write(WRONG);
    const res = await t.request('PUT', `/api/v1/suggestions/${s.id}`, { body: { text: CLEAN, baseVersion: 1 }, token: official });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as View;
    expect(edited).toMatchObject({
      status: 'pending',
      version: 2,
      text: CLEAN,
      verified: true,
      findings: [],
      updatedBy: 'Handläggare Anna',
    });

    const full = (await (await t.request('GET', `/api/v1/suggestions/${s.id}`, { token: editor })).json()) as View & {
      versions: { version: number; text: string; findings: { code: string }[]; createdBy: string }[];
    };
    expect(full.versions.map((v) => [v.version, v.text])).toEqual([
      [1, WRONG],
      [2, CLEAN],
    ]);
    expect(full.versions[0]!.findings.length).toBeGreaterThan(0);
    expect(full.versions[1]!.findings).toEqual([]);
  });

  it('refuses an empty text and an edit without a version, naming the field', async () => {
    const empty = await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/suggestions', { body: { text: '   ' }, token: official });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorBody).error.field).toBe('text');
    const s = await write(CLEAN);
    const noVersion = await t.request('PUT', `/api/v1/suggestions/${s.id}`, { body: { text: CLEAN }, token: official });
    expect(noVersion.status).toBe(400);
    expect(((await noVersion.json()) as ErrorBody).error.field).toBe('baseVersion');
  });

  it('answers 404 for a goal the report does not have', async () => {
    const res = await t.request('POST', '/api/v1/reports/vb-2022/goals/g99/suggestions', { body: { text: CLEAN }, token: official });
    expect(res.status).toBe(404);
  });
});

describe('accepting and rejecting', () => {
  it('accepts a clean text, and accepting another supersedes it: one accepted text per goal', async () => {
    const first = await write(CLEAN);
    const a1 = await accept(first);
    expect(a1.status).toBe(200);
    expect(await a1.json()).toMatchObject({
      id: first.id,
      status: 'accepted',
      version: 2,
      updatedBy: 'Redaktör Eva',
      overrideReason: null,
    });

    const second = await write(CLEAN);
    const a2 = await accept(second);
    expect(a2.status).toBe(200);
    expect(((await a2.json()) as { superseded: string[] }).superseded).toEqual([first.id]);

    expect((await list('?goalId=g2&status=accepted')).map((s) => s.id)).toEqual([second.id]);
    expect((await list('?goalId=g2&status=superseded')).map((s) => s.id)).toContain(first.id);
    const superseded = (await history('g2')).find((e) => e.action === 'suggestion.superseded' && e.suggestionId === first.id)!;
    expect(superseded.detail).toEqual({ by: second.id });
  });

  it('refuses a text with errors unless the editor gives a reason, which is recorded and shown', async () => {
    const s = await write(WRONG_G5, 'g5');
    const refused = await accept(s);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.field).toBe('override.reason');
    expect(body.error.message).toMatch(/fel/);
    expect((await list('?goalId=g5&status=accepted')).length).toBe(0);

    const blank = await accept(s, editor, { reason: '  ' });
    expect(blank.status).toBe(400);

    const ok = await accept(s, editor, { reason: 'Siffran kommer från förvaltningens egen mätning.' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'accepted', overrideReason: 'Siffran kommer från förvaltningens egen mätning.' });
    const events = await history('g5');
    const acceptedEvent = events.find((e) => e.action === 'suggestion.accepted' && e.suggestionId === s.id)!;
    expect(acceptedEvent.detail).toMatchObject({ overrideReason: 'Siffran kommer från förvaltningens egen mätning.' });
    expect(acceptedEvent.detail.errors).toBeGreaterThan(0);
  });

  it('rejects with a reason, and a rejected text can be revised back into review', async () => {
    const s = await write(CLEAN, 'g1');
    const noReason = await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, { body: { reason: '' }, token: editor });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as ErrorBody).error.field).toBe('reason');

    const res = await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, { body: { reason: 'Handlar om fel mål.' }, token: editor });
    expect(res.status).toBe(200);
    const rejected = (await res.json()) as View;
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Handlar om fel mål.', version: 2 });

    const again = await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, { body: { reason: 'Igen.' }, token: editor });
    expect(again.status).toBe(409);

    const revised = await t.request('PUT', `/api/v1/suggestions/${s.id}`, {
      body: { text: 'Nettokostnaden per invånare minskade.', baseVersion: 2 },
      token: official,
    });
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ status: 'pending', version: 3, rejectReason: null });
  });

  it('lets an editor take an accepted text out of the report by rejecting it', async () => {
    const s = await write(CLEAN, 'g4');
    const accepted = (await (await accept(s, editor, { reason: 'Test.' })).json()) as View;
    const res = await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, {
      body: { reason: 'Ska inte med.', baseVersion: accepted.version },
      token: editor,
    });
    expect(res.status).toBe(200);
    expect((await list('?goalId=g4&status=accepted')).length).toBe(0);
  });

  it('does not accept an accepted text twice', async () => {
    const s = await write(CLEAN, 'g2');
    const accepted = (await (await accept(s)).json()) as View;
    const twice = await accept(accepted);
    expect(twice.status).toBe(409);
  });
});

describe('roles and organisations', () => {
  it('lets an official write and edit but not accept or reject', async () => {
    const s = await write(CLEAN);
    const acc = await accept(s, official);
    expect(acc.status).toBe(403);
    expect(((await acc.json()) as ErrorBody).error.message).toMatch(/redaktör/);
    const rej = await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, { body: { reason: 'Nej.' }, token: official });
    expect(rej.status).toBe(403);
    expect((await list(`?goalId=g2`)).find((x) => x.id === s.id)!.status).toBe('pending');
  });

  it('keeps an accepted text out of an official’s reach; an editor’s edit sends it back to review', async () => {
    const s = await write(CLEAN, 'g2');
    const accepted = (await (await accept(s)).json()) as View;
    const byOfficial = await t.request('PUT', `/api/v1/suggestions/${s.id}`, {
      body: { text: CLEAN + ' Mer.', baseVersion: accepted.version },
      token: official,
    });
    expect(byOfficial.status).toBe(403);
    const byEditor = await t.request('PUT', `/api/v1/suggestions/${s.id}`, {
      body: { text: CLEAN, baseVersion: accepted.version },
      token: editor,
    });
    expect(byEditor.status).toBe(200);
    expect(await byEditor.json()).toMatchObject({ status: 'pending' });
  });

  it('shows another organisation nothing: its token gets 404 everywhere', async () => {
    const s = await write(CLEAN);
    const other = await t.token('editor', 'annan-kommun');
    for (const [method, path, body] of [
      ['GET', '/api/v1/reports/vb-2022/suggestions', undefined],
      ['GET', '/api/v1/reports/vb-2022/history', undefined],
      ['GET', `/api/v1/suggestions/${s.id}`, undefined],
      ['PUT', `/api/v1/suggestions/${s.id}`, { text: 'Kapad.', baseVersion: 1 }],
      ['POST', `/api/v1/suggestions/${s.id}/accept`, { baseVersion: 1 }],
      ['POST', `/api/v1/suggestions/${s.id}/reject`, { reason: 'Kapad.' }],
      ['POST', '/api/v1/reports/vb-2022/goals/g2/suggestions', { text: 'Kapad.' }],
    ] as const) {
      const res = await t.request(method, path, { body, token: other });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const after = (await (await t.request('GET', `/api/v1/suggestions/${s.id}`, { token: editor })).json()) as View;
    expect(after).toMatchObject({ status: 'pending', version: 1, text: CLEAN });
  });
});

describe('concurrency', () => {
  it('answers 409 with the current state when the version is stale', async () => {
    const s = await write(CLEAN);
    await t.request('PUT', `/api/v1/suggestions/${s.id}`, {
      body: { text: CLEAN + ' Rehabiliteringen fortsätter.', baseVersion: 1 },
      token: official,
    });
    const res = await accept(s);
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('conflict');
    expect(body.error.details!.current).toMatchObject({
      id: s.id,
      version: 2,
      status: 'pending',
      text: CLEAN + ' Rehabiliteringen fortsätter.',
    });
  });

  it('lets exactly one of two simultaneous accepts win; the other gets 409 and nothing is half-written', async () => {
    const s = await write(CLEAN);
    const [a, b] = await Promise.all([accept(s, editor), accept(s, editor2)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = (await (a.status === 409 ? a : b).json()) as ErrorBody;
    expect(loser.error.details!.current).toMatchObject({ id: s.id, status: 'accepted', version: 2 });
    const accepted = await list('?goalId=g2&status=accepted');
    expect(accepted.map((x) => x.id)).toEqual([s.id]);
    const acceptEvents = (await history('g2')).filter((e) => e.action === 'suggestion.accepted' && e.suggestionId === s.id);
    expect(acceptEvents).toHaveLength(1);
  });

  it('lets one of several accepts racing inside the database land, even past the route’s own version check', async () => {
    const s = await write(CLEAN);
    const results = await Promise.all(
      ['Eva', 'Olle', 'Kim'].map((actor) =>
        acceptSuggestion(t.db, { id: s.id, baseVersion: 1, findings: [], factsDigest: null, overrideReason: null, actor }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, current: { id: s.id, status: 'accepted', version: 2 } });
    expect((await list('?goalId=g2&status=accepted')).map((x) => x.id)).toEqual([s.id]);
  });

  it('lets one of two editors accepting different texts for the same goal win when both say which text they saw', async () => {
    const x = await write(CLEAN, 'g2');
    const y = await write(CLEAN, 'g2');
    const seen = (await list('?goalId=g2&status=accepted'))[0]?.id ?? null;
    const acceptSeeing = (s: View, token: string) =>
      t.request('POST', `/api/v1/suggestions/${s.id}/accept`, { body: { baseVersion: s.version, replaces: seen }, token });
    const [a, b] = await Promise.all([acceptSeeing(x, editor), acceptSeeing(y, editor2)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loserRes] = a.status === 200 ? [x, b] : [y, a];
    const loser = (await loserRes.json()) as ErrorBody & { error: { details: { accepted: View } } };
    expect(loser.error.message).toContain('godkände ett annat förslag för målet');
    expect(loser.error.details.accepted).toMatchObject({ id: winner.id, status: 'accepted' });
    expect(loser.error.details.current).toMatchObject({ status: 'pending', version: 1 });
    expect((await list('?goalId=g2&status=accepted')).map((s) => s.id)).toEqual([winner.id]);
  });

  it('refuses an acceptance made from a stale view of the goal, and takes it from a fresh one', async () => {
    const first = await write(CLEAN, 'g2');
    const current = (await list('?goalId=g2&status=accepted'))[0]!;
    // Eva read the page while `current` was the accepted text; Olle accepts `first` meanwhile.
    const mine = await write(CLEAN, 'g2');
    expect((await accept(first, editor2)).status).toBe(200);
    const stale = await t.request('POST', `/api/v1/suggestions/${mine.id}/accept`, {
      body: { baseVersion: 1, replaces: current.id },
      token: editor,
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.message).toContain('Redaktör Olle');
    expect((await list('?goalId=g2&status=accepted')).map((s) => s.id)).toEqual([first.id]);
    const fresh = await t.request('POST', `/api/v1/suggestions/${mine.id}/accept`, {
      body: { baseVersion: 1, replaces: first.id },
      token: editor,
    });
    expect(fresh.status).toBe(200);
    expect((await fresh.json()) as { superseded: string[] }).toMatchObject({ superseded: [first.id] });
  });

  it('without saying which text it replaces, a later acceptance supersedes the earlier one', async () => {
    const x = await write(CLEAN, 'g2');
    const y = await write(CLEAN, 'g2');
    const results = await Promise.all([accept(x, editor), accept(y, editor2)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(await list('?goalId=g2&status=accepted')).toHaveLength(1);
  });

  it('names the field when replaces is not an id', async () => {
    const x = await write(CLEAN, 'g2');
    const res = await t.request('POST', `/api/v1/suggestions/${x.id}/accept`, { body: { baseVersion: 1, replaces: 5 }, token: editor });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('replaces');
  });
});

describe('listing and history', () => {
  it('filters by goal and status and refuses an unknown status, naming the field', async () => {
    const all = await list('');
    expect(all.length).toBeGreaterThan(5);
    expect(new Set((await list('?goalId=g5')).map((s) => s.goalId))).toEqual(new Set(['g5']));
    expect((await list('?status=rejected')).every((s) => s.status === 'rejected')).toBe(true);
    const bad = await t.request('GET', '/api/v1/reports/vb-2022/suggestions?status=klar', { token: editor });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.field).toBe('status');
  });

  it('records who did what to a text, in order', async () => {
    const s = await write(WRONG_G5, 'g5');
    await t.request('PUT', `/api/v1/suggestions/${s.id}`, { body: { text: CLEAN, baseVersion: 1 }, token: official });
    await accept({ id: s.id, version: 2 }, editor, { reason: 'Avser sjukfrånvaron.' });
    const mine = (await history('g5')).filter((e) => e.suggestionId === s.id).reverse();
    expect(mine.map((e) => [e.action, e.actor])).toEqual([
      ['suggestion.created', 'Handläggare Anna'],
      ['suggestion.edited', 'Handläggare Anna'],
      ['suggestion.accepted', 'Redaktör Eva'],
    ]);
    const everything = (
      (await (await t.request('GET', '/api/v1/reports/vb-2022/history', { token: editor })).json()) as { events: { goalId: string }[] }
    ).events;
    expect([...new Set(everything.map((e) => e.goalId))]).toEqual(expect.arrayContaining(['g1', 'g2', 'g4', 'g5']));
  });
});
