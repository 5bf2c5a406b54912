/**
 * @module msw handlers for Kolada's v3 API, answering exactly the documented shapes
 * (Hypergene/kolada: `{ count, values, next_page? }`; data rows `{ kpi, municipality, period,
 * values: [{ gender, count, status, value }] }`), with paging, and per-test failures (429, 5xx,
 * a timeout). Records every URL asked for. No Node imports.
 *
 * The fixture: Huddinge's (0126) totals are the figures the verksamhetsberättelse 2022 prints for
 * its Kolada KPIs (N30001, N30005, U35544, U33607, U33601). Every other figure — kön, riket,
 * länet, the 2022 values the report did not have, the KPIs with ids starting with X — is
 * SYNTHETIC, made up for tests, and marked so below; none of it is Kolada's.
 */
import { delay, http, HttpResponse } from 'msw';

export const KOLADA_TEST_BASE = 'https://kolada.test/v3';

export interface MockKpi {
  id: string;
  title: string;
  is_divided_by_gender: 0 | 1;
  municipality_type?: string;
}

/** kpi → area → year → gender → [value, status?] */
export type MockData = Record<string, Record<string, Record<string, Partial<Record<'T' | 'K' | 'M', [number | null, string?]>>>>>;

export const fixtureKpis: MockKpi[] = [
  { id: 'N30001', title: 'Nettokostnadsavvikelse individ- och familjeomsorg, (%)', is_divided_by_gender: 0, municipality_type: 'K' },
  { id: 'N30005', title: 'Nettokostnad individ- och familjeomsorg, kr/inv', is_divided_by_gender: 0, municipality_type: 'K' },
  {
    id: 'U35544',
    title: 'Brukarbedömning missbruksvård IFO - förbättrad situation, andel (%)',
    is_divided_by_gender: 1,
    municipality_type: 'K',
  },
  {
    id: 'U33607',
    title: '17-åringar folkbokförda i Sverige som fullföljt grundskolan. Placerade, ej hela årkurs 9, andel (%)',
    is_divided_by_gender: 1,
    municipality_type: 'K',
  },
  {
    id: 'U33601',
    title: '17-åringar som fullföljt grundskolan. Placerade under hela årkurs 9, andel (%)',
    is_divided_by_gender: 1,
    municipality_type: 'K',
  },
  // SYNTHETIC search entries (ids with X are not Kolada's).
  { id: 'X00001', title: 'Förvärvsarbetande invånare 20-64 år, andel (%) (syntetisk)', is_divided_by_gender: 1, municipality_type: 'K' },
  {
    id: 'X00002',
    title: 'Förvärvsarbetande utrikes födda 20-64 år, andel (%) (syntetisk)',
    is_divided_by_gender: 1,
    municipality_type: 'A',
  },
  { id: 'X00003', title: 'Förvärvsarbetande invånare, antal (syntetisk)', is_divided_by_gender: 0, municipality_type: 'K' },
];

export function fixtureData(): MockData {
  return {
    // No gender split (a cost figure): only T. 2020 and 2021 as the seed prints them.
    N30001: {
      '0126': { '2020': { T: [-16.8] }, '2021': { T: [-22.1] }, '2022': { T: [-12.5, 'Preliminär'] /* SYNTHETIC */ } },
      '0000': { '2020': { T: [0] }, '2021': { T: [0] }, '2022': { T: [0] } }, // SYNTHETIC
      '0001': { '2020': { T: [-5] }, '2021': { T: [-6] }, '2022': { T: [-4] } }, // SYNTHETIC
    },
    N30005: {
      '0126': { '2020': { T: [3926] }, '2021': { T: [3804] } }, // 2022 missing: "a missing year"
      '0000': { '2020': { T: [4500] }, '2021': { T: [4600] } }, // SYNTHETIC
      '0001': { '2020': { T: [4100] }, '2021': { T: [4200] } }, // SYNTHETIC
    },
    U35544: {
      // T as the seed prints it; K and M SYNTHETIC.
      '0126': { '2020': { T: [85] }, '2021': { T: [81] }, '2022': { T: [91], K: [96], M: [84] } },
      '0000': { '2020': { T: [78] }, '2021': { T: [79] }, '2022': { T: [80], K: [82], M: [78] } }, // SYNTHETIC
      '0001': { '2020': { T: [80] }, '2021': { T: [81] }, '2022': { T: [82] } }, // SYNTHETIC
    },
    U33607: { '0126': { '2020': { T: [71.7] } } },
    U33601: { '0126': { '2020': { T: [70] } } },
  };
}

