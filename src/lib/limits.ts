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
