/**
 * @module A client for Kolada's public REST API (v3; the routes and response shapes of the
 * Hypergene/kolada description): KPI search and metadata, and data per KPI × area × year with
 * `gender` T/K/M. Plain `fetch`, so it runs on Node and on Workers; follows `next_page`, retries
 * 429 and 5xx with backoff, gives up after a timeout, and keeps what it fetched in memory.
 */
import { DEFAULT_KOLADA_BASE_URL } from '../config';
import type { KoladaFigure, KoladaGender } from '../domain/kolada';

export { DEFAULT_KOLADA_BASE_URL };

export interface KoladaKpi {
  id: string;
  title: string;
  description?: string;
  /** Kolada's hint that the KPI may have values for kvinnor and män. */
  dividedByGender: boolean;
  /** K (kommun), L (region) or A (both). */
  municipalityType?: string;
  hasOuData?: boolean;
  publicationDate?: string | null;
  prelPublicationDate?: string | null;
}

export interface KoladaOptions {
  baseUrl?: string;
  /** Defaults to the global fetch, looked up at each call (so msw and tests see it). */
  fetch?: typeof fetch;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx, a timeout or a network error. */
  maxRetries?: number;
  /** The first backoff; it doubles with each attempt (a 429's Retry-After wins, up to maxBackoffMs). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Municipalities per data request (Kolada accepts comma-separated ids; the URL length is the limit). */
  areasPerRequest?: number;
  /** KPIs per data request. */
  kpisPerRequest?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** How long a fetched answer is reused (Kolada publishes a few times a year; a pull should still see today's). */
  cacheTtlMs?: number;
  now?: () => number;
}

export class KoladaError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly url: string,
  ) {
    super(message);
  }
}

interface Page<T> {
  values: T[];
  count?: number;
  next_page?: string | null;
}

interface RawData {
  kpi: string;
  municipality?: string;
  ou?: string;
  period: string | number;
  values: { gender: string; count?: number; status?: string | null; value: number | null }[];
}

interface RawKpi {
  id: string;
  title: string;
  description?: string;
  is_divided_by_gender?: number | boolean;
  municipality_type?: string;
  has_ou_data?: boolean;
  publication_date?: string | null;
  prel_publication_date?: string | null;
}

const MAX_PAGES = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const chunk = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export type KoladaClient = ReturnType<typeof createKoladaClient>;

