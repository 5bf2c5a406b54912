/** What a user saw that was wrong on the pages (issue 18's list), one behaviour each, through the real app. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/cli/reports';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

const CLEAN_G2 = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';
const WRONG_G2 =
  'Sjukfrånvaron minskade till 5,1 procent 2022 från 9 procent 2021, och etappmålet om 4 procent nåddes. Målet bedöms som helt uppfyllt.';

type View = { id: string; version: number; findings: { severity: string }[] };

let t: TestApp;
let editor: string;
let official: string;

const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
async function signIn(token: string) {
  return cookieOf(
    await t.app.request('/logga-in', {
      method: 'POST',
      body: new URLSearchParams({ token }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  );
}
const get = (path: string, cookie = editor, headers: Record<string, string> = {}) =>
  t.app.request(path, { headers: { cookie, ...headers } });
const post = (path: string, fields: Record<string, string>, cookie = editor) =>
  t.app.request(path, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
const html = async (res: Response | Promise<Response>) => (await res).text();

/** vb-2022 under its own id (each test its own report), optionally with g2's 2022 sjukfrånvaro changed. */
function report(id: string, sick2022 = 7.8) {
  const doc = demoFile('vb-2022') as any;
  doc.report.id = id;
  doc.goals[1].indicators[0].values.find((v: { period: string }) => v.period === '2022').value = sick2022;
  return doc;
}
async function importDoc(doc: unknown) {
  const res = await t.request('POST', '/api/v1/reports', { body: doc });
  expect([200, 201]).toContain(res.status);
}
async function accepted(reportId: string, text = CLEAN_G2) {
  const created = (await (await t.request('POST', `/api/v1/reports/${reportId}/goals/g2/suggestions`, { body: { text } })).json()) as View;
  const res = await t.request('POST', `/api/v1/suggestions/${created.id}/accept`, { body: { baseVersion: created.version } });
  expect(res.status).toBe(200);
  return created;
}

beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  editor = await signIn(await t.token('editor', undefined, 'Redaktör Eva'));
  official = await signIn(await t.token('official', undefined, 'Handläggare Anna'));
});
afterAll(() => t.close());

describe('the banner after saving a text', () => {
  it('says how many errors the check found, in the error colour, instead of a green "saved"', async () => {
    const res = await post('/rapporter/vb-2022/mal/g2/forslag', { text: WRONG_G2 });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/klart=sparad&forslag=/);
    const id = decodeURIComponent(/forslag=([^&]+)/.exec(location)![1]!);
    const view = (await (await t.request('GET', `/api/v1/suggestions/${id}`)).json()) as View;
    const errors = view.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    const page = await html(get(location));
    const banner = /<div class="notice (\w+)" role="(\w+)">([^<]*)<\/div>/.exec(page)!;
    expect(banner[1]).toBe('error');
    expect(banner[3]).toContain(`${errors} fel`);
    expect(banner[3]).not.toContain('kontrollerad mot underlaget.');
  });

  it('stays green and says so when the text is clean', async () => {
    const res = await post('/rapporter/vb-2022/mal/g2/forslag', { text: CLEAN_G2 });
    const page = await html(get(res.headers.get('location')!));
    expect(page).toMatch(/<div class="notice ok" role="status">Texten är sparad[^<]*inga fel/);
  });
});

