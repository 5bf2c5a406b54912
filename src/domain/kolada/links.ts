/**
 * @module Which indicators are Kolada key figures, and which populations a pull compares with:
 * the link (an explicit `indicators[].kolada`, else a bare `Kolada <id>` source) and Kolada's
 * id scheme for riket and the county.
 */
import type { Indicator } from '../report';

export interface KoladaLink {
  kpi: string;
  /** An organisational unit, for KPIs measured per unit (Kolada's `oudata` routes). */
  ou?: string;
}

/** Kolada's id for the whole country. */
export const RIKET_ID = '0000';

const KPI_ID = /^[A-Z]\d{5}$/;
// Only the bare form links: "Kolada N30001" (or the källförteckning's "Kolada - N30001"). A figure
// derived from a KPI ("Egen beräkning utifrån Kolada U26421", "Kolada U26421 (delresultatet …)")
// is not the KPI's value, so it is never pulled.
const BARE_SOURCE = /^\s*Kolada\s*[-–:]?\s*([A-Z]\d{5})\s*$/;

/** The indicator's Kolada link, or null when it is not a Kolada key figure. */
export function koladaLink(indicator: Pick<Indicator, 'kolada' | 'source'>): KoladaLink | null {
  if (indicator.kolada) return { kpi: indicator.kolada.kpi, ...(indicator.kolada.ou ? { ou: indicator.kolada.ou } : {}) };
  const match = indicator.source ? BARE_SOURCE.exec(indicator.source) : null;
  return match ? { kpi: match[1]! } : null;
}

export const isKpiId = (id: string) => KPI_ID.test(id);

/**
 * The county (region) of a municipality in Kolada's id scheme. A municipality id is the
 * four-digit kommunkod whose first two digits are the länskod; Kolada gives each county (type
 * `L`) the id `00` + länskod, so Huddinge `0126` lies in Stockholms län `0001` and Malmö `1280`
 * in Skåne `0012`. Null for riket and for ids that are counties themselves.
 */
export function countyOf(municipality: string): string | null {
  if (!/^\d{4}$/.test(municipality) || municipality.startsWith('00')) return null;
  return `00${municipality.slice(0, 2)}`;
}