export function createKoladaClient(options: KoladaOptions = {}) {
  const base = (options.baseUrl ?? DEFAULT_KOLADA_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRetries = options.maxRetries ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const areasPerRequest = Math.min(options.areasPerRequest ?? 20, 20);
  const kpisPerRequest = options.kpisPerRequest ?? 10;
  const concurrency = options.concurrency ?? 4;
  const cacheTtlMs = options.cacheTtlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; pending: Promise<unknown[]> }>();
  const stats = { requests: 0, retries: 0, cacheHits: 0 };

  async function attempt(
    url: string,
  ): Promise<{ ok: true; body: unknown } | { ok: false; retry: boolean; wait?: number; error: KoladaError }> {
    const doFetch = options.fetch ?? globalThis.fetch;
    stats.requests++;
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      res = await doFetch(url, { headers: { accept: 'application/json' }, signal });
    } catch (err) {
      const timedOut = signal.aborted;
      const message = timedOut
        ? `Kolada svarade inte inom ${timeoutMs / 1000} sekunder.`
        : `Kolada gick inte att nå (${(err as Error).message}).`;
      return { ok: false, retry: true, error: new KoladaError(message, null, url) };
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel().catch(() => undefined);
      const after = Number(res.headers.get('retry-after'));
      const wait = Number.isFinite(after) && after >= 0 ? Math.min(after * 1000, maxBackoffMs) : undefined;
      const message =
        res.status === 429 ? 'Kolada begränsar antalet anrop just nu (429).' : `Kolada svarade med ett serverfel (${res.status}).`;
      return { ok: false, retry: true, wait, error: new KoladaError(message, res.status, url) };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, retry: false, error: new KoladaError(`Kolada svarade ${res.status} på ${url}.`, res.status, url) };
    }
    try {
      return { ok: true, body: await res.json() };
    } catch (err) {
      const timedOut = signal.aborted;
      const message = timedOut
        ? `Kolada svarade inte inom ${timeoutMs / 1000} sekunder.`
        : `Kolada skickade ett svar som inte är JSON (${(err as Error).message}).`;
      return { ok: false, retry: timedOut, error: new KoladaError(message, res.status, url) };
    }
  }

  async function getJson(url: string): Promise<unknown> {
    for (let n = 0; ; n++) {
      const r = await attempt(url);
      if (r.ok) return r.body;
      if (!r.retry || n >= maxRetries) throw r.error;
      stats.retries++;
      await sleep(r.wait ?? Math.min(backoffMs * 2 ** n, maxBackoffMs) * (0.75 + Math.random() * 0.5));
    }
  }

  /** Every page of a list answer, following `next_page`; cached by URL while the client lives. */
  function getAll<T>(url: string): Promise<T[]> {
    const hit = cache.get(url);
    if (hit && now() - hit.at < cacheTtlMs) {
      stats.cacheHits++;
      return hit.pending as Promise<T[]>;
    }
    const pending = (async () => {
      const out: T[] = [];
      let next: string | null | undefined = url;
      for (let pages = 0; next; pages++) {
        if (pages >= MAX_PAGES) throw new KoladaError(`Kolada gav fler än ${MAX_PAGES} sidor för ${url}.`, null, url);
        const body = (await getJson(next)) as Page<T>;
        if (!body || !Array.isArray(body.values)) throw new KoladaError(`Kolada svarade utan "values" på ${next}.`, null, next);
        out.push(...body.values);
        next = body.next_page || null;
      }
      return out;
    })();
    cache.set(url, { at: now(), pending });
    pending.catch(() => cache.delete(url));
    // Bounded: the oldest answers go first.
    if (cache.size > 500) cache.delete(cache.keys().next().value!);
    return pending;
  }

  async function inBatches<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
  }

  const toFigures = (rows: RawData[]): KoladaFigure[] =>
    rows.flatMap((row) =>
      row.values.flatMap((v) => {
        const gender = v.gender as KoladaGender;
        if (gender !== 'T' && gender !== 'K' && gender !== 'M') return [];
        const area = row.municipality ?? row.ou;
        if (!area) return [];
        const value = typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null;
        return [{ kpi: row.kpi, area, period: String(row.period), gender, value, ...(v.status ? { status: v.status } : {}) }];
      }),
    );

  const list = (ids: (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(',');

  return {
    baseUrl: base,
    stats,

    /** KPIs whose title contains the text (Kolada's own search). */
    async searchKpi(title: string): Promise<KoladaKpi[]> {
      const rows = await getAll<RawKpi>(`${base}/kpi?title=${encodeURIComponent(title)}`);
      return rows.map(toKpi);
    },

    /** Metadata for the given KPI ids. */
    async getKpis(ids: string[]): Promise<KoladaKpi[]> {
      if (ids.length === 0) return [];
      const rows = (await inBatches(chunk(ids, 20), (part) => getAll<RawKpi>(`${base}/kpi/${list(part)}`))).flat();
      return rows.map(toKpi);
    },

    /** Figures for KPIs × municipalities (or counties, riket) × years, every gender Kolada has. */
    async getData(input: { kpis: string[]; municipalities: string[]; years: number[] }): Promise<KoladaFigure[]> {
      if (!input.kpis.length || !input.municipalities.length || !input.years.length) return [];
      const urls = chunk(input.kpis, kpisPerRequest).flatMap((kpis) =>
        chunk(input.municipalities, areasPerRequest).map(
          (areas) => `${base}/data/kpi/${list(kpis)}/municipality/${list(areas)}/year/${list(input.years)}`,
        ),
      );
      return (await inBatches(urls, (url) => getAll<RawData>(url))).flatMap(toFigures);
    },

    /** Figures for a KPI measured per organisational unit. */
    async getUnitData(input: { kpi: string; ous: string[]; years: number[] }): Promise<KoladaFigure[]> {
      if (!input.ous.length || !input.years.length) return [];
      const urls = chunk(input.ous, areasPerRequest).map(
        (ous) => `${base}/oudata/kpi/${list([input.kpi])}/ou/${list(ous)}/year/${list(input.years)}`,
      );
      return (await inBatches(urls, (url) => getAll<RawData>(url))).flatMap(toFigures);
    },

    /** How many data requests a pull of these KPIs and areas takes, before paging (for subrequest budgets). */
    requestsFor(input: { kpis: number; municipalities: number; units: number }): number {
      return Math.ceil(input.kpis / kpisPerRequest) * Math.ceil(input.municipalities / areasPerRequest) + input.units;
    },
  };
}

function toKpi(r: RawKpi): KoladaKpi {
  return {
    id: r.id,
    title: r.title,
    ...(r.description ? { description: r.description } : {}),
    dividedByGender: r.is_divided_by_gender === 1 || r.is_divided_by_gender === true,
    ...(r.municipality_type ? { municipalityType: r.municipality_type } : {}),
    ...(r.has_ou_data !== undefined ? { hasOuData: r.has_ou_data } : {}),
    ...(r.publication_date !== undefined ? { publicationDate: r.publication_date } : {}),
    ...(r.prel_publication_date !== undefined ? { prelPublicationDate: r.prel_publication_date } : {}),
  };
}
