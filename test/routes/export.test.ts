import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';

const G2 = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';
// A wrong figure (so the acceptance needs a reason) and markup that must never run.
const HOSTILE = 'Nettokostnadsavvikelsen var −25,1 procent 2021. <script>alert("x")</script> <img src=x onerror=alert(1)>';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
  for (const [goalId, text, reason] of [
    ['g2', G2, undefined],
    ['g1', HOSTILE, 'Testar att inget körs.'],
  ] as const) {
    const s = (await (await t.request('POST', `/api/v1/reports/vb-2022/goals/${goalId}/suggestions`, { body: { text } })).json()) as {
      id: string;
      version: number;
    };
    const res = await t.request('POST', `/api/v1/suggestions/${s.id}/accept`, {
      body: { baseVersion: s.version, ...(reason ? { override: { reason } } : {}) },
    });
    expect(res.status).toBe(200);
  }
  // A pending text is not part of the report.
  await t.request('POST', '/api/v1/reports/vb-2022/goals/g3/suggestions', { body: { text: 'Ett förslag som ingen har godkänt.' } });
});
afterAll(() => t.close());

const exportAs = (format: string, token?: string) =>
  t.request('GET', `/api/v1/reports/vb-2022/export?format=${format}`, token ? { token } : {});

describe('export of "Nämndens mål och resultat"', () => {
  it('writes Markdown laid out like the published report, with Swedish numbers and the missing texts marked', async () => {
    const res = await exportAs('md');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="vb-2022.md"');
    const md = await res.text();
    expect(md).toMatch(/^# Nämndens mål och resultat$/m);
    expect(md).toContain('## Målområde: God ekonomi och effektiv verksamhet - ekonomisk hållbarhet');
    expect(md).toContain('### Kommunfullmäktigemål: Huddinge kommun är en attraktiv arbetsgivare');
    expect(md).toContain('#### Nämndmål: Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling');
    expect(md).toContain('Måluppfyllelse: **Ej uppfyllt**');
    expect(md).toContain('**Motivering till bedömning av måluppfyllelse**');
    expect(md).toContain(G2);
    // g3, g4, g5 have no accepted text (g3 only a pending one): marked, not left out.
    expect(md.match(/\*Motivering saknas\.\*/g)).toHaveLength(3);
    expect(md).not.toContain('Ett förslag som ingen har godkänt');
    expect(md).toContain('#### Nämndmål: Barn och vuxna upplever en förbättrad situation efter beviljat stöd från socialtjänsten');
    // The indicator table: periods, etappmål, målvärde, and figures written the Swedish way.
    expect(md).toContain('| Indikatorer | 2020 | 2021 | 2022 | Etappmål | Målvärde 2030 |');
    expect(md).toContain('| Sjukfrånvaro totalt (%) | 8 | 7 | 7,8 | 6,5 |  |');
    expect(md).toContain('| Nettokostnad individ- och familjeomsorg (kr/invånare) | 3\u00a0926 | 3\u00a0804 | – | Minska |  |');
    expect(md).toContain('\u221216,8');
    expect(md).toContain('Publiceras sommaren 2023');
  });

  it('escapes raw HTML people wrote: a <script> paragraph stays text in Markdown and HTML', async () => {
    const md = await (await exportAs('md')).text();
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(md).not.toMatch(/<script|<img/i);

    const res = await exportAs('html');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('filename="vb-2022.html"');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<h1>Nämndens mål och resultat</h1>');
    expect(html).toContain('<em>Motivering saknas.</em>');
    expect(html).toMatch(/<th[^>]*>Målvärde 2030<\/th>/);
    expect(html).toContain('Sjukfrånvaron ökade till 7,8 procent 2022');
  });

  it('writes a real Word document whose text and tables read back', async () => {
    const res = await exportAs('docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain('filename="vb-2022.docx"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    const text = paragraphs
      .join('\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(paragraphs).toContain('Nämndens mål och resultat');
    expect(paragraphs).toContain('Målområde: God ekonomi och effektiv verksamhet - ekonomisk hållbarhet');
    expect(paragraphs).toContain('Kommunfullmäktigemål: Skattemedel används effektivt');
    expect(paragraphs).toContain('Nämndmål: Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling');
    expect(paragraphs).toContain('Måluppfyllelse: Ej uppfyllt');
    expect(paragraphs).toContain('Motivering till bedömning av måluppfyllelse');
    expect(paragraphs).toContain(G2);
    expect(paragraphs.filter((p) => p === 'Motivering saknas.')).toHaveLength(3);
    expect(text).toContain('<script>alert("x")</script>'); // text in Word, which runs nothing
    // Real tables: one per goal with indicators, header row first.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(5);
    const rows = [...tables[1]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]),
    );
    expect(rows).toEqual([
      ['Indikatorer', '2020', '2021', '2022', 'Etappmål', 'Målvärde'],
      ['Sjukfrånvaro totalt (%)', '8', '7', '7,8', '6,5', ''],
    ]);
  });

  it('gives the section model as JSON, with a summary', async () => {
    const res = await exportAs('json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const section = (await res.json()) as {
      title: string;
      summary: unknown;
      areas: { councilGoals: { goals: { goalId: string; motivation: { status: string; overrideReason?: string } }[] }[] }[];
    };
    expect(section.title).toBe('Nämndens mål och resultat');
    expect(section.summary).toEqual({ goals: 5, accepted: 2, missing: 3, stale: 0 });
    const goals = section.areas.flatMap((a) => a.councilGoals.flatMap((c) => c.goals));
    expect(goals.map((g) => g.goalId)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
    expect(goals[0]!.motivation).toMatchObject({ status: 'accepted', overrideReason: 'Testar att inget körs.' });
  });

  it('refuses an unknown format naming the field, and another organisation gets 404', async () => {
    const bad = await exportAs('pdf');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('format');
    const other = await exportAs('md', await t.token('editor', 'annan-kommun'));
    expect(other.status).toBe(404);
  });
});
