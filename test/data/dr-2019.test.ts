/**
 * The delårsrapport 2019 demo report (data/dr-2019.json) is a valid report-data/v1 document and
 * says what the seed says: the economy tables add up as printed, and every figure of its tables,
 * its indicators and its activities' texts is read back from the seed text itself (when the
 * seeds are beside the clone, in ../shared/seeds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportDocument, type EconomyTable, type ReportDocument } from '../../src/domain/report';

const root = join(import.meta.dirname, '..', '..');
const raw: unknown = JSON.parse(readFileSync(join(root, 'data', 'dr-2019.json'), 'utf8'));
const parsed = parseReportDocument(raw);
const doc = (parsed.ok ? parsed.doc : undefined) as ReportDocument;

const SEED = '002_d787fa566a312a6d.txt';
// CI has shared/ beside the clone; a worktree under /work/wt sits one level deeper.
const seedsDir = [process.env.MOTIVERA_SEEDS, join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find(
  (d): d is string => d !== undefined && existsSync(join(d, SEED)),
);
if (!seedsDir) console.warn(`dr-2019: ${SEED} not found in ../shared/seeds; the figure-by-figure checks against the seed are skipped.`);
/** The seed as one line: PDF line breaks and page breaks collapsed to single spaces. */
const seed = seedsDir ? readFileSync(join(seedsDir, SEED), 'utf8').replace(/\s+/g, ' ') : '';

