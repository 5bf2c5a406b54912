/**
 * @module The report-data/v1 document: its zod schema, its types, and the checks across fields
 * (unique ids, levels that exist) that a JSON schema alone cannot express.
 */
import { z } from 'zod';
import { parseNumber } from '../sv';

// Every message a person sees is Swedish, including zod's own for type errors. Zod's Swedish
// locale leaves some type names in English ("förväntat string, fick antal"), so wrong types are
// worded here and everything else is left to the locale.
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  object: 'ett objekt',
  array: 'en lista',
  null: 'null',
  undefined: 'inget värde',
};
function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}
z.config({
  ...z.locales.sv(),
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    const got = typeOf(issue.input);
    if (got === 'undefined') return `saknas (ska vara ${expected})`;
    const asNumber =
      issue.expected === 'number' && typeof issue.input === 'string' && /\d/.test(issue.input) ? parseNumber(issue.input) : null;
    // "7,8" pasted from a table: say how the format wants it.
    if (asNumber !== null) return `ska vara ett tal, inte text: skriv ${JSON.stringify(asNumber)} utan citattecken`;
    return `ska vara ${expected}, inte ${TYPE_NAMES[got] ?? got}`;
  },
});

const extra = z.unknown().optional();
const nonEmpty = z.string().trim().min(1, 'får inte vara tom');
const id = z
  .string()
  .min(1, 'får inte vara tom')
  .max(300, 'högst 300 tecken')
  .regex(/^[^\s/?#%]+$/, 'får inte innehålla mellanslag eller tecknen / ? # %')
  // A path segment "." or ".." is resolved away by every URL parser: such an id could never be reached.
  .refine((v) => v !== '.' && v !== '..', 'får inte vara . eller ..');

export const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const period = z.string().regex(periodPattern, 'period ska skrivas ÅÅÅÅ eller ÅÅÅÅ-MM');
const finite = z.number().refine(Number.isFinite, 'måste vara ett ändligt tal');

export const reportKinds = ['verksamhetsplan', 'delarsrapport', 'verksamhetsberattelse', 'arsredovisning'] as const;

export const scaleLevelSchema = z.strictObject({
  id,
  label: nonEmpty,
  rank: z.number().int('rank ska vara ett heltal'),
  extra,
});

export const valueSourceSchema = z.strictObject({
  name: nonEmpty,
  status: z.string().optional(),
  fetchedAt: z.string().optional(),
  extra,
});

export const valueSchema = z.strictObject({
  period,
  value: finite.nullable(),
  note: z.string().optional(),
  label: z.string().optional(),
  breakdown: z.record(z.string().min(1), finite.nullable()).optional(),
  /** The same period's value for another population, keyed by a Swedish label ("riket", "länet"). */
  comparisons: z.record(z.string().min(1), finite.nullable()).optional(),
  /** The value covers the twelve months ending with the period (r12). */
  rolling: z.boolean().optional(),
  kind: z.enum(['outcome', 'forecast']).optional(),
  /** Where this value came from when it differs from the indicator's source ("kolada"), with Kolada's status. */
  source: z.union([nonEmpty, valueSourceSchema]).optional(),
  extra,
});

export const targetSchema = z
  .strictObject({
    period,
    kind: z.enum(['etappmal', 'malvarde']),
    value: finite.optional(),
    change: z.enum(['increase', 'decrease', 'keep']).optional(),
    note: z.string().optional(),
    extra,
  })
  .superRefine((t, ctx) => {
    if ((t.value === undefined) === (t.change === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'ange antingen value (ett tal) eller change (increase/decrease/keep), inte båda',
      });
    }
  });

export const indicatorSchema = z.strictObject({
  id,
  name: nonEmpty,
  unit: z.string().optional(),
  better: z.enum(['higher', 'lower', 'none']),
  /** What the indicator is called in running text, where the table name is long. */
  shortName: z.string().trim().min(1, 'får inte vara tom').optional(),
  owner: z.string().optional(),
  source: z.string().optional(),
  /** An explicit Kolada link that wins over `source`. */
  kolada: z
    .strictObject({ kpi: z.string().regex(/^[A-Z]\d{5}$/, 'ska vara ett Kolada-id som N30001'), ou: z.string().min(1).optional(), extra })
    .optional(),
  /** The report's own jämlikhet statement ("Omotiverade skillnader? Nej"). */
  equality: z.strictObject({ unexplainedDifferences: z.boolean().optional(), note: z.string().optional(), extra }).optional(),
  values: z.array(valueSchema).default([]),
  targets: z.array(targetSchema).default([]),
  extra,
});

export const activityKinds = ['utvecklingsatagande', 'riskatgard', 'aktivitet'] as const;
export const activitySchema = z.strictObject({
  title: nonEmpty,
  status: z.string().optional(),
  kind: z.enum(activityKinds).optional(),
  /** The published follow-up text of the activity. */
  followUp: z.string().optional(),
  extra,
});

export const economyColumnKinds = ['budget', 'outcome', 'forecast', 'deviation', 'measures', 'deviation-after-measures'] as const;
export const economyTableSchema = z.strictObject({
  id,
  title: nonEmpty,
  unit: z.string().optional(),
  columns: z
    .array(z.strictObject({ id, label: nonEmpty, kind: z.enum(economyColumnKinds), period: period.optional(), extra }))
    .min(1, 'en tabell behöver minst en kolumn'),
  rows: z.array(z.strictObject({ id, name: nonEmpty, values: z.record(z.string().min(1), finite.nullable()), extra })),
  extra,
});
export const economySchema = z.strictObject({ unit: z.string().optional(), tables: z.array(economyTableSchema), extra });

/** Per-report settings the service interprets. */
export const reportRulesSchema = z.strictObject({
  /** When a difference between groups is notable: at least `points` procentenheter for shares, `relative` otherwise. */
  gap: z.strictObject({ points: z.number().positive().optional(), relative: z.number().positive().optional(), extra }).optional(),
  extra,
});

export const goalSchema = z.strictObject({
  id,
  area: z.string().optional(),
  councilGoal: z.string().optional(),
  title: nonEmpty,
  indicators: z.array(indicatorSchema).default([]),
  notes: z.array(z.string()).default([]),
  activities: z.array(activitySchema).default([]),
  published: z.strictObject({ level: id.optional(), motivation: z.string().optional(), extra }).optional(),
  extra,
});

export const reportDocumentSchema = z
  .strictObject({
    schema: z.literal('report-data/v1', { error: 'ska vara "report-data/v1"' }),
    organisation: z.strictObject({
      id,
      name: nonEmpty,
      municipality: z.string().optional(),
      kolada: z
        .strictObject({ municipality: z.string().regex(/^\d{4}$/, 'ska vara kommunens fyrsiffriga Kolada-id, t.ex. 0126'), extra })
        .optional(),
      extra,
    }),
    report: z.strictObject({
      id,
      kind: z.enum(reportKinds, { error: `ska vara en av ${reportKinds.join(', ')}` }),
      year: z.number().int().min(1900).max(2200),
      title: z.string().optional(),
      asOf: z.iso.date({ error: 'ska vara ett datum ÅÅÅÅ-MM-DD' }).optional(),
      rules: reportRulesSchema.optional(),
      extra,
    }),
    /** Optional when no goal is assessed (a delårsrapport per 31 mars follows up activities and the economy only). */
    scale: z
      .strictObject({
        id: id.optional(),
        levels: z.array(scaleLevelSchema).min(2, 'en skala behöver minst två nivåer'),
        extra,
      })
      .optional(),
    goals: z.array(goalSchema),
    economy: economySchema.optional(),
    extra,
  })
  .superRefine((doc, ctx) => {
    const dup = (items: { id: string }[], path: (string | number)[], what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `${what} "${item.id}" finns redan` });
        seen.add(item.id);
      });
    };
    if (doc.scale) {
      dup(doc.scale.levels, ['scale', 'levels'], 'nivån');
      const ranks = new Set<number>();
      doc.scale.levels.forEach((l, i) => {
        if (ranks.has(l.rank))
          ctx.addIssue({ code: 'custom', path: ['scale', 'levels', i, 'rank'], message: `två nivåer har samma rank ${l.rank}` });
        ranks.add(l.rank);
      });
    }
    dup(doc.goals, ['goals'], 'målet');
    if (doc.economy) {
      dup(doc.economy.tables, ['economy', 'tables'], 'tabellen');
      doc.economy.tables.forEach((t, ti) => {
        dup(t.columns, ['economy', 'tables', ti, 'columns'], 'kolumnen');
        dup(t.rows, ['economy', 'tables', ti, 'rows'], 'raden');
        const columnIds = new Set(t.columns.map((c) => c.id));
        t.rows.forEach((r, ri) => {
          for (const key of Object.keys(r.values)) {
            if (!columnIds.has(key))
              ctx.addIssue({
                code: 'custom',
                path: ['economy', 'tables', ti, 'rows', ri, 'values', key],
                message: `kolumnen "${key}" finns inte i tabellen (${[...columnIds].join(', ')})`,
              });
          }
        });
      });
    }
    const levelIds = new Set(doc.scale?.levels.map((l) => l.id) ?? []);
    doc.goals.forEach((g, gi) => {
      dup(g.indicators, ['goals', gi, 'indicators'], 'indikatorn');
      if (g.published?.level !== undefined && !doc.scale) {
        ctx.addIssue({
          code: 'custom',
          path: ['scale'],
          message: `saknas: målet "${g.id}" har en publicerad nivå, och den behöver en skala`,
        });
      } else if (g.published?.level !== undefined && !levelIds.has(g.published.level)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', gi, 'published', 'level'],
          message: `nivån "${g.published.level}" finns inte i skalan (${[...levelIds].join(', ')})`,
        });
      }
      g.indicators.forEach((ind, ii) => {
        const periods = new Set<string>();
        ind.values.forEach((v, vi) => {
          if (periods.has(v.period))
            ctx.addIssue({
              code: 'custom',
              path: ['goals', gi, 'indicators', ii, 'values', vi, 'period'],
              message: `perioden ${v.period} finns redan`,
            });
          periods.add(v.period);
        });
        const targetKeys = new Set<string>();
        ind.targets.forEach((t, ti) => {
          const key = `${t.kind}:${t.period}`;
          if (targetKeys.has(key))
            ctx.addIssue({
              code: 'custom',
              path: ['goals', gi, 'indicators', ii, 'targets', ti],
              message: `det finns redan ett mål av typen ${t.kind} för ${t.period}`,
            });
          targetKeys.add(key);
        });
      });
    });
  });

