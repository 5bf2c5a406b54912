import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';
import { partYearReport } from '../helpers/part-year';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

interface Section {
  id: string;
  kind: string;
  title: string;
  level?: { id: string; label: string };
  status: string;
  goals: string[];
}
interface Suggestion {
  id: string;
  text: string;
  verified: boolean;
  findings: { severity: string; code: string }[];
  provenance: { mode: string };
  version: number;
  status: string;
  stale: boolean;
  sectionId?: string;
}

const sections = async (id: string) =>
  ((await (await t.request('GET', `/api/v1/reports/${id}/sections`)).json()) as { sections: Section[] }).sections;
const draft = async (id: string, sectionId: string) => {
  const res = await t.request('POST', `/api/v1/reports/${id}/sections/${encodeURIComponent(sectionId)}/drafts`, {
    body: { mode: 'offline' },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Suggestion;
};
const accept = async (s: Suggestion) => {
  const res = await t.request('POST', `/api/v1/suggestions/${s.id}/accept`, { body: { baseVersion: s.version } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Suggestion;
};

describe('report-level sections over the API', () => {
  it('lists the sections in the seeds order with their levels and the status of their texts', async () => {
    const list = await sections('vb-2022');
    expect(list.map((s) => s.kind)).toEqual([...Array(5).fill('samlad-bedomning'), 'sammanfattning', 'forbattringsomraden']);
    expect(list[0]).toMatchObject({
      id: 'samlad-bedomning:skattemedel-anvands-effektivt',
      title: 'Samlad bedömning: Skattemedel används effektivt',
      status: 'none',
      goals: ['g1'],
    });
    expect(list.every((s) => s.kind === 'forbattringsomraden' || s.level !== undefined)).toBe(true);
  });

  it('drafts every section offline, verified and clean, answering like a goal draft', async () => {
    for (const s of await sections('vb-2022')) {
      const d = await draft('vb-2022', s.id);
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'text', 'verified', 'findings', 'provenance']));
      expect(
        d.findings.filter((f) => f.severity === 'error'),
        `${s.id}: ${d.text}`,
      ).toEqual([]);
      expect(d.verified).toBe(true);
      expect(d.provenance.mode).toBe('offline');
      expect(d.sectionId).toBe(s.id);
    }
    expect((await sections('vb-2022')).every((s) => s.status === 'pending')).toBe(true);
  });

  it('checks a section text by sectionId, and names a wrong count of goals', async () => {
    const assessment = await (await t.request('GET', '/api/v1/reports/vb-2022/assessment')).json();
    const ejCount = assessment.goals.filter((g: { level: string }) => g.level === 'ej').length;
    const words = ['Inget', 'Ett', 'Två', 'Tre', 'Fyra', 'Fem'];
    const ok = await t.request('POST', '/api/v1/check', {
      body: { reportId: 'vb-2022', sectionId: 'sammanfattning', text: `${words[ejCount]} av fem nämndmål bedöms som ej uppfyllt.` },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).ok).toBe(true);
    const res = await t.request('POST', '/api/v1/check', {
      body: { reportId: 'vb-2022', sectionId: 'sammanfattning', text: `${words[ejCount + 1]} av fem nämndmål bedöms som ej uppfyllt.` },
    });
    const wrong = await res.json();
    expect(wrong.ok).toBe(false);
    expect(wrong.findings.map((f: { code: string }) => f.code)).toContain('rollup_count');
    const both = await t.request('POST', '/api/v1/check', {
      body: { reportId: 'vb-2022', sectionId: 'sammanfattning', goalId: 'g1', text: 'x' },
    });
    expect(both.status).toBe(400);
    const missing = await t.request('POST', '/api/v1/check', { body: { reportId: 'vb-2022', sectionId: 'finns-inte', text: 'x' } });
    expect(missing.status).toBe(404);
  });

  it('accepts a section text, lists it and its history by sectionId, and makes it stale when a goal beneath gets a new accepted text', async () => {
    const sectionId = 'samlad-bedomning:skattemedel-anvands-effektivt';
    const d = await draft('vb-2022', sectionId);
    const accepted = await accept(d);
    expect(accepted.status).toBe('accepted');
    const listed = await (
      await t.request('GET', `/api/v1/reports/vb-2022/suggestions?sectionId=${encodeURIComponent(sectionId)}&status=accepted`)
    ).json();
    expect(listed.suggestions.map((s: Suggestion) => s.id)).toEqual([d.id]);
    const history = await (await t.request('GET', `/api/v1/reports/vb-2022/history?sectionId=${encodeURIComponent(sectionId)}`)).json();
    expect(history.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['suggestion.created', 'suggestion.accepted']),
    );
    expect(history.events.every((e: { sectionId?: string }) => e.sectionId === sectionId)).toBe(true);

    const goalDraft = await (await t.request('POST', '/api/v1/reports/vb-2022/goals/g1/drafts', { body: { mode: 'offline' } })).json();
    await t.request('POST', `/api/v1/suggestions/${goalDraft.id}/accept`, {
      body: { baseVersion: goalDraft.version, override: { reason: 'test' } },
    });
    const after = await (await t.request('GET', `/api/v1/suggestions/${d.id}`)).json();
    expect(after.stale).toBe(true);
    expect((await sections('vb-2022')).find((s) => s.id === sectionId)!.status).toBe('stale');
  });
});

