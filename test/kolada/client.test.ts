import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKoladaClient, KoladaError } from '../../src/kolada';
import { KOLADA_TEST_BASE, koladaMock } from '../mocks/kolada';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (opts: Parameters<typeof createKoladaClient>[0] = {}) =>
  createKoladaClient({ baseUrl: KOLADA_TEST_BASE, backoffMs: 1, maxRetries: 2, ...opts });

describe('Kolada client', () => {
  it('reads values per gender for KPI × municipalities × years, including riket and the county', async () => {
    const mock = koladaMock();
    server.use(...mock.handlers);
    const figures = await client().getData({ kpis: ['U35544'], municipalities: ['0126', '0000', '0001'], years: [2021, 2022] });
    expect(mock.requests).toEqual([`${KOLADA_TEST_BASE}/data/kpi/U35544/municipality/0126,0000,0001/year/2021,2022`]);
    const of = (area: string, period: string, gender: string) =>
      figures.find((f) => f.area === area && f.period === period && f.gender === gender)?.value;
    expect(of('0126', '2022', 'T')).toBe(91);
    expect(of('0126', '2022', 'K')).toBe(96);
    expect(of('0126', '2022', 'M')).toBe(84);
    expect(of('0000', '2022', 'T')).toBe(80);
    expect(of('0126', '2021', 'K')).toBeUndefined();
  });

  it('keeps Kolada’s status (a preliminary figure) and leaves out a missing year', async () => {
    server.use(...koladaMock().handlers);
    const figures = await client().getData({ kpis: ['N30001', 'N30005'], municipalities: ['0126'], years: [2022] });
    expect(figures).toEqual([{ kpi: 'N30001', area: '0126', period: '2022', gender: 'T', value: -12.5, status: 'Preliminär' }]);
  });

  it('follows next_page until the last page', async () => {
    const mock = koladaMock({ pageSize: 2 });
    server.use(...mock.handlers);
    const figures = await client().getData({ kpis: ['U35544'], municipalities: ['0126', '0000', '0001'], years: [2020, 2021, 2022] });
    expect(mock.requests.length).toBe(5); // 9 rows, 2 per page
    expect(new Set(figures.map((f) => `${f.area}/${f.period}`)).size).toBe(9);
  });

  it('asks for at most 20 municipalities per request', async () => {
    const mock = koladaMock();
    server.use(...mock.handlers);
    const areas = Array.from({ length: 45 }, (_, i) => String(100 + i).padStart(4, '0'));
    await client().getData({ kpis: ['U35544'], municipalities: areas, years: [2022] });
    expect(mock.requests.map((u) => decodeURIComponent(u).split('/municipality/')[1]!.split('/')[0]!.split(',').length)).toEqual([
      20, 20, 5,
    ]);
  });

  it('retries a 429 and a 5xx with backoff, then answers', async () => {
    const mock = koladaMock({ fail: [429, 503] });
    server.use(...mock.handlers);
    const c = client();
    const figures = await c.getData({ kpis: ['U33601'], municipalities: ['0126'], years: [2020] });
    expect(figures.map((f) => f.value)).toEqual([70]);
    expect(mock.requests.length).toBe(3);
    expect(c.stats.retries).toBe(2);
  });

  it('gives up with a Swedish error once the retries are spent', async () => {
    server.use(...koladaMock({ fail: [500, 500, 500] }).handlers);
    const err = await client()
      .searchKpi('sjuk')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KoladaError);
    expect((err as KoladaError).status).toBe(500);
    expect((err as Error).message).toMatch(/serverfel/);
  });

  it('times out a request that never answers, and retries it', async () => {
    const mock = koladaMock({ fail: ['timeout'] });
    server.use(...mock.handlers);
    const figures = await client({ timeoutMs: 100 }).getData({ kpis: ['U33607'], municipalities: ['0126'], years: [2020] });
    expect(figures.map((f) => f.value)).toEqual([71.7]);
    expect(mock.requests.length).toBe(2);
  });

  it('reports a timeout when every attempt times out', async () => {
    server.use(...koladaMock({ fail: ['timeout', 'timeout'] }).handlers);
    const err = await client({ timeoutMs: 50, maxRetries: 1 })
      .getKpis(['N30001'])
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/svarade inte inom/);
  });

  it('does not ask twice for what it already fetched', async () => {
    const mock = koladaMock();
    server.use(...mock.handlers);
    const c = client();
    await c.getData({ kpis: ['U35544'], municipalities: ['0126'], years: [2022] });
    await c.getData({ kpis: ['U35544'], municipalities: ['0126'], years: [2022] });
    expect(mock.requests.length).toBe(1);
    expect(c.stats.cacheHits).toBe(1);
  });

  it('searches KPIs by title and says which are divided by gender', async () => {
    const mock = koladaMock();
    server.use(...mock.handlers);
    const kpis = await client().searchKpi('förvärvsarbetande');
    expect(mock.requests[0]).toBe(`${KOLADA_TEST_BASE}/kpi?title=f%C3%B6rv%C3%A4rvsarbetande`);
    expect(kpis.map((k) => [k.id, k.dividedByGender])).toEqual([
      ['X00001', true],
      ['X00002', true],
      ['X00003', false],
    ]);
  });

  it('does not retry a 404 (a retired route)', async () => {
    const mock = koladaMock({ fail: [404] });
    server.use(...mock.handlers);
    const err = await client()
      .getKpis(['N30001'])
      .catch((e: unknown) => e);
    expect((err as KoladaError).status).toBe(404);
    expect(mock.requests.length).toBe(1);
  });
});

describe('Kolada client, unit data', () => {
  it('reads a KPI for organisational units from the oudata route', async () => {
    // A synthetic value for a made-up unit id.
    const data = { U26421: { V15E012600101: { '2022': { T: [88 as number | null] as [number | null] } } } };
    const mock = koladaMock({ data });
    server.use(...mock.handlers);
    const figures = await client().getUnitData({ kpi: 'U26421', ous: ['V15E012600101'], years: [2022] });
    expect(mock.requests).toEqual([`${KOLADA_TEST_BASE}/oudata/kpi/U26421/ou/V15E012600101/year/2022`]);
    expect(figures).toEqual([{ kpi: 'U26421', area: 'V15E012600101', period: '2022', gender: 'T', value: 88 }]);
  });
});
