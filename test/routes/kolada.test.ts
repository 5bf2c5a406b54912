/**
 * Kolada end to end over the real app and database, Kolada itself answered by msw: a pull makes a
 * new revision, flags the texts whose figures changed, never silently overwrites a typed value,
 * and the previous revision can be restored.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackCommand } from '../../src/cli/slack';
import { DEMO_ORG, demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { messageText } from '../mocks/slack';
import { SLACK_ENV, slash } from '../helpers/slack';
import { KOLADA_TEST_BASE, koladaMock } from '../mocks/kolada';

const server = setupServer();
let t: TestApp;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp({ ...SLACK_ENV, KOLADA_BASE_URL: KOLADA_TEST_BASE, KOLADA_TIMEOUT_MS: '1000' });
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  server.close();
  t.close();
});

const MISSBRUK = 'brukarbedomning-missbruksvard-ifo-forbattrad-situation-andel';
const AVVIKELSE = 'nettokostnadsavvikelse-individ-och-familjeomsorg';
type Change = {
  goalId: string;
  indicatorId: string;
  period: string;
  field: string;
  old: unknown;
  new: unknown;
  typed: boolean;
  applied: boolean;
};
type Pull = { changes: Change[]; revision: number | null; previousRevision: number; staleSuggestions: string[]; requests: number };
type Value = {
  period: string;
  value: number | null;
  note?: string;
  breakdown?: Record<string, number>;
  comparisons?: Record<string, number>;
  source?: { name: string; status?: string };
};
type Doc = { goals: { id: string; indicators: { id: string; values: Value[] }[] }[] };

async function importAs(id: string, edit?: (doc: any) => void) {
  const doc = demoFile('vb-2022') as any;
  doc.report.id = id;
  edit?.(doc);
  const res = await t.request('POST', '/api/v1/reports', { body: doc });
  expect(res.status).toBe(201);
}

const admin = () => t.token('admin');
async function pull(id: string, body?: unknown) {
  return t.request('POST', `/api/v1/reports/${id}/kolada`, { token: await admin(), ...(body !== undefined ? { body } : {}) });
}
async function exported(id: string): Promise<Doc> {
  return (await (await t.request('GET', `/api/v1/reports/${id}`)).json()) as Doc;
}
const valueOf = (doc: Doc, goal: string, ind: string, period: string) =>
  doc.goals
    .find((g) => g.id === goal)!
    .indicators.find((i) => i.id === ind)!
    .values.find((v) => v.period === period);

describe('POST /api/v1/reports/:id/kolada', () => {
  it('fills an empty value, adds kön and comparisons with riket and länet, as a new revision', async () => {
    server.use(...koladaMock().handlers);
    await importAs('k-1');
    const res = await pull('k-1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Pull;
    expect(body.previousRevision).toBe(1);
    expect(body.revision).toBe(2);
    // Every change in the documented shape.
    for (const c of body.changes) expect(Object.keys(c)).toEqual(expect.arrayContaining(['indicatorId', 'period', 'old', 'new', 'typed']));
    expect(body.changes).toContainEqual(
      expect.objectContaining({
        indicatorId: AVVIKELSE,
        period: '2022',
        field: 'value',
        old: null,
        new: -12.5,
        typed: false,
        applied: true,
      }),
    );

    const doc = await exported('k-1');
    const filled = valueOf(doc, 'g1', AVVIKELSE, '2022')!;
    expect(filled).toMatchObject({ value: -12.5, source: { name: 'kolada', status: 'Preliminär' }, comparisons: { riket: 0, länet: -4 } });
    expect(filled.note).toBeUndefined(); // "Publiceras sommaren 2023" no longer holds
    expect(filled.breakdown).toBeUndefined(); // N30001 is not divided by gender
    const missbruk = valueOf(doc, 'g4', MISSBRUK, '2022')!;
    expect(missbruk).toMatchObject({ value: 91, breakdown: { kvinnor: 96, män: 84 }, comparisons: { riket: 80, länet: 82 } });
    // The value people typed equals Kolada's: it keeps being theirs.
    expect(missbruk.source).toBeUndefined();
    // A year Kolada does not have is left as it was.
    expect(valueOf(doc, 'g1', 'nettokostnad-individ-och-familjeomsorg', '2022')).toMatchObject({ value: null });

    const assessment = (await (await t.request('GET', '/api/v1/reports/k-1/assessment')).json()) as {
      differences: { indicatorId: string; difference: number }[];
    };
    expect(assessment.differences).toContainEqual(expect.objectContaining({ indicatorId: MISSBRUK, difference: 12 }));

    // Pulling again changes nothing and makes no revision.
    const again = (await (await pull('k-1')).json()) as Pull;
    expect(again.changes).toEqual([]);
    expect(again.revision).toBeNull();
  });

  it('lists an overwrite of a typed value and applies it only when accepted', async () => {
    server.use(...koladaMock().handlers);
    await importAs('k-2', (doc) => {
      doc.goals[3].indicators.find((i: { id: string }) => i.id === MISSBRUK).values.find((v: Value) => v.period === '2021').value = 79;
    });
    const first = (await (await pull('k-2')).json()) as Pull;
    const typed = first.changes.filter((c) => c.typed);
    expect(typed).toEqual([
      expect.objectContaining({ indicatorId: MISSBRUK, period: '2021', field: 'value', old: 79, new: 81, applied: false }),
    ]);
    expect(valueOf(await exported('k-2'), 'g4', MISSBRUK, '2021')!.value).toBe(79);

    const second = (await (await pull('k-2', { accept: [{ indicatorId: MISSBRUK, period: '2021' }] })).json()) as Pull;
    expect(second.changes).toEqual([expect.objectContaining({ period: '2021', typed: true, applied: true })]);
    expect(valueOf(await exported('k-2'), 'g4', MISSBRUK, '2021')).toMatchObject({ value: 81, source: { name: 'kolada' } });
  });

  it('flags an accepted text whose figures changed, and restores the previous revision', async () => {
    server.use(...koladaMock().handlers);
    await importAs('k-3');
    const text = 'Andelen inom missbruksvården som upplever en förbättrad situation ökade till 91 procent 2022.';
    const created = (await (await t.request('POST', '/api/v1/reports/k-3/goals/g4/suggestions', { body: { text } })).json()) as {
      id: string;
      version: number;
    };
    const accepted = await t.request('POST', `/api/v1/suggestions/${created.id}/accept`, {
      body: { baseVersion: created.version, override: { reason: 'Godkänd i testet.' } },
    });
    expect(accepted.status).toBe(200);

    const result = (await (await pull('k-3')).json()) as Pull;
    expect(result.staleSuggestions).toEqual([created.id]);
    const after = (await (await t.request('GET', `/api/v1/suggestions/${created.id}`)).json()) as { stale: boolean; text: string };
    expect(after).toMatchObject({ stale: true, text });

    const revisions = (await (await t.request('GET', '/api/v1/reports/k-3/revisions')).json()) as {
      current: number;
      revisions: { revision: number; origin: string }[];
    };
    expect(revisions.current).toBe(2);
    expect(revisions.revisions.map((r) => [r.revision, r.origin])).toEqual([
      [2, 'kolada'],
      [1, 'import'],
    ]);
    const restore = await t.request('POST', '/api/v1/reports/k-3/revisions/1/restore', { token: await admin() });
    expect(restore.status).toBe(200);
    expect(await restore.json()).toMatchObject({ restored: 1, revision: 3 });
    const restored = valueOf(await exported('k-3'), 'g1', AVVIKELSE, '2022')!;
    expect(restored).toEqual({ period: '2022', value: null, note: 'Publiceras sommaren 2023' });
  });

  it('end to end: pull → new revision → stale flag → an offline draft that cites kön and riket, checked clean', async () => {
    server.use(...koladaMock().handlers);
    // The goal's one indicator is then the decisive one, so the draft speaks of its groups and riket.
    await importAs('k-e2e', (doc) => {
      doc.goals[3].indicators = doc.goals[3].indicators.filter((i: { id: string }) => i.id === MISSBRUK);
    });
    const text = 'Andelen inom missbruksvården som upplever en förbättrad situation ökade till 91 procent 2022.';
    const created = (await (await t.request('POST', '/api/v1/reports/k-e2e/goals/g4/suggestions', { body: { text } })).json()) as {
      id: string;
      version: number;
    };
    expect(
      (
        await t.request('POST', `/api/v1/suggestions/${created.id}/accept`, {
          body: { baseVersion: created.version, override: { reason: 'Godkänd i testet.' } },
        })
      ).status,
    ).toBe(200);

    const pulled = (await (await pull('k-e2e')).json()) as Pull;
    expect(pulled.revision).toBe(2);
    expect(pulled.staleSuggestions).toEqual([created.id]);

    const draft = (await (await t.request('POST', '/api/v1/reports/k-e2e/goals/g4/drafts', { body: { mode: 'offline' } })).json()) as {
      text: string;
      findings: { severity: string; code: string }[];
    };
    // The notable gap between kvinnor (96) and män (84) that the pull brought is told in the draft.
    expect(draft.text).toMatch(/kvinnor[^.]*96 procent[^.]*84 procent[^.]*män/);
    // …and so is the telling comparison with riket (80).
    expect(draft.text).toMatch(/91 procent, mot 80 procent i riket|80 procent i riket/);
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);

    // A text that names the indicator in its own words and cites kön and riket is checked against the pulled figures.
    const cites =
      'Andelen inom missbruksvården som upplever en förbättrad situation var 91 procent 2022, för kvinnor 96 procent och för män 84 procent, mot 80 procent i riket.';
    const check = async (body: string) =>
      (await (await t.request('POST', '/api/v1/check', { body: { reportId: 'k-e2e', goalId: 'g4', text: body } })).json()) as {
        errors: number;
      };
    expect((await check(cites)).errors).toBe(0);
    expect((await check(cites.replace('för män 84 procent', 'för män 86 procent'))).errors).toBeGreaterThan(0);
    expect((await check(cites.replace('mot 80 procent i riket', 'mot 85 procent i riket'))).errors).toBeGreaterThan(0);
  });

  it('a dry run answers the changes and stores nothing', async () => {
    server.use(...koladaMock().handlers);
    await importAs('k-4');
    const body = (await (await pull('k-4', { dryRun: true, years: '2022' })).json()) as Pull;
    expect(body.revision).toBeNull();
    expect(body.changes.length).toBeGreaterThan(0);
    expect(body.changes.every((c) => c.period === '2022' && !c.applied)).toBe(true);
    expect(valueOf(await exported('k-4'), 'g1', AVVIKELSE, '2022')!.value).toBeNull();
  });

  it('is for administrators, and says which field is wrong', async () => {
    await importAs('k-5');
    const editor = await t.request('POST', '/api/v1/reports/k-5/kolada', { token: await t.token('editor') });
    expect(editor.status).toBe(403);
    const badYears = await pull('k-5', { years: 'förra året' });
    expect(badYears.status).toBe(400);
    expect(((await badYears.json()) as { error: { field: string } }).error.field).toBe('years');
    const badAccept = await pull('k-5', { accept: [{ indicatorId: MISSBRUK, period: '2021-13' }] });
    expect(badAccept.status).toBe(400);
  });

  it('asks for the municipality’s Kolada id when the organisation has none', async () => {
    await importAs('k-6', (doc) => delete doc.organisation.kolada);
    const res = await pull('k-6');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { field: string; message: string } };
    expect(error.field).toBe('organisation.kolada.municipality');
    // Put the id back for the other tests sharing the organisation.
    await importAs('k-6b');
  });

  it('answers 502 and changes nothing when Kolada keeps failing', async () => {
    server.use(...koladaMock({ fail: [503, 503, 503, 503, 503] }).handlers);
    await importAs('k-7');
    // A year no earlier test asked for, so the app's cache of Kolada answers does not answer it.
    const res = await pull('k-7', { years: [2018] });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Kolada/);
    expect(valueOf(await exported('k-7'), 'g1', AVVIKELSE, '2022')!.value).toBeNull();
  });
});

describe('GET /api/v1/kolada/kpi', () => {
  it('lists matching KPIs with whether they are divided by gender', async () => {
    server.use(...koladaMock().handlers);
    const res = await t.request('GET', `/api/v1/kolada/kpi?title=${encodeURIComponent('förvärvsarbetande')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kpis: { id: string; dividedByGender: boolean }[] };
    expect(body.kpis.map((k) => k.id)).toEqual(['X00001', 'X00002', 'X00003']);
    expect(body.kpis[2]!.dividedByGender).toBe(false);
  });

  it('asks for a search text', async () => {
    const res = await t.request('GET', '/api/v1/kolada/kpi?title=');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('title');
  });
});

describe('Kolada figures where people read them', () => {
  beforeEach(() => server.use(...koladaMock().handlers));
  beforeAll(async () => {
    server.use(...koladaMock().handlers);
    await importAs('k-show');
    expect((await pull('k-show')).status).toBe(200);
  });

  it('the goal page shows kön and comparisons beside the indicator, with "Källa: Kolada"', async () => {
    const html = await (await t.request('GET', '/rapporter/k-show/mal/g4')).text();
    const section = html.slice(html.indexOf('id="grupper-och-jamforelser"'));
    expect(section).toMatch(/Brukarbedömning missbruksvård IFO - förbättrad situation, andel<\/strong> 2022:/);
    expect(section).toContain('kvinnor 96 procent, män 84 procent');
    expect(section).toContain('riket 80 procent, länet 82 procent');
    expect(section).toContain('Skillnad att analysera');
    expect(section).toContain('Källa: Kolada');
    const g1 = await (await t.request('GET', '/rapporter/k-show/mal/g1')).text();
    expect(g1).toMatch(/Nettokostnadsavvikelse individ- och familjeomsorg<\/strong> 2022 \(preliminärt\):/);
  });

  it('the goal page searches Kolada’s KPIs for linking an indicator', async () => {
    const html = await (await t.request('GET', `/rapporter/k-show/mal/g2?kolada=${encodeURIComponent('förvärvsarbetande')}`)).text();
    expect(html).toContain('<code>X00001</code> Förvärvsarbetande invånare 20-64 år, andel (%) (syntetisk) (kvinnor/män)');
    expect(html).toMatch(/<code>X00003<\/code> Förvärvsarbetande invånare, antal \(syntetisk\)<\/li>/);
    const none = await (await t.request('GET', '/rapporter/k-show/mal/g2?kolada=zzzz')).text();
    expect(none).toContain('Inga nyckeltal i Kolada matchar &quot;zzzz&quot;.');
  });

  it('the export attributes Kolada figures and lists groups and comparisons', async () => {
    const md = await (await t.request('GET', '/api/v1/reports/k-show/export?format=md')).text();
    expect(md).toContain(
      'Brukarbedömning missbruksvård IFO - förbättrad situation, andel (%) 2022: kvinnor 96 procent, män 84 procent; riket 80 procent, länet 82 procent.',
    );
    expect(md).toMatch(
      /\*Källa: Kolada \(Nettokostnadsavvikelse individ- och familjeomsorg; Nettokostnad individ- och familjeomsorg\)\.\*/,
    );
  });

  it('/indikator answers with the groups and comparisons, and names Kolada', async () => {
    await slackCommand(t.db, ['link', '--team', 'T0KOLADA', '--org', DEMO_ORG, '--report', 'k-show'], () => undefined);
    const { status, body } = await slash(t, 'missbruksvård', { team_id: 'T0KOLADA' });
    expect(status).toBe(200);
    const text = messageText(body);
    expect(text).toContain('*Per grupp 2022:* kvinnor 96 procent, män 84 procent');
    expect(text).toContain('*Jämförelse 2022:* riket 80 procent, länet 82 procent');
    expect(text).toContain('Källa: Kolada');
  });
});