export type ReportDocument = z.infer<typeof reportDocumentSchema>;
export type ReportInput = z.input<typeof reportDocumentSchema>;
export type Goal = ReportDocument['goals'][number];
export type Indicator = Goal['indicators'][number];
export type IndicatorValue = Indicator['values'][number];
export type Target = Indicator['targets'][number];
export type Scale = NonNullable<ReportDocument['scale']>;
export type ScaleLevel = Scale['levels'][number];
export type ReportKind = (typeof reportKinds)[number];
export type Activity = Goal['activities'][number];
export type Economy = NonNullable<ReportDocument['economy']>;
export type EconomyTable = Economy['tables'][number];

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Turns a zod path into the dotted form people read in error messages: `goals[0].indicators[2].better`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown field, pointing at the field itself.
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'okänt fält; egna fält får bara ligga under "extra"',
      }));
    }
    return [{ path: formatPath(issue.path) || '(dokumentet)', message: issue.message }];
  });
}

export type ParseResult = { ok: true; doc: ReportDocument } | { ok: false; issues: ValidationIssue[] };

export function parseReportDocument(input: unknown): ParseResult {
  const result = reportDocumentSchema.safeParse(input);
  return result.success ? { ok: true, doc: result.data } : { ok: false, issues: issuesOf(result.error) };
}