describe('what changed under a stale text', () => {
  it('names the level change (old → new) when only the final level changed, not the figures', async () => {
    await importDoc(report('fix-level'));
    await accepted('fix-level');
    const res = await post('/rapporter/fix-level/mal/g2/niva', { level: 'helt', reason: 'Nämnden bedömer insatserna som tillräckliga.' });
    expect(res.status).toBe(303);
    const page = await html(get('/rapporter/fix-level/mal/g2'));
    expect(page).toContain('Målets slutliga nivå har ändrats');
    expect(page).toContain('Slutlig nivå: Ej uppfyllt → Helt uppfyllt');
    expect(page).not.toContain('Underlaget har ändrats');
  });

  it('names the figure that changed (old → new) after a re-import, and the import as the last to touch the text', async () => {
    await importDoc(report('fix-import'));
    await accepted('fix-import');
    const dir = mkdtempSync(join(tmpdir(), 'motivera-fix-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(report('fix-import', 8.4)));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await importCommand(t.db, [file]);
    } finally {
      log.mockRestore();
    }
    const page = await html(get('/rapporter/fix-import/mal/g2'));
    expect(page).toContain('Sjukfrånvaro totalt 2022: 7,8 → 8,4');
    expect(page).toContain('senast ändrad av import (kommandoraden)');
    expect(page).not.toContain('senast ändrad av Test editor');
  });
});

describe('forms keep what was typed', () => {
  it('shows the level form again with the chosen level and an open form when the reason is missing, at the page’s own address', async () => {
    const res = await post('/rapporter/vb-2022/mal/g5/niva', { level: 'delvis', reason: '' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/<details class="set-level" open="">/);
    expect(page).toMatch(/<option value="delvis" selected="">Delvis uppfyllt<\/option>/);
    expect(page).not.toMatch(/<option value="ej" selected="">/);
    expect(page).toContain('data-page-url="/rapporter/vb-2022/mal/g5"');
  });

  it('keeps a reject reason, an edited text and the draft wishes after a refusal', async () => {
    const s = (await (
      await t.request('POST', '/api/v1/reports/vb-2022/goals/g3/suggestions', { body: { text: 'Ett första förslag om föräldrastöd.' } })
    ).json()) as View;
    const edited = await post(`/forslag/${s.id}/redigera`, {
      text: 'Min nya version som inte får försvinna.',
      baseVersion: String(s.version + 5),
    });
    expect(edited.status).toBe(409);
    expect(await edited.text()).toContain('Min nya version som inte får försvinna.');
    const rejected = await post(`/forslag/${s.id}/avvisa`, { reason: 'Skälet jag skrev', baseVersion: String(s.version + 5) });
    expect(rejected.status).toBe(409);
    expect(await rejected.text()).toMatch(/<textarea id="s-[^"]+-reject"[^>]*>Skälet jag skrev<\/textarea>/);
    const longWish = 'x'.repeat(1001);
    const drafted = await post('/rapporter/vb-2022/mal/g3/utkast', { instructions: longWish });
    expect(drafted.status).toBe(400);
    expect(await drafted.text()).toContain(`value="${longWish}"`);
  });
});

describe('who did what', () => {
  it('says who set a level on the overview, not "tjänsteperson" for an editor', async () => {
    await importDoc(report('fix-who'));
    await post('/rapporter/fix-who/mal/g5/niva', { level: 'delvis', reason: 'Två elbilar är beställda.' });
    const page = await html(get('/rapporter/fix-who'));
    expect(page).toMatch(/data-goal="g5"[\s\S]*?satt av Redaktör Eva/);
    expect(page).not.toContain('satt av tjänsteperson');
  });

  it('keeps the text’s version when it is accepted without change', async () => {
    await importDoc(report('fix-version'));
    await accepted('fix-version');
    const page = await html(get('/rapporter/fix-version/mal/g2'));
    expect(page).toMatch(/· version 1( ·|<\/p>)/);
    expect(page).not.toMatch(/· version 2/);
  });
});

describe('pages answer in HTML, the API in JSON', () => {
  it('answers an unknown page with a Swedish HTML page and an unknown API path with JSON', async () => {
    const page = await get('/helt/fel');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<html lang="sv">');
    const api = await t.request('GET', '/api/v1/helt/fel');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('answers a missing report’s chat and an unknown conversation with an HTML page that says so', async () => {
    const missing = await get('/rapporter/finns-inte/chatt');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/text\/html/);
    expect(await missing.text()).toContain('finns-inte');
    const conversation = await get('/rapporter/vb-2022/chatt?samtal=inget-sadant-samtal');
    expect(conversation.status).toBe(404);
    expect(await conversation.text()).toContain('Samtalet finns inte');
  });
});

describe('no English for people', () => {
  it('names roles in Swedish when refusing an official', async () => {
    const s = (await (
      await t.request('POST', '/api/v1/reports/vb-2022/goals/g4/suggestions', { body: { text: 'Ett förslag.' } })
    ).json()) as View;
    const res = await post(`/forslag/${s.id}/godkann`, { baseVersion: String(s.version) }, official);
    expect(res.status).toBe(403);
    const page = await res.text();
    expect(page).toContain('tjänsteperson');
    expect(page).not.toMatch(/\bofficial\b/);
    const api = await t.request('POST', `/api/v1/suggestions/${s.id}/accept`, {
      body: { baseVersion: s.version },
      token: await t.token('official'),
    });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { message: string } }).error.message).not.toMatch(/official|editor/);
  });

  it('says where a JSON document breaks by line and column, in Swedish', async () => {
    const res = await t.request('POST', '/api/v1/reports', { body: '{\n  "schema": "report-data/v1",\n}' });
    expect(res.status).toBe(400);
    const text = JSON.stringify(await res.json());
    expect(text).toContain('rad 3, kolumn 1');
    expect(text).not.toMatch(/position|Expected|Unexpected/);
  });

  it('suggests wishes for a draft from the goal’s own indicators, not the demo’s medarbetarenkät on every goal', async () => {
    const hint = (page: string) => /id="onskemal"[^>]*placeholder="([^"]*)"/.exec(page)![1]!;
    const g2 = hint(await html(get('/rapporter/vb-2022/mal/g2')));
    const g5 = hint(await html(get('/rapporter/vb-2022/mal/g5')));
    expect(g2).not.toBe(g5);
    expect(g5).not.toContain('medarbetarenkät');
    expect(g5.toLowerCase()).toContain('fordon');
  });
});

