import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let officialCookie: string;
let officialToken: string;

type RollUp = {
  key: string;
  title: string;
  level: string;
  label: string;
  computedLevel: string;
  computedLabel: string;
  override?: { reason: string; by: string };
};
type Scale = { levels: { id: string; label: string }[] };

async function assessment() {
  return (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as { councilGoals: RollUp[]; areas: RollUp[] };
}
const post = (path: string, fields: Record<string, string>, cookie = officialCookie) => t.postForm(path, fields, cookie);

beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  officialToken = await t.token('official', undefined, 'Handläggare Anna');
  officialCookie = await t.signIn(officialToken);
});
afterAll(() => t.close());

/** A level of the scale other than the roll-up's computed one. */
async function otherLevel(r: RollUp) {
  const report = (await (await t.request('GET', '/api/v1/reports/vb-2022')).json()) as { scale?: Scale; document?: { scale: Scale } };
  const scale = report.scale ?? report.document!.scale;
  return scale.levels.find((l) => l.id !== r.computedLevel)!;
}

describe('an official sets a roll-up’s level with a reason', () => {
  it('refuses a different level without a reason, naming the field, and an unknown roll-up with the keys there are', async () => {
    const [council] = (await assessment()).councilGoals;
    const other = await otherLevel(council!);
    const res = await t.request('POST', `/api/v1/reports/vb-2022/rollups/${council!.key}/level`, {
      body: { level: other.id },
      token: officialToken,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; field?: string } };
    expect(JSON.stringify(body)).toContain('Skriv ett skäl');
    expect(JSON.stringify(body)).toContain('reason');
    const missing = await t.request('POST', '/api/v1/reports/vb-2022/rollups/finns-inte/level', {
      body: { level: other.id, reason: 'x' },
      token: officialToken,
    });
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).toContain(council!.key);
    // The computed level needs no reason.
    const same = await t.request('POST', `/api/v1/reports/vb-2022/rollups/${council!.key}/level`, {
      body: { level: council!.computedLevel },
      token: officialToken,
    });
    expect(same.status).toBe(200);
  });

  it('uses the set level in the assessment and the samlad bedömning section, records it in the history, and flags a text arguing for the old level', async () => {
    const [council] = (await assessment()).councilGoals;
    const sectionId = `samlad-bedomning:${council!.key}`;
    const drafted = await t.request('POST', `/api/v1/reports/vb-2022/sections/${encodeURIComponent(sectionId)}/drafts`, {
      token: officialToken,
    });
    const draft = (await drafted.json()) as { id: string; text: string };
    expect(draft.text).toContain(council!.computedLabel.toLowerCase());

    const other = await otherLevel(council!);
    const res = await t.request('POST', `/api/v1/reports/vb-2022/rollups/${council!.key}/level`, {
      body: { level: other.id, reason: 'Ett av målen väger tyngre för kommunfullmäktigemålet.' },
      token: officialToken,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { staleSuggestions: string[] }).staleSuggestions).toContain(draft.id);

    const after = (await assessment()).councilGoals.find((r) => r.key === council!.key)!;
    expect(after.level).toBe(other.id);
    expect(after.computedLevel).toBe(council!.computedLevel);
    expect(after.override).toMatchObject({ reason: 'Ett av målen väger tyngre för kommunfullmäktigemålet.', by: 'Handläggare Anna' });

    const sections = (await (await t.request('GET', '/api/v1/reports/vb-2022/sections')).json()) as {
      sections: { id: string; level?: { id: string } }[];
    };
    expect(sections.sections.find((s) => s.id === sectionId)!.level!.id).toBe(other.id);

    const history = (await (
      await t.request('GET', `/api/v1/reports/vb-2022/history?sectionId=${encodeURIComponent(sectionId)}`)
    ).json()) as { events: { action: string; actor: string }[] };
    expect(history.events).toContainEqual(expect.objectContaining({ action: 'rollup.level.set', actor: 'Handläggare Anna' }));

    const page = await (
      await t.app.request(`/rapporter/vb-2022/avsnitt/${encodeURIComponent(sectionId)}`, { headers: { cookie: officialCookie } })
    ).text();
    expect(page).toContain(`Samlad bedömning för ”${council!.title}” sattes till ${other.label}`);
  });

  it('sets it from the overview’s form, keeping what was typed when the reason is missing', async () => {
    const [, second] = (await assessment()).councilGoals;
    const other = await otherLevel(second!);
    const refused = await post(`/rapporter/vb-2022/samlad/${second!.key}/niva`, { level: other.id, reason: '' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Skriv ett skäl');
    expect(html).toMatch(new RegExp(`<option value="${other.id}" selected=""`));

    const saved = await post(`/rapporter/vb-2022/samlad/${second!.key}/niva`, { level: other.id, reason: 'Målen under det väger olika.' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/rapporter/vb-2022?klart=samlad');
    const overview = await (await t.app.request('/rapporter/vb-2022?klart=samlad', { headers: { cookie: officialCookie } })).text();
    expect(overview).toContain('Den samlade bedömningen är sparad');
    expect(overview).toContain(`Kommunfullmäktigemål: ${second!.title}<span class="rollup"> – ${other.label}</span>`);
    expect(overview).toContain('Satt av Handläggare Anna');
    expect(overview).toContain('Målen under det väger olika.');
  });

  it('takes a set level back to the computed one, from the API and from the overview, with the change in the history', async () => {
    const [, second] = (await assessment()).councilGoals;
    // The previous test set the second roll-up's level from the overview; the overview offers to take it back.
    const overview = await (await t.app.request('/rapporter/vb-2022', { headers: { cookie: officialCookie } })).text();
    expect(overview).toContain(`/rapporter/vb-2022/samlad/${second!.key}/niva/aterstall`);
    const back = await post(`/rapporter/vb-2022/samlad/${second!.key}/niva/aterstall`, {});
    expect(back.status).toBe(303);
    const after = (await assessment()).councilGoals.find((r) => r.key === second!.key)!;
    expect(after.level).toBe(after.computedLevel);
    expect(after.override).toBeUndefined();
    const notice = await (await t.app.request(back.headers.get('location')!, { headers: { cookie: officialCookie } })).text();
    expect(notice).toContain('är den beräknade igen');

    const sectionId = `samlad-bedomning:${second!.key}`;
    const history = (await (
      await t.request('GET', `/api/v1/reports/vb-2022/history?sectionId=${encodeURIComponent(sectionId)}`)
    ).json()) as { events: { action: string; actor: string }[] };
    expect(history.events).toContainEqual(expect.objectContaining({ action: 'rollup.level.cleared', actor: 'Handläggare Anna' }));

    // Nothing set any more: the API says so instead of pretending to clear it.
    const again = await t.request('DELETE', `/api/v1/reports/vb-2022/rollups/${second!.key}/level`, { token: officialToken });
    expect(again.status).toBe(404);
    expect(JSON.stringify(await again.json())).toContain('redan den beräknade');

    const other = await otherLevel(second!);
    await t.request('POST', `/api/v1/reports/vb-2022/rollups/${second!.key}/level`, {
      body: { level: other.id, reason: 'Prövar igen.' },
      token: officialToken,
    });
    const cleared = await t.request('DELETE', `/api/v1/reports/vb-2022/rollups/${second!.key}/level`, { token: officialToken });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toMatchObject({ key: second!.key, level: second!.computedLevel });
  });
});
