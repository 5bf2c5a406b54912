/**
 * @module A Kolada pull as pure data: which figures to fetch for a report, the changes Kolada's
 * answer makes to it (outcomes, kön breakdowns, comparisons with riket and the county), and the
 * report with the chosen changes applied. A change that would overwrite a value someone typed is
 * marked `typed` and applied only when accepted; Kolada's own earlier figures are not "typed".
 */
import type { Indicator, IndicatorValue, ReportDocument } from '../report';
import { countyOf, koladaLink, RIKET_ID, type KoladaLink } from './links';

export type KoladaGender = 'T' | 'K' | 'M';

/** One figure from Kolada: a KPI's value for one area (a municipality, a county, riket or a unit), year and gender. */
export interface KoladaFigure {
  kpi: string;
  /** The municipality id (`0126`, `0000`) or, for unit data, the organisational unit id. */
  area: string;
  period: string;
  gender: KoladaGender;
  value: number | null;
  status?: string;
}

/** What to fetch: municipality-level figures per KPI, and unit-level figures for KPIs linked to a unit. */
export interface PullPlan {
  municipality: string;
  years: number[];
  /** KPIs fetched for the municipality, riket and the county. */
  kpis: string[];
  areas: string[];
  /** KPIs linked to an organisational unit, fetched per unit. */
  units: { kpi: string; ou: string }[];
  /** Comparison label → area id. */
  comparisons: Record<string, string>;
}

export type ChangeField = 'value' | 'status' | `breakdown.${string}` | `comparisons.${string}`;

export interface PullChange {
  goalId: string;
  indicatorId: string;
  period: string;
  field: ChangeField;
  old: number | string | null;
  new: number | string | null;
  /** True when the change would overwrite a figure someone typed (its source is not Kolada). */
  typed: boolean;
}

export interface SkippedIndicator {
  goalId: string;
  indicatorId: string;
  kpi: string;
  reason: string;
}

export const GENDER_GROUPS: Record<Exclude<KoladaGender, 'T'>, string> = { K: 'kvinnor', M: 'män' };

/** Whether a value came from Kolada (then a later Kolada figure for it is a revision, not an overwrite). */
export function isKoladaSource(source: IndicatorValue['source']): boolean {
  const name = typeof source === 'string' ? source : source?.name;
  return name?.trim().toLowerCase() === 'kolada';
}

export const koladaStatus = (source: IndicatorValue['source']): string | undefined =>
  typeof source === 'object' && source !== null && isKoladaSource(source) ? source.status : undefined;

/** Kolada marks figures not yet final in `status`; anything naming "prel" is shown as preliminary. */
export const isPreliminary = (status: string | undefined | null) => !!status && /prel/i.test(status);

const fullYear = (period: string) => /^\d{4}$/.test(period);

interface Linked {
  goalId: string;
  indicator: Indicator;
  link: KoladaLink;
}

export function linkedIndicators(doc: ReportDocument): Linked[] {
  return doc.goals.flatMap((g) =>
    g.indicators.flatMap((indicator) => {
      const link = koladaLink(indicator);
      return link ? [{ goalId: g.id, indicator, link }] : [];
    }),
  );
}

/** The years pulled by default: every full year the linked indicators list, and the report year. */
export function defaultYears(doc: ReportDocument): number[] {
  const years = new Set<number>([doc.report.year]);
  for (const { indicator } of linkedIndicators(doc)) for (const v of indicator.values) if (fullYear(v.period)) years.add(Number(v.period));
  return [...years].sort((a, b) => a - b);
}

/** The comparison label for the municipality itself, when an indicator is measured per unit. */
const ownMunicipalityLabel = (doc: ReportDocument) => doc.organisation.municipality?.trim() || 'kommunen';

export class PullSetupError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** What a pull of this report needs from Kolada. Throws PullSetupError when the organisation has no Kolada id. */
export function planPull(doc: ReportDocument, years?: number[]): PullPlan {
  const municipality = doc.organisation.kolada?.municipality;
  if (!municipality) {
    throw new PullSetupError(
      'Organisationen saknar kommunens Kolada-id: lägg till organisation.kolada.municipality (t.ex. "0126") i rapportdata.',
      'organisation.kolada.municipality',
    );
  }
  const linked = linkedIndicators(doc);
  const comparisons: Record<string, string> = {};
  if (municipality !== RIKET_ID) comparisons.riket = RIKET_ID;
  const county = countyOf(municipality);
  if (county) comparisons['länet'] = county;
  const units = linked.filter((l) => l.link.ou).map((l) => ({ kpi: l.link.kpi, ou: l.link.ou! }));
  if (units.length) comparisons[ownMunicipalityLabel(doc)] = municipality;
  return {
    municipality,
    years: years ?? defaultYears(doc),
    kpis: [...new Set(linked.map((l) => l.link.kpi))],
    areas: [municipality, ...Object.values(comparisons).filter((a) => a !== municipality)],
    units: uniqueBy(units, (u) => `${u.kpi}/${u.ou}`),
    comparisons,
  };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

const figureKey = (kpi: string, area: string, period: string, gender: KoladaGender) => `${kpi}|${area}|${period}|${gender}`;

const same = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);

/**
 * Compares Kolada's figures with the report: one change per figure that Kolada has and the
 * report lacks or states differently. Month, rolling and forecast values are never touched.
 */
