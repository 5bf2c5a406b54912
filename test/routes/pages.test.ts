import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

const CLEAN = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';

let t: TestApp;
let editorCookie: string;
let officialCookie: string;

async function signIn(token: string, next?: string) {
  const body = new URLSearchParams({ token, ...(next ? { next } : {}) });
  return t.app.request('/logga-in', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
const get = (path: string, cookie = editorCookie) => t.app.request(path, { headers: { cookie } });
const post = (path: string, fields: Record<string, string>, cookie = editorCookie, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  editorCookie = cookieOf(await signIn(await t.token('editor', undefined, 'Redaktör Eva')));
  officialCookie = cookieOf(await signIn(await t.token('official', undefined, 'Handläggare Anna')));
});
afterAll(() => t.close());

async function writeText(goalId: string, text = CLEAN) {
  const res = await t.request('POST', `/api/v1/reports/vb-2022/goals/${goalId}/suggestions`, { body: { text } });
  return (await res.json()) as { id: string; version: number };
}

describe('signing in', () => {
  it('sends a visitor without a session to the sign-in page and back afterwards', async () => {
    const res = await t.app.request('/rapporter/vb-2022');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/logga-in?next=%2Frapporter%2Fvb-2022');
    const form = await t.app.request('/logga-in?next=%2Frapporter%2Fvb-2022');
    const html = await form.text();
    expect(html).toContain('<label for="token">Token</label>');
    expect(html).toContain('value="/rapporter/vb-2022"');
  });

  it('keeps the token in an HttpOnly, SameSite=Strict cookie and never redirects off the site', async () => {
    const res = await signIn(await t.token('editor'), '//elsewhere.example/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/rapporter');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^motivera_session=ms_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('refuses a wrong token with a message and no cookie', async () => {
    const res = await signIn('mv_fel');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('Token är ogiltig');
  });

  it('signs out by clearing the cookie', async () => {
    // A session of its own: signing out revokes it, and the other tests go on with theirs.
    const res = await post('/logga-ut', {}, cookieOf(await signIn(await t.token('editor'))));
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/motivera_session=;.*Max-Age=0/);
  });
});

describe('the review pages', () => {
  it('lists every goal with its levels and motivation status, under a strict content security policy', async () => {
    const res = await get('/rapporter/vb-2022');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling');
    expect(html.match(/<tr data-goal=/g)).toHaveLength(5);
    expect(html).toContain('ingen text');
    expect(html).toContain('format=docx');
  });

  it('shows the goal’s indicator table with Swedish numbers and a text’s findings as marks that name the fact', async () => {
    await writeText('g2', 'Sjukfrånvaron var 5,1 procent 2022. <b>fet</b>');
    const html = await (await get('/rapporter/vb-2022/mal/g2')).text();
    expect(html).toContain('<td class="num">7,8</td>');
    expect(html).toMatch(
      /<mark class="error"[^>]*title="Fel: Sjukfrånvaro totalt var 7,8 procent 2022, inte 5,1 procent\. Jämfört med: Sjukfrånvaro totalt 2022: 7,8 procent\./,
    );
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(html).not.toContain('<b>fet</b>');
  });

  it('accepts from a form and shows the overview status change; a stale version gives the current state instead', async () => {
    const s = await writeText('g2');
    const ok = await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version) });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/rapporter/vb-2022/mal/g2?klart=godkand');
    expect(await (await get('/rapporter/vb-2022')).text()).toMatch(/data-goal="g2"[\s\S]*?godkänd/);

    const again = await post(`/forslag/${s.id}/avvisa`, { baseVersion: String(s.version), reason: 'För sent.' });
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain('Någon annan hann före');
    expect(html).toContain('role="alert"');
  });

  it('refuses an accept from a page read before another editor accepted a different text for the goal', async () => {
    const x = await writeText('g2');
    const y = await writeText('g2');
    const page = await (await get('/rapporter/vb-2022/mal/g2')).text();
    const formOf = (id: string) => page.match(new RegExp(`action="/forslag/${id}/godkann"[\\s\\S]*?</form>`))![0];
    const fields = (id: string) => ({
      baseVersion: formOf(id).match(/name="baseVersion" value="(\d+)"/)![1]!,
      replaces: formOf(id).match(/name="replaces" value="([^"]*)"/)![1]!,
    });
    const [forX, forY] = [fields(x.id), fields(y.id)];
    expect((await post(`/forslag/${x.id}/godkann`, forX)).status).toBe(303);
    const late = await post(`/forslag/${y.id}/godkann`, forY);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Redaktör Eva godkände ett annat förslag för målet');
    expect(await (await get('/rapporter/vb-2022/mal/g2')).text()).toMatch(new RegExp(`id="s-${x.id}"[^>]*data-status="accepted"`));
  });

  it('sets the final level from the goal page, asking for a reason when it differs from the computed one', async () => {
    const page = await (await get('/rapporter/vb-2022/mal/g5')).text();
    expect(page).toMatch(/<select id="niva" name="level">[\s\S]*?<option value="ej" selected="">Ej uppfyllt \(beräknad\)<\/option>/);
    const refused = await post('/rapporter/vb-2022/mal/g5/niva', { level: 'delvis', reason: '' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('skäl');

    const ok = await post('/rapporter/vb-2022/mal/g5/niva', {
      level: 'delvis',
      reason: 'Två elbilar är beställda och levereras i januari.',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/rapporter/vb-2022/mal/g5?klart=niva');
    const after = await (await get(ok.headers.get('location')!)).text();
    expect(after).toContain('Den slutliga nivån är sparad.');
    expect(after).toMatch(/Slutlig nivå \(Måluppfyllelse\)<\/span><strong>Delvis uppfyllt<\/strong>/);
    expect(after).toContain('Två elbilar är beställda och levereras i januari.');
    expect(after).toContain('Slutlig nivå sattes. Skäl: Två elbilar');
    expect(await (await get('/rapporter/vb-2022')).text()).toMatch(/data-goal="g5"[\s\S]*?Delvis uppfyllt/);
  });

  it('asks for a reason before accepting a text with errors, and shows the reason once given', async () => {
    const s = await writeText('g5', 'Andelen fordon med förnybara drivmedel var 99 procent 2022.');
    const refused = await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('skriftligt skäl');
    const ok = await post(`/forslag/${s.id}/godkann`, {
      baseVersion: String(s.version),
      overrideReason: 'Siffran gäller 2023 års flotta.',
    });
    expect(ok.status).toBe(303);
    expect(await (await get('/rapporter/vb-2022/mal/g5')).text()).toContain('Godkänd trots fel. Skäl: Siffran gäller 2023 års flotta.');
  });

  it('lets an official write but not accept, and keeps what was typed when saving fails', async () => {
    const written = await post('/rapporter/vb-2022/mal/g1/forslag', { text: 'Nettokostnaden minskade.' }, officialCookie);
    expect(written.status).toBe(303);
    const s = await writeText('g1');
    const refused = await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version) }, officialCookie);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Bara en redaktör kan godkänna');
    const empty = await post('/rapporter/vb-2022/mal/g1/forslag', { text: '   ' }, officialCookie);
    expect(empty.status).toBe(400);
  });

  it('offers an official a new proposal from an accepted text instead of editing it', async () => {
    const s = await writeText('g4', 'Brukarbedömningen inom missbruksvården ökade till 91 procent 2022.');
    expect((await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version), overrideReason: 'Test.' })).status).toBe(303);
    const html = await (await get('/rapporter/vb-2022/mal/g4', officialCookie)).text();
    const card = html.slice(html.indexOf(`id="s-${s.id}"`));
    expect(card).toContain('<summary>Föreslå ändring</summary>');
    expect(card.slice(0, card.indexOf('</article>'))).not.toContain('<summary>Redigera</summary>');
  });

  it('marks a goal whose accepted text went stale after a re-import', async () => {
    const s = await writeText('g2');
    expect((await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version) })).status).toBe(303);
    const doc = demoFile('vb-2022') as any;
    doc.goals[1].indicators[0].values[2].value = 8.4;
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(200);
    expect(await (await get('/rapporter/vb-2022')).text()).toMatch(/data-goal="g2"[\s\S]*?inaktuell/);
    const page = await (await get('/rapporter/vb-2022/mal/g2')).text();
    expect(page).toContain('Underlaget har ändrats sedan texten kontrollerades');
    expect(page).toContain('Markerades inaktuell efter ny import');
  });

  it('refuses a form posted from another site', async () => {
    const s = await writeText('g3');
    const res = await post(`/forslag/${s.id}/avvisa`, { baseVersion: '1', reason: 'x' }, editorCookie, {
      origin: 'https://elsewhere.example',
    });
    expect(res.status).toBe(403);
  });

  it('serves the export to a signed-in person, inline when asked to show it', async () => {
    const res = await get('/rapporter/vb-2022/export?format=html&visa=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="vb-2022.html"/);
    expect(await res.text()).toContain('Nämndens mål och resultat');
    expect((await get('/rapporter/vb-2022/export?format=pdf')).status).toBe(400);
  });
});
