/**
 * @module The economy tables as facts a text can use: every cell, the differences a text derives
 * from them (between columns of a row, between periods of the same kind, a deviation with its
 * sign), the part year's riktpunkt ("25 procent av budgeten" per mars), and the economy paragraph
 * the offline drafter writes from the driftredovisning's total row.
 */
import type { Economy, EconomyTable, ReportDocument } from '../report';
import { formatQuantity, MONTH_WORDS } from '../sv';

export type MoneySign = 'over' | 'under';

export interface MoneyFact {
  kind: 'cell' | 'difference' | 'deviation' | 'riktpunkt' | 'share';
  label: string;
  /** In the table's unit (mnkr unless the table says otherwise); a share or riktpunkt in procent. */
  value: number;
  unit: 'mnkr' | 'tkr' | 'kr' | 'procent';
  /** The figure is a forecast (a prognos column, or a deviation or measure computed from one). */
  forecast: boolean;
  /**
   * For deviations and differences: which side of the budget or the earlier period the cost is on.
   * `over` = costs above budget (an underskott, a negative deviation) or higher than before.
   */
  sign?: MoneySign;
  /** The row the figure belongs to, and the period of its column: a text that names the row or the full year narrows the match. */
  row?: string;
  period?: string;
}

const MONTH_NAMES = MONTH_WORDS;

function unitOf(economy: Economy, table: EconomyTable): MoneyFact['unit'] {
  const u = (table.unit ?? economy.unit ?? 'mnkr').trim().toLowerCase();
  if (u === 'tkr' || u === 'tusen kronor') return 'tkr';
  if (u === 'kr' || u === 'kronor') return 'kr';
  return 'mnkr';
}

const isForecastKind = (kind: string) => kind === 'forecast';
/** Deviation columns are budget minus outcome or forecast: negative means costs above budget. */
const isDeviationKind = (kind: string) => kind === 'deviation' || kind === 'deviation-after-measures';

/** The month of a part-year report: from `asOf`, else from the latest month period in the tables; null for a full year. */
export function partYearMonth(doc: ReportDocument): number | null {
  const asOf = doc.report.asOf;
  if (asOf) {
    const m = Number(asOf.slice(5, 7));
    return m >= 1 && m < 12 ? m : null;
  }
  if (doc.report.kind !== 'delarsrapport') return null;
  const months = (doc.economy?.tables ?? [])
    .flatMap((t) => t.columns.map((c) => c.period))
    .filter((p): p is string => !!p && p.length === 7);
  const latest = months.sort().at(-1);
  return latest ? Number(latest.slice(5)) : null;
}

