/**
 * @module Bench: assessReport on a generated report of 1 000 goals × ~4 indicators × 10 periods
 * (a mix of value and direction targets, missing outcomes, month periods, no-target indicators).
 * Prints the median of several runs; target: under 100 ms.
 * Run: npx tsx bench/assessment.ts
 */
import { assessReport, type LevelOverride } from '../src/domain/assessment';
import { parseReportDocument, type ReportInput } from '../src/domain/report';

const GOALS = 1000;
const PERIODS = 10;
const RUNS = 9;
const YEAR = 2015 + PERIODS;

/** A deterministic pseudo-random sequence, so every run assesses the same report. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function generate(): ReportInput {
  const rnd = lcg(42);
  const goals = Array.from({ length: GOALS }, (_, g) => {
    const count = 3 + Math.floor(rnd() * 3); // 3–5, about 4 on average
    return {
      id: `g${g + 1}`,
      area: `Målområde ${(g % 4) + 1}`,
      councilGoal: `Kommunfullmäktigemål ${(g % 12) + 1}`,
      title: `Nämndmål ${g + 1}`,
      indicators: Array.from({ length: count }, (_, i) => {
        const kind = rnd();
        const values = Array.from({ length: PERIODS }, (_, p) => ({
          period: String(YEAR - PERIODS + 1 + p),
          value: rnd() < 0.05 ? null : Math.round(rnd() * 1000) / 10,
        }));
        if (kind > 0.9) values[PERIODS - 1] = { period: `${YEAR}-08`, value: Math.round(rnd() * 1000) / 10 };
        const targets =
          kind < 0.6
            ? [
                { period: String(YEAR), kind: 'etappmal' as const, value: 50 },
                { period: '2030', kind: 'malvarde' as const, value: 90 },
              ]
            : kind < 0.8
              ? [{ period: String(YEAR), kind: 'etappmal' as const, change: (i % 2 ? 'increase' : 'decrease') as 'increase' | 'decrease' }]
              : [];
        return {
          id: `g${g + 1}-i${i + 1}`,
          name: `Indikator ${g + 1}.${i + 1}`,
          unit: i % 3 ? '%' : 'kr/invånare',
          better: (i % 2 ? 'higher' : 'lower') as 'higher' | 'lower',
          values,
          targets,
        };
      }),
    };
  });
  return {
    schema: 'report-data/v1',
    organisation: { id: 'bench-org', name: 'Benchnämnden' },
    report: { id: 'bench', kind: 'verksamhetsberattelse', year: YEAR },
    scale: {
      levels: [
        { id: 'helt', label: 'Helt uppfyllt', rank: 4 },
        { id: 'hog', label: 'I hög grad uppfyllt', rank: 3 },
        { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
        { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals,
  };
}

function main() {
  const parsed = parseReportDocument(generate());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const doc = parsed.doc;
  const indicators = doc.goals.reduce((n, g) => n + g.indicators.length, 0);
  const overrides: LevelOverride[] = doc.goals
    .filter((_, i) => i % 10 === 0)
    .map((g) => ({ goalId: g.id, level: 'delvis', reason: 'Bench', by: 'bench', at: '2026-01-01T00:00:00Z' }));

  assessReport(doc, overrides); // warm-up: JIT and caches
  const times: number[] = [];
  let result = assessReport(doc, overrides);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = assessReport(doc, overrides);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const levels = new Map<string, number>();
  for (const g of result.goals) levels.set(g.computedLevel, (levels.get(g.computedLevel) ?? 0) + 1);

  console.log(`assessReport: ${GOALS} mål, ${indicators} indikatorer × ${PERIODS} perioder, ${overrides.length} fastställda nivåer`);
  console.log(
    `  median ${median.toFixed(1)} ms över ${RUNS} körningar (min ${times[0]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms); mål: under 100 ms`,
  );
  console.log(`  föreslagna nivåer: ${[...levels].map(([l, n]) => `${l} ${n}`).join(', ')}; samlad: ${result.overall.label}`);
  if (median >= 100) process.exitCode = 1;
}

main();