/** The one level of a report that assesses no goal (no `scale`): every goal is "Ej bedömt". */
export const NOT_ASSESSED_LEVEL: ScaleLevel = { id: 'ej-bedomt', label: 'Ej bedömt', rank: 0 };
const NO_SCALE: Scale = { levels: [NOT_ASSESSED_LEVEL] };

/** Whether the report assesses its goals: it has a scale (a delårsrapport per 31 mars has none). */
export function assessesGoals(doc: ReportDocument): boolean {
  return doc.scale !== undefined;
}

/** The report's scale; for a report that assesses no goal, a single level "Ej bedömt". */
export function scaleOf(doc: ReportDocument): Scale {
  return doc.scale ?? NO_SCALE;
}

/** Scale levels ordered best first. */
export function levelsBestFirst(scale: Scale): ScaleLevel[] {
  return [...scale.levels].sort((a, b) => b.rank - a.rank);
}

export function findGoal(doc: ReportDocument, goalId: string): Goal | undefined {
  return doc.goals.find((g) => g.id === goalId);
}

/** Orders periods chronologically; a month period ("2022-08", an outcome so far) sorts before its full year ("2022"). */
export function comparePeriods(a: string, b: string): number {
  const key = (p: string) => (p.length === 4 ? `${p}-13` : p);
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