export function diffPull(
  doc: ReportDocument,
  plan: PullPlan,
  figures: KoladaFigure[],
): { changes: PullChange[]; skipped: SkippedIndicator[] } {
  const byKey = new Map<string, KoladaFigure>();
  for (const f of figures) byKey.set(figureKey(f.kpi, f.area, f.period, f.gender), f);
  const changes: PullChange[] = [];
  const skipped: SkippedIndicator[] = [];
  for (const { goalId, indicator, link } of linkedIndicators(doc)) {
    const own = link.ou ?? plan.municipality;
    let found = false;
    for (const year of plan.years) {
      const period = String(year);
      const total = byKey.get(figureKey(link.kpi, own, period, 'T'));
      const existing = indicator.values.find((v) => v.period === period);
      if (existing && (existing.kind === 'forecast' || existing.rolling)) continue;
      if (!existing && (total?.value ?? null) === null) continue;
      if (total && total.value !== null) found = true;
      const fromKolada = existing ? isKoladaSource(existing.source) : false;
      const at = { goalId, indicatorId: indicator.id, period };
      if (total && total.value !== null) {
        const old = existing?.value ?? null;
        if (!same(old, total.value)) changes.push({ ...at, field: 'value', old, new: total.value, typed: old !== null && !fromKolada });
        else if (fromKolada && (total.status || undefined) !== koladaStatus(existing!.source)) {
          changes.push({ ...at, field: 'status', old: koladaStatus(existing!.source) ?? null, new: total.status || null, typed: false });
        }
      }
      // Groups and comparisons are added to a value the report has, or to the one Kolada brings.
      const group = (field: ChangeField, old: number | null | undefined, value: number | null | undefined) => {
        if (value === null || value === undefined || same(old, value)) return;
        changes.push({ ...at, field, old: old ?? null, new: value, typed: old !== null && old !== undefined && !fromKolada });
      };
      for (const [gender, label] of Object.entries(GENDER_GROUPS) as [KoladaGender, string][]) {
        group(`breakdown.${label}`, existing?.breakdown?.[label], byKey.get(figureKey(link.kpi, own, period, gender))?.value);
      }
      for (const [label, area] of Object.entries(plan.comparisons)) {
        if (area === own) continue;
        group(`comparisons.${label}`, existing?.comparisons?.[label], byKey.get(figureKey(link.kpi, area, period, 'T'))?.value);
      }
    }
    if (!found)
      skipped.push({
        goalId,
        indicatorId: indicator.id,
        kpi: link.kpi,
        reason: `Kolada har inga värden för ${link.kpi} (${link.ou ?? plan.municipality}) åren ${plan.years.join(', ')}.`,
      });
  }
  return { changes, skipped };
}

/** A copy of the report with the given changes applied; every value Kolada set records it in `source`. */
export function applyChanges(doc: ReportDocument, changes: PullChange[], figures: KoladaFigure[], plan: PullPlan): ReportDocument {
  const next = structuredClone(doc);
  const statusOf = new Map<string, string | undefined>();
  for (const f of figures) if (f.gender === 'T') statusOf.set(`${f.kpi}|${f.area}|${f.period}`, f.status || undefined);
  for (const c of changes) {
    const goal = next.goals.find((g) => g.id === c.goalId);
    const indicator = goal?.indicators.find((i) => i.id === c.indicatorId);
    const link = indicator && koladaLink(indicator);
    if (!indicator || !link) continue;
    let value = indicator.values.find((v) => v.period === c.period);
    if (!value) {
      value = { period: c.period, value: null };
      const after = indicator.values.findIndex((v) => v.period.slice(0, 4) > c.period);
      indicator.values.splice(after === -1 ? indicator.values.length : after, 0, value);
    }
    const status = statusOf.get(`${link.kpi}|${link.ou ?? plan.municipality}|${c.period}`);
    const koladaSource = { name: 'kolada', ...(status ? { status } : {}) };
    if (c.field === 'value') {
      // A missing value's note explains why it was missing; with Kolada's figure it no longer holds.
      if (value.value === null) delete value.note;
      value.value = c.new as number;
      value.source = koladaSource;
    } else if (c.field === 'status') {
      value.source = koladaSource;
    } else {
      const [kind, label] = splitField(c.field);
      const target = (value[kind] ??= {});
      target[label] = c.new as number;
    }
  }
  return next;
}

function splitField(field: ChangeField): ['breakdown' | 'comparisons', string] {
  const dot = field.indexOf('.');
  return [field.slice(0, dot) as 'breakdown' | 'comparisons', field.slice(dot + 1)];
}

/** Identifies a change for `accept`: indicator and period, optionally the field (and the goal, where ids repeat across goals). */
export interface AcceptKey {
  indicatorId: string;
  period: string;
  field?: string;
  goalId?: string;
}

export const accepts = (keys: AcceptKey[]) => (c: PullChange) =>
  keys.some(
    (k) =>
      k.indicatorId === c.indicatorId &&
      k.period === c.period &&
      (k.field === undefined || k.field === c.field) &&
      (k.goalId === undefined || k.goalId === c.goalId),
  );

/** Years as people write them on a command line: `2022`, `2019-2022`, `2019,2021`. Null when not that. */
export function parseYears(text: string): number[] | null {
  const years = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from || to - from > 50) return null;
    for (let y = from; y <= to; y++) years.add(y);
  }
  return years.size ? [...years].sort((a, b) => a - b) : null;
}