describe('the overview', () => {
  it('numbers goals as the chat does, groups them under målområde and kommunfullmäktigemål with roll-up levels, and shows the report’s level', async () => {
    await importDoc(report('fix-overview'));
    const page = await html(get('/rapporter/fix-overview'));
    const assessment = (await (await t.request('GET', '/api/v1/reports/fix-overview/assessment')).json()) as {
      overall: { label: string };
      areas: { title: string; label: string }[];
      councilGoals: { title: string; label: string }[];
    };
    expect(page).toMatch(new RegExp(`Samlad bedömning</span><strong>${assessment.overall.label}</strong>`));
    for (const a of assessment.areas) expect(page).toContain(`Målområde: ${a.title}<span class="rollup"> – ${a.label}</span>`);
    for (const k of assessment.councilGoals)
      expect(page).toContain(`Kommunfullmäktigemål: ${k.title}<span class="rollup"> – ${k.label}</span>`);
    const doc = demoFile('vb-2022') as { goals: { id: string; title: string }[] };
    doc.goals.forEach((g, i) =>
      expect(page).toMatch(new RegExp(`data-goal="${g.id}"><td><a [^>]*><span class="num-label">Mål ${i + 1}</span>`)),
    );
  });

  it('shows the texts’ progress, on the overview and in the report list, and filters what waits for my role', async () => {
    await importDoc(report('fix-progress'));
    await accepted('fix-progress');
    await t.request('POST', '/api/v1/reports/fix-progress/goals/g3/suggestions', { body: { text: 'Ett förslag som väntar.' } });
    const page = await html(get('/rapporter/fix-progress'));
    expect(page).toContain('<span class="key accepted">1 godkända</span>, <span class="key pending">1 att granska</span>');
    expect(page).toContain('<span class="key none">3 saknar text</span> av 5 mål.');
    const list = await html(get('/rapporter'));
    expect(list).toMatch(/fix-progress[\s\S]*?1 godkända/);

    const forEditor = await html(get('/rapporter/fix-progress?visa=mina'));
    expect(forEditor.match(/<tr data-goal=/g)).toHaveLength(1);
    expect(forEditor).toContain('data-goal="g3"');
    const forOfficial = await html(get('/rapporter/fix-progress?visa=mina', official));
    expect(forOfficial.match(/<tr data-goal=/g)).toHaveLength(3);
    expect(forOfficial).not.toContain('data-goal="g2"');
  });
});

describe('a goal whose level cannot be computed', () => {
  it('says basis "none" in the API and asks the official to judge on the page, with a reason, before it counts', async () => {
    const doc = report('fix-basis');
    for (const ind of doc.goals[4].indicators) ind.targets = [];
    await importDoc(doc);
    const api = (await (await t.request('GET', '/api/v1/reports/fix-basis/assessment')).json()) as {
      goals: { goalId: string; basis: string }[];
    };
    expect(api.goals.find((g) => g.goalId === 'g5')!.basis).toBe('none');
    expect(api.goals.find((g) => g.goalId === 'g2')!.basis).toBe('outcomes');
    const stateless = (await (await t.request('POST', '/api/v1/assess', { body: doc })).json()) as {
      goals: { goalId: string; basis: string }[];
    };
    expect(stateless.goals.find((g) => g.goalId === 'g5')!.basis).toBe('none');

    const page = await html(get('/rapporter/fix-basis/mal/g5'));
    expect(page).toContain('<strong>Kan inte beräknas</strong>');
    expect(page).toContain('Bedöm nivån själv');
    expect(page).toMatch(/<details class="set-level" open="">/);
    expect(page).not.toContain('(beräknad)');

    const refused = await post('/rapporter/fix-basis/mal/g5/niva', { level: 'delvis', reason: '' }, official);
    expect(refused.status).toBe(400);
    const ok = await post(
      '/rapporter/fix-basis/mal/g5/niva',
      { level: 'delvis', reason: 'Hälften av fordonen är utbytta enligt förvaltningen.' },
      official,
    );
    expect(ok.status).toBe(303);
    const after = await html(get('/rapporter/fix-basis/mal/g5'));
    expect(after).not.toContain('Kan inte beräknas');
    expect(after).toMatch(/Slutlig nivå \(Måluppfyllelse\)<\/span><strong>Delvis uppfyllt<\/strong>/);
  });
});

