/** @module Indicator figures written the Swedish way for the chat: as the model reads them (fields) and as people read them (table rows). */
import type { GoalAssessment, IndicatorAssessment } from '../../domain/assessment';
import { changeText as svChangeText, formatQuantity } from '../../domain/sv';
import type { ToolTable } from './types';

export const STATUS_TEXT: Record<IndicatorAssessment['status'], string> = {
  met: 'etappmålet nås',
  not_met: 'etappmålet nås inte',
  missing: 'utfall saknas',
  no_target: 'inget etappmål',
};

export const TREND_TEXT: Record<IndicatorAssessment['trend'], string | undefined> = {
  improved: 'förbättrad',
  worsened: 'försämrad',
  unchanged: 'oförändrad',
  unknown: undefined,
};

const q = (a: IndicatorAssessment, v: number) => formatQuantity(v, a.unit, { maxDecimals: 4 });

export function outcomeText(a: IndicatorAssessment): string {
  if (a.outcome === null) return a.outcomeNote ? `saknas (${a.outcomeNote})` : 'saknas';
  return `${q(a, a.outcome)} (${a.period})`;
}

export function previousText(a: IndicatorAssessment): string {
  return a.previous !== null && a.previousPeriod ? `${q(a, a.previous)} (${a.previousPeriod})` : '–';
}

export function targetText(a: IndicatorAssessment): string {
  const t = a.target;
  if (!t) return '–';
  const what = t.value !== undefined ? q(a, t.value) : t.change === 'increase' ? 'öka' : 'minska';
  return `${what} (${t.kind === 'malvarde' ? 'målvärde ' : ''}${t.period})`;
}

export function changeText(a: IndicatorAssessment): string | undefined {
  if (a.change === null) return undefined;
  return svChangeText(a.change, a.unit, { maxDecimals: 4 });
}

/** One indicator as the model reads it: only the fields that hold something, figures as printed. */
export function indicatorFacts(a: IndicatorAssessment): Record<string, string> {
  const out: Record<string, string> = { id: a.indicatorId, namn: a.name, utfall: outcomeText(a) };
  if (a.previous !== null) out['föregående'] = previousText(a);
  const change = changeText(a);
  if (change) out['förändring'] = change;
  if (a.target) out[a.target.kind === 'malvarde' ? 'målvärde' : 'etappmål'] = targetText(a);
  out.status = STATUS_TEXT[a.status];
  const trend = TREND_TEXT[a.trend];
  if (trend) out.utveckling = trend;
  out['bättre'] = a.better === 'higher' ? 'högre' : 'lägre';
  return out;
}

export function indicatorTable(indicators: IndicatorAssessment[]): ToolTable {
  return {
    columns: ['Indikator', 'Utfall', 'Föregående', 'Förändring', 'Etappmål', 'Status'],
    rows: indicators.map((a) => [a.name, outcomeText(a), previousText(a), changeText(a) ?? '–', targetText(a), STATUS_TEXT[a.status]]),
  };
}

export function goalLine(g: GoalAssessment): string {
  return `${g.goalId} "${g.title}"`;
}
