/** @module The one sentence on a notable gap between groups (kön, område) and the one on a telling comparison (riket, länet), for the outcomes that decide a goal's level. */
import { gapRule, type IndicatorAssessment } from '../assessment';
import { formatQuantity } from '../sv';
import { capitalise, lowerFirst } from './prose';
import type { Block, Ctx } from './sentences';

const qty = (a: IndicatorAssessment, v: number) => formatQuantity(v, a.unit);

/** A notable gap between groups (kvinnor/män, område) in the decisive outcome, in one sentence. */
export function gapBlock(ctx: Ctx, decisive: { a: IndicatorAssessment; name: string }[]): Block | null {
  for (const { a, name } of decisive) {
    // The assessment judges gaps by the report's rule (report.rules.gap); only a notable one is told.
    const gap = a.gaps?.find((g) => g.notable && g.period === a.period);
    if (!gap) continue;
    const [A, B] = [gap.high.group.toLocaleLowerCase('sv'), gap.low.group.toLocaleLowerCase('sv')];
    return {
      forms: ctx.writer.forms('gap', [
        { id: 'gap-bland', text: `Bland ${A} var ${lowerFirst(name)} ${qty(a, gap.high.value)}, mot ${qty(a, gap.low.value)} bland ${B}.` },
        {
          id: 'gap-skiljer',
          text: `${capitalise(name)} skiljer sig mellan ${A}, ${qty(a, gap.high.value)}, och ${B}, ${qty(a, gap.low.value)}.`,
        },
      ]),
      at: 0,
      priority: 3,
    };
  }
  return null;
}

/** A telling comparison (riket first, else länet or another population) for a decisive outcome, in one sentence. */
export function comparisonBlock(ctx: Ctx, decisive: { a: IndicatorAssessment; name: string }[]): Block | null {
  const rule = gapRule(ctx.doc);
  for (const { a, name } of decisive) {
    const comps = a.comparisons ?? [];
    const pick = comps.find((c) => /^riket$/i.test(c.label)) ?? comps[0];
    // Telling: as far from the outcome as a notable gap between groups would be.
    const telling =
      pick &&
      (isShareUnit(a.unit)
        ? Math.abs(pick.difference) >= rule.points - 1e-9
        : pick.value !== 0 && Math.abs(pick.difference / pick.value) >= rule.relative - 1e-9);
    if (!pick || !telling) continue;
    const label = pick.label.toLocaleLowerCase('sv');
    const where = /^(?:riket|länet|regionen)$/.test(label) ? `i ${label}` : `för ${label}`;
    return {
      forms: ctx.writer.forms('comparison', [
        {
          id: 'cmp-motsv',
          text: `Motsvarande värde ${where} var ${qty(a, pick.value)}, att jämföra med ${qty(a, pick.outcome)} för ${lowerFirst(name)}.`,
        },
        { id: 'cmp-mot', text: `${capitalise(name)} var ${qty(a, pick.outcome)}, mot ${qty(a, pick.value)} ${where}.` },
      ]),
      at: 0,
      priority: 4,
    };
  }
  return null;
}

const isShareUnit = (unit?: string) => ['%', 'procent'].includes(unit?.trim().toLowerCase() ?? '');
