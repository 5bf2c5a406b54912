import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let editorCookie: string;
let officialCookie: string;

async function signIn(token: string) {
  const body = new URLSearchParams({ token });
  return t.app.request('/logga-in', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
const get = (path: string, cookie = editorCookie) => t.app.request(path, { headers: { cookie } });
const post = (path: string, fields: Record<string, string>, cookie = editorCookie) =>
  t.app.request(path, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });

type ApiSection = { id: string; kind: string; title: string; level?: { label: string }; status: string };
async function apiSections(): Promise<ApiSection[]> {
  return ((await (await t.request('GET', '/api/v1/reports/vb-2022/sections')).json()) as { sections: ApiSection[] }).sections;
}
const sectionHref = (id: string) => `/rapporter/vb-2022/avsnitt/${encodeURIComponent(id)}`;

beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  editorCookie = cookieOf(await signIn(await t.token('editor', undefined, 'Redaktör Eva')));
  officialCookie = cookieOf(await signIn(await t.token('official', undefined, 'Handläggare Anna')));
});
afterAll(() => t.close());

describe('report-level sections on the pages', () => {
  it('lists every section of the report on the overview with its level, text status and link', async () => {
    const sections = await apiSections();
    expect(sections.map((s) => s.kind)).toContain('samlad-bedomning');
    const html = await (await get('/rapporter/vb-2022')).text();
    expect(html).toContain('Texter för hela rapporten');
    for (const s of sections) {
      expect(html).toContain(`href="${sectionHref(s.id).replace(/&/g, '&amp;')}"`);
      expect(html).toContain(s.title);
      if (s.level) expect(html).toContain(s.level.label);
    }
  });

  it('drafts a section from its page, shows the draft checked, and an editor accepts it into the preview before the goals', async () => {
    const sections = await apiSections();
    const summary = sections.find((s) => s.kind === 'sammanfattning')!;
    const drafted = await post(`${sectionHref(summary.id)}/utkast`, {}, officialCookie);
    expect(drafted.status).toBe(303);
    const location = drafted.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${sectionHref(summary.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?klart=utkast&forslag=`));
    const page = await (await get(location, officialCookie)).text();
    expect(page).toContain('Ett nytt utkast är skrivet');
    expect(page).toContain('väntar på granskning');
    expect(page).not.toContain('class="accept"'); // an official cannot accept

    const list = (await (
      await t.request('GET', `/api/v1/reports/vb-2022/suggestions?sectionId=${encodeURIComponent(summary.id)}`)
    ).json()) as {
      suggestions: { id: string; version: number; text: string }[];
    };
    const draft = list.suggestions[0]!;
    const editorPage = await (await get(sectionHref(summary.id))).text();
    expect(editorPage).toContain(`action="/forslag/${draft.id}/godkann"`);
    const accepted = await post(`/forslag/${draft.id}/godkann`, { baseVersion: String(draft.version), replaces: '' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`${sectionHref(summary.id)}?klart=godkand`);
    const after = await (await get(accepted.headers.get('location')!)).text();
    expect(after).toContain('Texten är godkänd och ingår nu i rapporten.');
    expect(after).toMatch(/Redaktör Eva<\/strong>: Godkändes\./);

    const overview = await (await get('/rapporter/vb-2022')).text();
    const row = overview.slice(overview.indexOf(`data-section="${summary.id}"`));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('class="badge accepted">godkänd<');

    const preview = await (await get('/rapporter/vb-2022/forhandsvisning')).text();
    const firstWords = draft.text.split(/\s+/).slice(0, 6).join(' ');
    const at = preview.indexOf(firstWords.replace(/&/g, '&amp;'));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(preview.indexOf('class="printed-goal"'));
    // The council goals' samlad bedömning come before the sammanfattning, as in the seeds.
    const council = sections.find((s) => s.kind === 'samlad-bedomning')!;
    expect(preview.indexOf(`data-section="${council.id}"`)).toBeLessThan(preview.indexOf(`data-section="${summary.id}"`));
  });

  it('keeps an own text that was refused and shows the section page again with the reason', async () => {
    const sections = await apiSections();
    const res = await post(`${sectionHref(sections[0]!.id)}/forslag`, { text: '   ' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<h1>${sections[0]!.title}</h1>`);
    expect(html).toContain('Texten: skriv en text');
  });

  it('answers a missing section with a Swedish page naming it', async () => {
    const res = await get('/rapporter/vb-2022/avsnitt/finns-inte');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Avsnittet &quot;finns-inte&quot; finns inte');
  });
});

describe('differences to analyse', () => {
  it('shows no list when no difference reaches the report’s rule', async () => {
    const assessment = (await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json()) as { differences: unknown[] };
    expect(assessment.differences).toEqual([]);
    expect(await (await get('/rapporter/vb-2022')).text()).not.toContain('Skillnader att analysera');
  });

  it('lists the report’s notable group differences on the overview, in the preview and the exports, each with its goal', async () => {
    // The same report with a stricter rule (2 procentenheter): sjukfrånvaron's kvinnor 7,4 / män 9,7 becomes notable.
    const doc = demoFile('vb-2022');
    doc.report.id = 'vb-gap';
    doc.report.rules = { ...(doc.report.rules ?? {}), gap: { points: 2 } };
    expect((await t.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
    const assessment = (await (await t.request('GET', '/api/v1/reports/vb-gap/assessment')).json()) as {
      differences: { goalId: string; name: string }[];
    };
    expect(assessment.differences.length).toBeGreaterThan(0);
    const overview = await (await get('/rapporter/vb-gap')).text();
    const preview = await (await get('/rapporter/vb-gap/forhandsvisning')).text();
    const md = await (await get('/rapporter/vb-gap/export?format=md')).text();
    for (const html of [overview, preview]) {
      const list = html.slice(html.indexOf('Skillnader att analysera'));
      expect(list.length).toBeLessThan(html.length);
      for (const d of assessment.differences) {
        expect(list).toContain(`href="/rapporter/vb-gap/mal/${encodeURIComponent(d.goalId)}"`);
        expect(list).toContain(d.name);
      }
    }
    expect(md).toContain('## Skillnader att analysera');
    for (const d of assessment.differences) expect(md).toContain(d.name);
    expect(md.indexOf('## Skillnader att analysera')).toBeGreaterThan(md.indexOf('#### Nämndmål'));
    const html = await (await get('/rapporter/vb-gap/export?format=html')).text();
    expect(html).toContain('<h2>Skillnader att analysera</h2>');
    const docx = unzipSync(new Uint8Array(await (await get('/rapporter/vb-gap/export?format=docx')).arrayBuffer()));
    const xml = strFromU8(docx['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(paragraphs).toContain('Skillnader att analysera');
    for (const d of assessment.differences) expect(paragraphs.some((p) => p.startsWith('Mål ') && p.includes(d.name))).toBe(true);
  });
});