describe('the delårsrapport per 31 mars over the API', () => {
  it('drafts the sammanfattning and the economy paragraph clean; a changed economy figure makes both stale', async () => {
    await t.request('POST', '/api/v1/reports', { body: partYearReport('dr-api') });
    expect((await sections('dr-api')).map((s) => s.id)).toEqual(['sammanfattning', 'ekonomi']);
    const eco = await accept(await draft('dr-api', 'ekonomi'));
    const summary = await accept(await draft('dr-api', 'sammanfattning'));
    expect(eco.verified && summary.verified).toBe(true);
    const published = await t.request('POST', '/api/v1/check', {
      body: {
        reportId: 'dr-api',
        sectionId: 'ekonomi',
        text: 'Socialnämndens nettokostnader per mars månad är 100,9 miljoner kronor. Det är 9 miljoner mindre än motsvarande period 2018.',
      },
    });
    expect((await published.json()).errors).toBe(0);

    const changed = partYearReport('dr-api');
    const total = changed.economy!.tables[1]!.rows.find((r) => r.id === 'summa')!;
    total.values['prognos-2019'] = 424.1;
    total.values['avvikelse-2019'] = -6.1;
    const res = await t.request('POST', '/api/v1/reports', { body: changed });
    const body = await res.json();
    expect(body.staleSuggestions).toEqual(expect.arrayContaining([eco.id, summary.id]));
    const now = await (await t.request('GET', `/api/v1/suggestions/${eco.id}`)).json();
    expect(now.stale).toBe(true);
    expect(now.findings.some((f: { code: string }) => f.code === 'ungrounded_number')).toBe(true);
  });

  it('checks a section text against a report sent inline, by sectionId', async () => {
    const res = await t.request('POST', '/api/v1/check', {
      body: {
        report: partYearReport('inline'),
        sectionId: 'ekonomi',
        text: 'Prognosen för helåret är 422,9 miljoner kronor, en avvikelse mot budget på plus 4,9 miljoner kronor.',
      },
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ reportId: 'inline', sectionId: 'ekonomi', kind: 'ekonomi', ok: false });
    expect(body.findings.map((f: { code: string }) => f.code)).toEqual(['economy_sign']);
  });

  it('an economy change leaves a text that did not use the economy alone', async () => {
    await t.request('POST', '/api/v1/reports', { body: partYearReport('dr-keep') });
    const eco = await accept(await draft('dr-keep', 'ekonomi'));
    const same = partYearReport('dr-keep');
    same.goals[0]!.notes = ['En ny anteckning utan betydelse för ekonomin.'];
    const body = await (await t.request('POST', '/api/v1/reports', { body: same })).json();
    expect(body.staleSuggestions ?? []).not.toContain(eco.id);
  });
});

describe('export of the whole section', () => {
  it('prints samlad bedömning, sammanfattning and förbättringsområden before the goals and the ekonomi with its tables after, in every format', async () => {
    await t.request('POST', '/api/v1/reports', { body: partYearReport('dr-export') });
    const eco = await accept(await draft('dr-export', 'ekonomi'));
    await accept(await draft('dr-export', 'sammanfattning'));
    const md = await (await t.request('GET', '/api/v1/reports/dr-export/export?format=md')).text();
    const at = (s: string) => md.indexOf(s);
    expect(at('## Sammanfattning')).toBeGreaterThan(0);
    expect(at('## Sammanfattning')).toBeLessThan(at('## Målområde: Attraktiv arbetsgivare'));
    expect(at('## Ekonomi')).toBeGreaterThan(at('#### Nämndmål: Ökad delaktighet'));
    expect(md).toContain(eco.text.split('. ')[0]!);
    expect(md).toContain('| Driftredovisning (mnkr) | Budget helår | Prognos helår |');
    expect(md).toContain('| Summa nämnd | 418 | 422,9 | −4,9 |');
    const vb = await (await t.request('GET', '/api/v1/reports/vb-2022/export?format=md')).text();
    expect(vb.indexOf('## Samlad bedömning: Skattemedel används effektivt')).toBeLessThan(vb.indexOf('## Sammanfattning'));
    expect(vb.indexOf('## Sammanfattning')).toBeLessThan(vb.indexOf('## Förbättringsområden'));
    expect(vb.indexOf('## Förbättringsområden')).toBeLessThan(vb.indexOf('## Målområde:'));
    const docx = await t.request('GET', '/api/v1/reports/dr-export/export?format=docx');
    expect(docx.status).toBe(200);
    const html = await (await t.request('GET', '/api/v1/reports/dr-export/export?format=html')).text();
    expect(html).toContain('<h2>Ekonomi</h2>');
  });
});

describe('activities and their follow-up', () => {
  it("lists every activity with its status as printed, the map's reading of it, and its follow-up checked", async () => {
    const doc = partYearReport('dr-act');
    doc.goals[1]!.activities![0]!.followUp = 'Arbetet löper enligt plan.';
    doc.goals[0]!.activities![0]!.status = 'Grön';
    doc.goals[0]!.activities![0]!.followUp = 'Arbetet har inte påbörjats.';
    await t.request('POST', '/api/v1/reports', { body: doc });
    const { activities } = await (await t.request('GET', '/api/v1/reports/dr-act/activities')).json();
    const byTitle = (s: string) => activities.find((a: { title: string }) => a.title.startsWith(s));
    expect(byTitle('Arbeta fram en ny rutin')).toMatchObject({ status: 'Ej påbörjad', statusClass: 'not-started' });
    expect(byTitle('Arbeta fram en ny rutin').findings.map((f: { code: string }) => f.code)).toEqual(['activity_status']);
    expect(byTitle('Ta fram struktur')).toMatchObject({ status: 'Grön', statusClass: null, findings: [] });
    expect(byTitle('Fortsatt arbete')).toMatchObject({ statusClass: 'on-track', findings: [] });
  });
});