export interface KoladaMock {
  handlers: ReturnType<typeof http.get>[];
  /** Every URL asked for, in order. */
  requests: string[];
  data: MockData;
}

/**
 * Handlers over a dataset. `pageSize` makes long answers come in pages (`next_page`), as Kolada
 * does past 5 000 rows. The `fail` queue answers the next requests with a status (429, 500…) or
 * `'timeout'` (never answers) before the dataset is served again.
 */
export function koladaMock(
  opts: { base?: string; kpis?: MockKpi[]; data?: MockData; pageSize?: number; fail?: (number | 'timeout')[] } = {},
): KoladaMock {
  const base = opts.base ?? KOLADA_TEST_BASE;
  const kpis = opts.kpis ?? fixtureKpis;
  const data = opts.data ?? fixtureData();
  const fail = [...(opts.fail ?? [])];
  const requests: string[] = [];

  const paged = (url: URL, values: unknown[]) => {
    const size = Number(url.searchParams.get('per_page')) || opts.pageSize || 5000;
    const page = Number(url.searchParams.get('page')) || 1;
    const slice = values.slice((page - 1) * size, page * size);
    const body: Record<string, unknown> = { count: slice.length, values: slice };
    if (page * size < values.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      body.next_page = next.toString();
    }
    if (page > 1) {
      const prev = new URL(url);
      prev.searchParams.set('page', String(page - 1));
      body.previous_page = prev.toString();
    }
    return HttpResponse.json(body);
  };

  const failure = async () => {
    const next = fail.shift();
    if (next === undefined) return undefined;
    if (next === 'timeout') {
      await delay('infinite');
      return undefined;
    }
    // An empty body, as msw's interceptor can hang on error bodies with retries (docs/toolchain).
    return new HttpResponse(null, { status: next, headers: next === 429 ? { 'retry-after': '0' } : {} });
  };

  const rows = (kpiIds: string[], areas: string[], years: string[], areaKey: 'municipality' | 'ou') =>
    kpiIds.flatMap((kpi) =>
      areas.flatMap((area) =>
        years.flatMap((year) => {
          const genders = data[kpi]?.[area]?.[year];
          if (!genders) return [];
          const values = (Object.entries(genders) as [string, [number | null, string?]][]).map(([gender, [value, status]]) => ({
            count: 1,
            gender,
            status: status ?? '',
            value,
          }));
          return [{ kpi, [areaKey]: area, period: Number(year), values }];
        }),
      ),
    );
  const split = (s: string | readonly string[] | undefined) =>
    String(s ?? '')
      .split(',')
      .filter(Boolean);

  const handlers = [
    http.get(`${base}/kpi`, async ({ request }) => {
      requests.push(request.url);
      const failed = await failure();
      if (failed) return failed;
      const url = new URL(request.url);
      const title = (url.searchParams.get('title') ?? '').toLowerCase();
      return paged(
        url,
        kpis.filter((k) => k.title.toLowerCase().includes(title)),
      );
    }),
    http.get(`${base}/kpi/:ids`, async ({ request, params }) => {
      requests.push(request.url);
      const failed = await failure();
      if (failed) return failed;
      const ids = new Set(split(params.ids));
      return paged(
        new URL(request.url),
        kpis.filter((k) => ids.has(k.id)),
      );
    }),
    http.get(`${base}/data/kpi/:kpis/municipality/:areas/year/:years`, async ({ request, params }) => {
      requests.push(request.url);
      const failed = await failure();
      if (failed) return failed;
      return paged(new URL(request.url), rows(split(params.kpis), split(params.areas), split(params.years), 'municipality'));
    }),
    http.get(`${base}/oudata/kpi/:kpis/ou/:ous/year/:years`, async ({ request, params }) => {
      requests.push(request.url);
      const failed = await failure();
      if (failed) return failed;
      return paged(new URL(request.url), rows(split(params.kpis), split(params.ous), split(params.years), 'ou'));
    }),
  ];
  return { handlers, requests, data };
}