describe('a pull bigger than one call may make', () => {
  it('is refused before anything is fetched, with the CLI command to run instead', async () => {
    const small = await makeTestApp({ KOLADA_BASE_URL: KOLADA_TEST_BASE, KOLADA_MAX_REQUESTS: '1' });
    try {
      const mock = koladaMock();
      server.use(...mock.handlers);
      const doc = demoFile('vb-2022') as any;
      doc.report.id = 'k-big';
      // Eleven linked KPIs (synthetic ids) need two data requests of ten KPIs each.
      doc.goals[0].indicators = Array.from({ length: 11 }, (_, i) => ({
        id: `x${i}`,
        name: `Nyckeltal ${i}`,
        better: 'higher',
        source: `Kolada X${String(i).padStart(5, '0')}`,
      }));
      expect((await small.request('POST', '/api/v1/reports', { body: doc })).status).toBe(201);
      const res = await small.request('POST', '/api/v1/reports/k-big/kolada', { token: await small.token('admin') });
      expect(res.status).toBe(409);
      const { error } = (await res.json()) as { error: { message: string; details: { requestsNeeded: number; command: string } } };
      expect(error.details).toMatchObject({ requestsNeeded: 2, command: 'npm run cli -- kolada pull k-big' });
      expect(error.message).toContain('npm run cli -- kolada pull k-big');
      expect(mock.requests).toEqual([]);
    } finally {
      small.close();
    }
  });
});
