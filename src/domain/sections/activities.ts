/**
 * @module Activity follow-up (utvecklingsåtaganden, riskåtgärder, aktiviteter): the documented map
 * from the statuses reports print and the phrases texts use to a few classes, so "löper enligt
 * plan" can be checked against a recorded "Påbörjad". A status the map does not know gives no
 * class and never an error.
 */

export type ActivityClass = 'on-track' | 'not-started' | 'delayed' | 'done';

export const activityClassLabels: Record<ActivityClass, string> = {
  'on-track': 'pågår enligt plan',
  'not-started': 'inte påbörjad',
  delayed: 'försenad eller avviker från planen',
  done: 'genomförd',
};

/**
 * Recorded status (as the report prints it) → class. Tried in order; the first match wins, so
 * negated forms come before the plain ones ("Ej påbörjad" before "påbörjad").
 */
export const STATUS_MAP: readonly { pattern: RegExp; cls: ActivityClass }[] = [
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:ej|inte)\s+(?:påbörja[dt]s?|startat?|startad)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))ej\s+startad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))planerad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'not-started',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:ej|inte)\s+klar[ta]?\s+i\s+år(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))försenad?e?(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))avvikelse(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))avvik\p{L}*|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))stoppad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))pausad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))i\s+risk(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))behind(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'delayed',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:färdig|klar|genomförd|avslutad|slutförd|klart)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?!\s+i\s+år)/iu,
    cls: 'done',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))enligt\s+plan(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))påbörjad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))pågår(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))pågående(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:troligen|blir)\s+klart?\s+i\s+år(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))startad(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'on-track',
  },
];

/** The class of a recorded status, or null when the map does not know it (then nothing is checked). */
export function statusClass(status: string | undefined): ActivityClass | null {
  if (!status?.trim()) return null;
  return STATUS_MAP.find((m) => m.pattern.test(status))?.cls ?? null;
}

/**
 * Phrases in running text that claim a status. Negated and future forms first: "har inte
 * påbörjats" and "kommer att påbörjas" say not started, "löper enligt plan" says on track.
 */
export const CLAIM_PHRASES: readonly { pattern: RegExp; cls: ActivityClass }[] = [
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:har|hade)\s+(?:ännu\s+)?(?:inte|ej)\s+(?:på)?börjats?(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:inte|ej)\s+(?:har\s+)?påbörjat?s?(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))kommer\s+att\s+påbörjas(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))ska\s+påbörjas(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))påbörjas\s+under(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'not-started',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:har\s+)?(?:blivit\s+)?(?:något\s+)?försenad?e?t?s?(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))ligger\s+efter(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))avviker\s+från\s+plan\p{L}*|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:inte|ej)\s+enligt\s+plan(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))fått\s+stå\s+tillbaka(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'delayed',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:löper|pågår|fortgår|går|fortskrider|genomförs)\s+(?:\p{L}+\s+){0,3}?enligt\s+plan(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))enligt\s+plan(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'on-track',
  },
  {
    pattern:
      /(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))(?:är|har\s+varit)\s+(?:nu\s+)?(?:genomförd|klar|färdig|avslutad|slutförd)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))|(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))har\s+(?:genomförts|slutförts|avslutats)(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))/iu,
    cls: 'done',
  },
];

/** Which recorded classes a claimed class fits: "enligt plan" fits a finished activity too. */
export function claimFits(claim: ActivityClass, recorded: ActivityClass): boolean {
  if (claim === recorded) return true;
  return claim === 'on-track' && recorded === 'done';
}

export interface StatusClaim {
  cls: ActivityClass;
  start: number;
  end: number;
}

/** The status claims in a piece of text, without overlaps, first pattern first. */
export function statusClaims(text: string): StatusClaim[] {
  const out: StatusClaim[] = [];
  for (const { pattern, cls } of CLAIM_PHRASES) {
    const re = new RegExp(pattern.source, 'giu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((c) => c.start < end && start < c.end)) continue;
      // "ligger ... enligt plan" inside a negated clause was caught by the delayed phrase first.
      out.push({ cls, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