export function economyFacts(doc: ReportDocument): MoneyFact[] {
  const economy = doc.economy;
  if (!economy) return [];
  const out: MoneyFact[] = [];
  const partYear = partYearMonth(doc) !== null;
  /**
   * A forecast column: kind forecast or measures, a column labelled as a prognos, a deviation
   * computed from a forecast, and in a part-year report any full-year figure other than the budget
   * (the year has not ended).
   */
  const isForecastColumn = (c: EconomyTable['columns'][number], cols: EconomyTable['columns']) =>
    isForecastKind(c.kind) ||
    c.kind === 'measures' ||
    /prognos/i.test(c.label) ||
    (isDeviationKind(c.kind) && cols.some((o) => isForecastKind(o.kind) && o.period === c.period)) ||
    (partYear && c.kind !== 'budget' && c.period === String(doc.report.year));
  for (const table of economy.tables) {
    const unit = unitOf(economy, table);
    const cols = table.columns;
    for (const row of table.rows) {
      const cell = (id: string) => row.values[id];
      for (const c of cols) {
        const v = cell(c.id);
        if (v === null || v === undefined) continue;
        const forecast = isForecastColumn(c, cols);
        const where = { row: row.name, ...(c.period ? { period: c.period } : {}) };
        out.push({ kind: 'cell', label: `${table.title}: ${row.name}, ${c.label}`, value: v, unit, forecast, ...where });
        if (isDeviationKind(c.kind) && v !== 0) {
          out.push({
            kind: 'deviation',
            label: `${table.title}: ${row.name}, ${c.label}`,
            value: Math.abs(v),
            unit,
            forecast,
            sign: v < 0 ? 'over' : 'under',
            ...where,
          });
        }
      }
      // Differences a text derives from two cells of the row: outcome or forecast against budget, and a period against the same period earlier.
      for (let i = 0; i < cols.length; i++) {
        for (let j = 0; j < cols.length; j++) {
          if (i === j) continue;
          const a = cols[i]!;
          const b = cols[j]!;
          const va = cell(a.id);
          const vb = cell(b.id);
          if (va === null || va === undefined || vb === null || vb === undefined) continue;
          const againstBudget = (a.kind === 'outcome' || a.kind === 'forecast') && b.kind === 'budget' && a.period === b.period;
          const samePeriodEarlier =
            a.kind === b.kind &&
            a.kind === 'outcome' &&
            !!a.period &&
            !!b.period &&
            a.period > b.period &&
            a.period.slice(4) === b.period.slice(4);
          if (!againstBudget && !samePeriodEarlier) continue;
          const d = va - vb;
          if (Math.abs(d) < 1e-9) continue;
          out.push({
            kind: 'difference',
            label: `${table.title}: ${row.name}, ${a.label} mot ${b.label}`,
            value: Math.abs(d),
            unit,
            forecast: isForecastColumn(a, cols),
            sign: d > 0 ? 'over' : 'under',
            row: row.name,
            ...(a.period ? { period: a.period } : {}),
          });
        }
      }
    }
    // The share of the year's budget used so far: outcome for the month against the full-year budget.
    const month = partYearMonth(doc);
    if (month !== null) {
      for (const row of table.rows) {
        const outcome = cols.find((c) => c.kind === 'outcome' && c.period?.length === 7 && row.values[c.id] != null);
        const budget = cols.find((c) => c.kind === 'budget' && c.period?.length === 4 && row.values[c.id] != null);
        if (!outcome || !budget) continue;
        const b = row.values[budget.id]!;
        if (b === 0) continue;
        out.push({
          kind: 'share',
          label: `${row.name}: ${outcome.label} av ${budget.label}`,
          value: (row.values[outcome.id]! / b) * 100,
          unit: 'procent',
          forecast: false,
        });
      }
    }
  }
  const month = partYearMonth(doc);
  if (month !== null) {
    out.push({
      kind: 'riktpunkt',
      label: `Riktpunkt per ${MONTH_NAMES[month - 1]}: ${month} av 12 månader`,
      value: (month / 12) * 100,
      unit: 'procent',
      forecast: false,
    });
  }
  return out;
}

// ---------------------------------------------------------------- the paragraph

const money = (v: number, unit: MoneyFact['unit']) => formatQuantity(v, unit, { maxDecimals: 1 });

/** A "Nettokostnad" row with this period's outcome and, where printed, the same period a year earlier. */
function netCostRow(doc: ReportDocument): { now: number; before: number | null; beforeYear: string; unit: MoneyFact['unit'] } | null {
  const economy = doc.economy;
  if (!economy) return null;
  for (const t of economy.tables) {
    const row = t.rows.find((r) => /^nettokostnad/i.test(r.name.trim()));
    if (!row) continue;
    const outcomes = t.columns
      .filter((c) => c.kind === 'outcome' && c.period && row.values[c.id] != null)
      .sort((a, b) => (b.period! < a.period! ? -1 : 1));
    const now = outcomes[0];
    if (!now) continue;
    const earlier = outcomes.find((c) => c !== now && c.period!.slice(4) === now.period!.slice(4));
    return {
      now: row.values[now.id]!,
      before: earlier ? row.values[earlier.id]! : null,
      beforeYear: earlier?.period!.slice(0, 4) ?? '',
      unit: unitOf(economy, t),
    };
  }
  return null;
}

/** The row a paragraph speaks of: the last "Summa …" row of the driftredovisning, else its last row. */
function totalRow(table: EconomyTable) {
  const sums = table.rows.filter((r) => /^summa\b|^totalt\b|^nämnden totalt/i.test(r.name.trim()));
  return sums.at(-1) ?? table.rows.at(-1);
}

