/**
 * @module The limits on what one request may ask of the service, in one place (docs/limits.md
 * lists them): body sizes per route, JSON nesting, and the size of a report document (goals,
 * indicators, values, text). A request over a limit gets 413 with a Swedish message before any
 * work starts.
 */

const KB = 1024;
const MB = 1024 * KB;

/** Body limits by path, first match wins; the last rule is the default. */
export const BODY_LIMITS: readonly { match: RegExp; bytes: number; what: string }[] = [
  { match: /^\/api\/v1\/(reports|assess|check)\/?$/, bytes: 10 * MB, what: 'import, stateless assessment and check (a whole report)' },
  { match: /^\/slack\//, bytes: 64 * KB, what: 'Slack commands' },
  { match: /^\/(logga-in|logga-ut)$/, bytes: 16 * KB, what: 'sign-in and sign-out' },
  { match: /./, bytes: 1 * MB, what: 'everything else (texts, chat, forms)' },
];

/** Deepest nesting of arrays and objects in a JSON body (a report document needs about 7). */
export const MAX_JSON_DEPTH = 32;

export function formatBytes(n: number): string {
  if (n >= MB) return `${n / MB} MB`;
  return `${n / KB} kB`;
}

/**
 * The size of one report document. A large municipality's whole annual report has a few hundred
 * goals and a few thousand indicators; these leave room for that, and bound what one request can
 * ask of the service (the .docx export of a report at these limits takes seconds of CPU, run off
 * the event loop).
 */
export const REPORT_LIMITS = {
  goals: 300,
  indicators: 3_000,
  /** Outcomes and targets together, over all indicators. */
  values: 30_000,
  /** Any one text in the document (a title, a note, an activity), in characters. */
  textChars: 20_000,
} as const;

type Counted = { goals: number; indicators: number; values: number; longestText: number; longestAt: string };

/** Counts a raw (not yet validated) document cheaply, tolerating any shape. */
export function measureReport(raw: unknown): Counted {
  const out: Counted = { goals: 0, indicators: 0, values: 0, longestText: 0, longestAt: '' };
  const goals = (raw as { goals?: unknown })?.goals;
  if (Array.isArray(goals)) {
    out.goals = goals.length;
    for (const g of goals) {
      const inds = (g as { indicators?: unknown })?.indicators;
      if (!Array.isArray(inds)) continue;
      out.indicators += inds.length;
      for (const i of inds) {
        const v = (i as { values?: unknown })?.values;
        const t = (i as { targets?: unknown })?.targets;
        if (Array.isArray(v)) out.values += v.length;
        if (Array.isArray(t)) out.values += t.length;
      }
    }
  }
  // The path is kept as a list and written out only for a new longest text: building it for every
  // one of a large report's strings cost more than the rest of the walk.
  const path: (string | number)[] = [];
  const written = () => path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key), '');
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > out.longestText) {
        out.longestText = v.length;
        out.longestAt = written();
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        path.push(k);
        walk(x);
        path.pop();
      }
    }
  };
  walk(raw);
  return out;
}

const sv = (n: number) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

/** The first limit a raw document goes over, as a Swedish sentence; undefined when within all. */
export function reportOverLimit(raw: unknown): { message: string; field: string } | undefined {
  const m = measureReport(raw);
  const L = REPORT_LIMITS;
  if (m.goals > L.goals)
    return { field: 'goals', message: `Rapporten har ${sv(m.goals)} mål; högst ${sv(L.goals)} tas emot i en rapport. Dela upp den.` };
  if (m.indicators > L.indicators)
    return {
      field: 'goals',
      message: `Rapporten har ${sv(m.indicators)} indikatorer; högst ${sv(L.indicators)} tas emot i en rapport. Dela upp den.`,
    };
  if (m.values > L.values)
    return {
      field: 'goals',
      message: `Rapporten har ${sv(m.values)} utfall och målvärden; högst ${sv(L.values)} tas emot i en rapport. Dela upp den.`,
    };
  if (m.longestText > L.textChars)
    return {
      field: m.longestAt,
      message: `Fältet ${m.longestAt} har ${sv(m.longestText)} tecken; högst ${sv(L.textChars)} tas emot i ett fält.`,
    };
  return undefined;
}