describe('the goal page', () => {
  it('shows each indicator with its status, trend and a chart whose figures a screen reader gets as a table, kvinnor and män included', async () => {
    const page = await html(get('/rapporter/vb-2022/mal/g2'));
    const assessment = (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as {
      goals: { goalId: string; indicators: { name: string; status: string; trend: string }[] }[];
    };
    const ind = assessment.goals.find((g) => g.goalId === 'g2')!.indicators[0]!;
    const label = { met: 'Etappmålet nås', not_met: 'Etappmålet nås inte', missing: 'Utfall saknas', no_target: 'Inget etappmål' }[
      ind.status
    ];
    expect(page).toContain(`<span class="ind-status ${ind.status}">${label}</span>`);
    expect(page).toMatch(/<span class="trend worsened"><span aria-hidden="true">↑ <\/span>försämrad sedan 2021<\/span>/);
    expect(page).toMatch(/<svg class="chart"[^>]*aria-hidden="true"/);
    expect(page).toContain('<g class="target"><line');
    expect(page).toContain('<g class="series women">');
    // The chart's table: every year with its total, kvinnor and män, and the etappmål.
    expect(page).toMatch(/<th scope="col">Kvinnor<\/th><th scope="col">Män<\/th>/);
    expect(page).toMatch(/<th scope="row">2022<\/th><td>7,8<\/td><td>[\d,]+<\/td><td>[\d,]+<\/td>/);
    expect(page).toMatch(/<th scope="row">Etappmål 2022<\/th><td colspan="3">6,5<\/td>/);
  });

  it('lists the rationale a sentence a line, the notes and activities, and links to the previous and next goal by number', async () => {
    const page = await html(get('/rapporter/vb-2022/mal/g2'));
    expect(page).toMatch(/<details class="rationale"><summary>Så beräknades nivån<\/summary><ul><li>[^<]+<\/li><li>/);
    const doc = demoFile('vb-2022') as { goals: { title: string; notes: string[]; activities: { title: string }[] }[] };
    expect(page).toContain(doc.goals[1]!.notes[0]!.replace(/&/g, '&amp;'));
    expect(page).toContain(`rel="prev">← Mål 1: ${doc.goals[0]!.title}`);
    expect(page).toContain(`rel="next">Mål 3: ${doc.goals[2]!.title} →`);
    const first = await html(get('/rapporter/vb-2022/mal/g1'));
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain(doc.goals[0]!.activities[0]!.title);
  });
});

describe('the preview and the history', () => {
  it('previews the section as printed: accepted texts, "Motivering saknas" elsewhere, each goal linked to its page, the exports beside it', async () => {
    await importDoc(report('fix-preview'));
    await accepted('fix-preview');
    const page = await html(get('/rapporter/fix-preview/forhandsvisning'));
    expect(page).toContain('<h2>Nämndens mål och resultat</h2>');
    expect(page).toMatch(
      /data-goal="g2"><h5><a href="\/rapporter\/fix-preview\/mal\/g2">Nämndmål 2: [^<]+<\/a><\/h5>[\s\S]*?<p class="text">Sjukfrånvaron ökade till 7,8 procent/,
    );
    expect(page).toMatch(/data-goal="g1">[\s\S]*?Motivering saknas\. <a href="\/rapporter\/fix-preview\/mal\/g1">/);
    expect(page).toContain('/rapporter/fix-preview/export?format=docx');
    expect(page).toContain('1 av 5 mål har en godkänd text');
  });

  it('lists the whole report’s history, filterable by person, goal and kind', async () => {
    await importDoc(report('fix-history'));
    await accepted('fix-history');
    await post('/rapporter/fix-history/mal/g5/niva', { level: 'delvis', reason: 'Två elbilar är beställda.' });
    const all = await html(get('/rapporter/fix-history/historik'));
    expect(all).toContain('3 händelser, nyast först.');
    expect(all).toMatch(/<strong>Redaktör Eva<\/strong> om <a href="\/rapporter\/fix-history\/mal\/g5">Mål 5<\/a>: Slutlig nivå sattes/);
    const byEva = await html(get('/rapporter/fix-history/historik?vem=Redakt%C3%B6r+Eva'));
    expect(byEva.match(/<li data-action=/g)).toHaveLength(1);
    const decisions = await html(get('/rapporter/fix-history/historik?typ=beslut'));
    expect(decisions.match(/<li data-action="suggestion.accepted"/g)).toHaveLength(1);
    expect(decisions).not.toContain('data-action="suggestion.created"');
    const g2 = await html(get('/rapporter/fix-history/historik?mal=g2'));
    expect(g2.match(/<li data-action=/g)).toHaveLength(2);
  });
});

describe('undo', () => {
  const view = async (id: string) => (await (await t.request('GET', `/api/v1/suggestions/${id}`)).json()) as View & { status: string };

  it('withdraws an acceptance: the text is back in review and the text it superseded is accepted again, with every event kept', async () => {
    await importDoc(report('fix-undo'));
    const first = await accepted('fix-undo');
    const second = await accepted('fix-undo', `${CLEAN_G2} Andra versionen.`);
    expect((await view(first.id)).status).toBe('superseded');
    const now = await view(second.id);
    const page = await html(get('/rapporter/fix-undo/mal/g2'));
    expect(page).toContain(`action="/forslag/${second.id}/angra"`);

    const res = await post(`/forslag/${second.id}/angra`, { baseVersion: String(now.version) });
    expect(res.status).toBe(303);
    const after = await html(get(res.headers.get('location')!));
    expect(after).toContain('den text den hade ersatt är godkänd igen');
    expect((await view(second.id)).status).toBe('pending');
    expect((await view(first.id)).status).toBe('accepted');
    expect(after).toContain('Godkännandet ångrades; texten väntar på granskning igen.');
    expect(after).toContain('Godkändes igen när godkännandet av den text som ersatt den ångrades.');
    expect(after).toContain('Ersattes av en annan godkänd text.');
  });

  it('withdraws a rejection through the API, and refuses an official', async () => {
    await importDoc(report('fix-undo-2'));
    const s = (await (
      await t.request('POST', '/api/v1/reports/fix-undo-2/goals/g3/suggestions', { body: { text: 'Ett förslag.' } })
    ).json()) as View;
    const rejected = (await (
      await t.request('POST', `/api/v1/suggestions/${s.id}/reject`, { body: { reason: 'För kort.' } })
    ).json()) as View;
    const refused = await t.request('POST', `/api/v1/suggestions/${s.id}/withdraw`, {
      body: { baseVersion: rejected.version },
      token: await t.token('official'),
    });
    expect(refused.status).toBe(403);
    const ok = await t.request('POST', `/api/v1/suggestions/${s.id}/withdraw`, { body: { baseVersion: rejected.version } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { suggestion: { status: string } }).suggestion.status).toBe('pending');
    const again = await t.request('POST', `/api/v1/suggestions/${s.id}/withdraw`, { body: { baseVersion: rejected.version + 1 } });
    expect(again.status).toBe(409);
  });
});

describe('versions of a text', () => {
  it('shows what changed between two versions', async () => {
    const s = (await (
      await t.request('POST', '/api/v1/reports/vb-2022/goals/g4/suggestions', { body: { text: 'Brukarna är nöjda med stödet.' } })
    ).json()) as View;
    await post(`/forslag/${s.id}/redigera`, { text: 'Brukarna är mycket nöjda med stödet.', baseVersion: String(s.version) });
    const page = await html(get('/rapporter/vb-2022/mal/g4'));
    expect(page).toContain('Version 1 → 2');
    expect(page).toMatch(/<p class="diff">Brukarna är <ins>mycket <\/ins>nöjda med stödet\.<\/p>/);
  });
});

describe('the chat page', () => {
  it('lists my earlier conversations about the report, lets me delete one, and says that Enter sends', async () => {
    const token = await t.token('editor', undefined, 'Redaktör Eva');
    const sent = await t.request('POST', '/api/v1/chat', {
      body: { reportId: 'vb-2022', message: 'Hur gick det med sjukfrånvaron?' },
      token,
    });
    expect(sent.status).toBe(200);
    await sent.text();
    const list = (await (await t.request('GET', '/api/v1/chat', { token })).json()) as {
      conversations: { id: string; reportId: string }[];
    };
    const mine = list.conversations.find((x) => x.reportId === 'vb-2022')!;
    const page = await html(get('/rapporter/vb-2022/chatt'));
    expect(page).toContain('Enter skickar, Skift+Enter ger en ny rad.');
    expect(page).toContain(`href="/rapporter/vb-2022/chatt?samtal=${mine.id}"`);
    expect(page).toContain('Hur gick det med sjukfrånvaron?</a>');
    // Someone else cannot delete it.
    expect((await post('/rapporter/vb-2022/chatt/radera', { samtal: mine.id }, official)).status).toBe(404);
    const res = await post('/rapporter/vb-2022/chatt/radera', { samtal: mine.id });
    expect(res.status).toBe(303);
    const after = await html(get(res.headers.get('location')!));
    expect(after).toContain('Samtalet är raderat.');
    expect(after).not.toContain(`samtal=${mine.id}`);
    expect((await get(`/rapporter/vb-2022/chatt?samtal=${mine.id}`)).status).toBe(404);
  });

  it('shows officials no configuration text', async () => {
    const page = await html(get('/rapporter/vb-2022/chatt', official));
    expect(page).not.toMatch(/OPENAI|miljövariabel|konfigurera/i);
  });
});

describe('data in the app', () => {
  it('lets an official correct a goal’s notes and activities: in the history, and the accepted text flagged stale with old → new', async () => {
    await importDoc(report('fix-data'));
    await accepted('fix-data');
    const before = await html(get('/rapporter/fix-data/mal/g2', official));
    const notes = /<textarea id="kommentarer"[^>]*>([^<]*)<\/textarea>/.exec(before)![1]!.replace(/&amp;/g, '&').split('\n');
    const changedNote = 'Sjukfrånvaron har följts upp varje månad.';
    const res = await post(
      '/rapporter/fix-data/mal/g2/underlag',
      { notes: [changedNote, ...notes.slice(1)].join('\n'), activities: 'Hälsoinsats för chefer – Pågår' },
      official,
    );
    expect(res.status).toBe(303);
    const page = await html(get('/rapporter/fix-data/mal/g2'));
    expect(page).toContain(`<li>${changedNote}</li>`);
    expect(page).toContain('Hälsoinsats för chefer<span class="muted"> – Pågår</span>');
    expect(page).toContain(`Kommentar: saknas → ${changedNote}`);
    expect(page).toContain('Aktivitet: saknas → Hälsoinsats för chefer (Pågår)');
    expect(page).toMatch(/<strong>Handläggare Anna<\/strong>: Ändrade underlaget: Kommentar/);
    const view = (await (await t.request('GET', '/api/v1/reports/fix-data/suggestions?status=accepted')).json()) as
      { suggestions?: { stale: boolean }[] } | { stale: boolean }[];
    const list = Array.isArray(view) ? view : (view.suggestions ?? []);
    expect(list.some((s) => s.stale)).toBe(true);
  });

  it('lets an admin, and only an admin, correct a figure: the stale text says which figure changed', async () => {
    await importDoc(report('fix-figure'));
    await accepted('fix-figure');
    const admin = await signIn(await t.token('admin', undefined, 'Admin Ada'));
    const byEditor = await post('/rapporter/fix-figure/mal/g2/varde', { indicatorId: 'sjukfranvaro-totalt', period: '2022', value: '8,1' });
    expect(byEditor.status).toBe(403);
    expect(await byEditor.text()).toContain('Bara en administratör');
    expect(await html(get('/rapporter/fix-figure/mal/g2'))).not.toContain('Rätta en siffra');
    const res = await post(
      '/rapporter/fix-figure/mal/g2/varde',
      { indicatorId: 'sjukfranvaro-totalt', period: '2022', value: '8,1' },
      admin,
    );
    expect(res.status).toBe(303);
    const page = await html(get('/rapporter/fix-figure/mal/g2', admin));
    expect(page).toContain('Sjukfrånvaro totalt 2022: 7,8 → 8,1');
    expect(page).toMatch(/<strong>Admin Ada<\/strong>: Rättade en siffra: Sjukfrånvaro totalt 2022: 7,8 → 8,1/);
    const bad = await post(
      '/rapporter/fix-figure/mal/g2/varde',
      { indicatorId: 'sjukfranvaro-totalt', period: '2022', value: 'mycket' },
      admin,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="mycket"');
  });
});