/** The table with a forecast or budget column for the year: the driftredovisning. */
function mainTable(doc: ReportDocument): EconomyTable | undefined {
  const tables = doc.economy?.tables ?? [];
  return (
    tables.find((t) => t.columns.some((c) => c.kind === 'forecast')) ??
    tables.find((t) => t.columns.some((c) => c.kind === 'budget')) ??
    tables[0]
  );
}

/**
 * The economy paragraph: the outcome so far against the period's budget, the forecast for the
 * year and its deviation from the budget (after åtgärder where the table has them), and the
 * part year's riktpunkt. Only figures that are in the tables, rounded to one decimal.
 */
export function draftEconomy(doc: ReportDocument): string {
  const economy = doc.economy;
  const table = mainTable(doc);
  if (!economy || !table) return 'Rapporten har inga ekonomitabeller.';
  const row = totalRow(table);
  if (!row) return `Tabellen ${table.title} har inga rader.`;
  const unit = unitOf(economy, table);
  const value = (kind: string, monthly: boolean) => {
    const col = table.columns.find(
      (c) => c.kind === kind && (c.period ? (c.period.length === 7) === monthly : !monthly) && row.values[c.id] != null,
    );
    return col ? { col, v: row.values[col.id]! } : null;
  };
  const who = doc.organisation.name.trim();
  const sentences: string[] = [];
  const month = partYearMonth(doc);
  const outcome = value('outcome', true) ?? value('outcome', false);
  const periodBudget = value('budget', true);
  const when = month !== null ? ` per ${MONTH_NAMES[month - 1]}` : '';
  // The net cost as the resultaträkning prints it, against the same period a year earlier, where the report has one.
  const net = netCostRow(doc);
  if (net) {
    let s = `${who}s nettokostnader${when} är ${money(net.now, net.unit)}`;
    if (net.before !== null) {
      const d = net.now - net.before;
      s +=
        Math.abs(d) < 0.05
          ? `, i nivå med motsvarande period ${net.beforeYear}`
          : `, ${money(Math.abs(d), net.unit)} ${d > 0 ? 'mer' : 'mindre'} än motsvarande period ${net.beforeYear}`;
    }
    sentences.push(`${s}.`);
  }
  if (outcome) {
    let s = net
      ? `Utfallet för ${row.name.toLowerCase()} är ${money(outcome.v, unit)}`
      : `${who}s nettokostnader${when} är ${money(outcome.v, unit)}`;
    if (periodBudget) {
      const d = outcome.v - periodBudget.v;
      s +=
        Math.abs(d) < 0.05
          ? ', i nivå med budget för perioden'
          : `, ${money(Math.abs(d), unit)} ${d > 0 ? 'högre' : 'lägre'} än budget för perioden`;
    }
    sentences.push(`${s}.`);
  }
  const forecast = value('forecast', false);
  const deviation = value('deviation', false);
  const afterMeasures = value('deviation-after-measures', false);
  if (forecast) {
    let s = `Prognosen för helåret är ${money(forecast.v, unit)}`;
    if (deviation) s += `, en avvikelse mot budget på ${deviation.v < 0 ? 'minus ' : ''}${money(Math.abs(deviation.v), unit)}`;
    sentences.push(`${s}.`);
    if (afterMeasures && deviation && Math.abs(afterMeasures.v - deviation.v) >= 0.05) {
      sentences.push(
        `Efter planerade åtgärder beräknas avvikelsen bli ${afterMeasures.v < 0 ? 'minus ' : ''}${money(Math.abs(afterMeasures.v), unit)}.`,
      );
    }
  }
  if (month !== null && outcome) {
    const budget = value('budget', false);
    if (budget && budget.v !== 0) {
      const share = (outcome.v / budget.v) * 100;
      sentences.push(
        `Riktpunkten per ${MONTH_NAMES[month - 1]} är ${formatQuantity((month / 12) * 100, '%', { maxDecimals: 1 })} av årets budget; utfallet motsvarar ${formatQuantity(share, '%', { maxDecimals: 1 })}.`,
      );
    }
  }
  return sentences.join(' ') || `Tabellen ${table.title} saknar utfall och prognos.`;
}