const NUM = String.raw`[-−]?\d+(?:,\d+)?`;
const parseSv = (s: string) => Number(s.replace('−', '-').replace(',', '.'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The `count` numbers printed right after `label` in the seed (the first place they follow it). */
function printedAfter(label: string, count: number): number[] {
  const m = new RegExp(`${escape(label)}((?: ${NUM}){${count}})(?![\\d,])`).exec(seed);
  if (!m) throw new Error(`"${label}" followed by ${count} numbers not found in the seed`);
  return m[1]!.trim().split(' ').map(parseSv);
}
const table = (id: string): EconomyTable => {
  const t = doc.economy?.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no economy table ${id}`);
  return t;
};
const cell = (t: EconomyTable, row: string, col: string) => t.rows.find((r) => r.id === row)?.values[col];
const close = (a: number, b: number, tolerance = 0.051) => Math.abs(a - b) <= tolerance;

describe('data/dr-2019.json, the delårsrapport per 31 mars 2019', () => {
  it('is a valid report-data/v1 delårsrapport as of 31 March that assesses no goal', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(doc.report).toMatchObject({ id: 'dr-2019', kind: 'delarsrapport', year: 2019, asOf: '2019-03-31' });
    expect(doc.goals.filter((g) => g.published?.level !== undefined)).toEqual([]);
    expect(doc.goals.flatMap((g) => g.activities).length).toBeGreaterThan(10);
  });

  it('has a driftredovisning that adds up the way the report prints it', () => {
    const drift = table('drift');
    const units = ['socialpsykiatri-och-beroende', 'vard-och-behandling', 'namnd-ledning-och-administration', 'ofordelat'];
    const off: string[] = [];
    for (const c of drift.columns) {
      const sum = units.reduce((s, r) => s + (cell(drift, r, c.id) ?? 0), 0);
      if (!close(sum, cell(drift, 'summa-exklusive-flyktingmottagande', c.id)!)) off.push(`${c.id}: rows add to ${sum}`);
      const total = ['summa-exklusive-flyktingmottagande', 'flyktingmottagande-ensamkommande-barn', 'extraordinar-intakt-migrationsverket'].reduce((s, r) => s + (cell(drift, r, c.id) ?? 0), 0);
      if (!close(total, cell(drift, 'summa-namnd', c.id)!)) off.push(`${c.id}: summa nämnd is not the sum, ${total}`);
    }
    for (const r of drift.rows) {
      const v = r.values;
      if (!close(v['budget-2019']! - v['prognos-2019']!, v['avvikelse-prognos-budget-2019']!)) off.push(`${r.id}: avvikelse prognos/budget`);
      if (!close(v['avvikelse-prognos-budget-2019']! + v['atgarder-2019']!, v['avvikelse-efter-atgarder-2019']!)) off.push(`${r.id}: avvikelse efter åtgärder`);
      if (!close(v['ackumulerad-budget-2019-03']! - v['utfall-2019-03']!, v['avvikelse-utfall-budget-2019-03']!)) off.push(`${r.id}: avvikelse utfall/budget`);
    }
    expect(off).toEqual([]);
    expect(drift.columns.map((c) => c.kind)).toEqual(['budget', 'forecast', 'deviation', 'measures', 'deviation-after-measures', 'budget', 'outcome', 'deviation']);
  });

  it('has a resultaträkning whose nettokostnad is kostnader minus intäkter and whose result is budget minus nettokostnad', () => {
    const rr = table('resultatrakning');
    for (const col of ['utfall-2019-03', 'utfall-2018-03']) {
      const v = (row: string) => cell(rr, row, col)!;
      const income = ['taxor-och-avgifter', 'forsaljning-av-verksamhet', 'bidrag', 'ovriga-intakter'].reduce((s, r) => s + v(r), 0);
      // Printed figures are rounded to a tenth, so a sum of four may be a tenth off (2018: 21,6 against 21,5).
      expect(close(income, v('verksamhetens-intakter'), 0.11), `${col} intäkter`).toBe(true);
      const costs = ['personal', 'lokaler', 'bidrag-kostnader', 'kop-av-verksamhet', 'konsulter-och-inhyrd-personal', 'varor-och-tjanster', 'ovriga-kostnader', 'kapitalkostnad'].reduce((s, r) => s + v(r), 0);
      expect(close(costs, v('verksamhetens-kostnader'), 0.11), `${col} kostnader`).toBe(true);
      expect(close(v('verksamhetens-kostnader') - v('verksamhetens-intakter'), v('nettokostnad')), `${col} nettokostnad`).toBe(true);
    }
    const res = table('resultat');
    expect(close(cell(res, 'socialnamnden', 'budget-netto-2019-03')! - cell(rr, 'nettokostnad', 'utfall-2019-03')!, cell(res, 'socialnamnden', 'periodens-resultat-2019-03')!)).toBe(true);
    expect(cell(res, 'socialnamnden', 'prognos-helar-2019')).toBe(cell(table('drift'), 'summa-namnd', 'avvikelse-efter-atgarder-2019'));
  });

  describe.skipIf(!seedsDir)('against the seed text', () => {
    it('every figure of the economy tables is printed in the seed, row by row', () => {
      let checked = 0;
      const wrong: string[] = [];
      const labels: Record<string, string> = { 'namnd-ledning-och-administration': 'Nämnd, ledning och adminstration' };
      for (const id of ['resultatrakning', 'drift', 'investeringar']) {
        const t = table(id);
        for (const r of t.rows) {
          const printed = printedAfter(labels[r.id] ?? r.name, t.columns.length);
          t.columns.forEach((c, i) => {
            checked++;
            if (r.values[c.id] !== printed[i]) wrong.push(`${id}/${r.id}/${c.id}: ${r.values[c.id]} but printed ${printed[i]}`);
          });
        }
      }
      const res = table('resultat');
      const printedRes: [string, string][] = [
        ['Budget, netto', 'budget-netto-2019-03'],
        ['Periodens resultat', 'periodens-resultat-2019-03'],
        ['Prognos för helår 2019', 'prognos-helar-2019'],
        ['Balansresultat', 'balansresultat-2019'],
      ];
      for (const [label, col] of printedRes) {
        checked++;
        const [printed] = printedAfter(label, 1);
        if (cell(res, 'socialnamnden', col) !== printed) wrong.push(`resultat/${col}: ${cell(res, 'socialnamnden', col)} but printed ${printed}`);
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(100);
    });

    it('every indicator figure (utfall 02-2019, kvinnor, män, trend, Behåll, omotiverade skillnader) is the one in the seed’s table', () => {
      const goal = doc.goals.find((g) => g.id === 'goda-forutsattningar')!;
      // The table's first column as the PDF text prints it (a broken word stays broken).
      const printedName: Record<string, string> = {
        'antal-anstallda': 'Antal anställda',
        'antal-anstallda-chefer': 'Antal anställda chefer',
        'sjukfranvaro-total': 'Sjukfrånvaro (total)',
        korttidssjukfranvaro: 'Korttidssjukfrånvar o (1-14 dagar)',
        langtidssjukfranvaro: 'Långtidssjukfrånvar o (över 180 dagar)',
      };
      let checked = 0;
      for (const ind of goal.indicators) {
        const row = new RegExp(
          `${escape(printedName[ind.id]!)} Utfall 02- 2019 (${NUM})(?: %)? Trend (\\S+)(?: Mål 2019 (\\S+))? Kvinnor 02- 2019 (${NUM})(?: %)? Män 02- 2019 (${NUM})(?: %)? (Nej|Ja)`,
        ).exec(seed);
        expect(row, ind.id).not.toBeNull();
        const [, total, trend, target, women, men, unexplained] = row!;
        const value = ind.values.find((v) => v.period === '2019-02')!;
        expect(value.value, `${ind.id} utfall`).toBe(parseSv(total!));
        expect(value.breakdown, `${ind.id} kön`).toEqual({ kvinnor: parseSv(women!), män: parseSv(men!) });
        expect((ind.extra as { trend?: string }).trend, `${ind.id} trend`).toBe(trend);
        expect(ind.targets.map((t) => t.change), `${ind.id} mål`).toEqual(target === 'Behåll' ? ['keep'] : []);
        expect(ind.equality?.unexplainedDifferences, `${ind.id} omotiverade skillnader`).toBe(unexplained === 'Ja');
        checked += 4;
      }
      const august = goal.indicators.find((i) => i.id === 'sjukfranvaro-total')!.values.find((v) => v.period === '2018-08')!;
      expect(seed).toContain(`nivån i augusti 2018 då utfallet var ${String(august.value).replace('.', ',')} procent`);
      expect(checked + 1).toBeGreaterThanOrEqual(15);
    });

    it('activity titles, statuses, follow-up texts and published motivations are the seed’s own words', () => {
      // A word hyphenated at a line end ("e-\ntillgänglighet") is one word in the data.
      const join = (s: string) => s.replace(/- (?=\p{Ll})/gu, '-');
      const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
      const flat = join(seed);
      const inSeed = (s: string) => seed.includes(collapse(s)) || flat.includes(join(collapse(s)));
      const missing: string[] = [];
      for (const g of doc.goals) {
        if (g.published?.motivation && !inSeed(g.published.motivation)) missing.push(`${g.id}: motivation`);
        for (const a of g.activities) {
          if (!inSeed(a.title)) missing.push(`${g.id}: title "${a.title}"`);
          if (a.followUp && !inSeed(a.followUp)) missing.push(`${g.id}: follow-up of "${a.title}"`);
          if (a.status && !seed.includes(`Status ${a.status}`)) missing.push(`${g.id}: status "${a.status}"`);
        }
      }
      expect(missing).toEqual([]);
    });
  });
});
