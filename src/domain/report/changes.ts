/** @module What changed in a goal's data between two versions of a report, old → new, as people read it: the note shown with a text flagged stale. */
import { formatNumber } from '../sv';
import type { ReportDocument } from './report';

export interface DataChange {
  /** What changed: "Sjukfrånvaro totalt 2022", "Sjukfrånvaro totalt, etappmål 2022", "Kommentar". */
  what: string;
  from: string;
  to: string;
}

const MAX_CHANGES = 8;
const shown = (v: number | null | undefined) => (v === null || v === undefined ? 'saknas' : formatNumber(v, { maxDecimals: 4 }));

/** The goal's figures, targets and notes that differ between `before` and `after` (at most eight, in the document's order). */
export function goalDataChanges(before: ReportDocument, after: ReportDocument, goalId: string): DataChange[] {
  const old = before.goals.find((g) => g.id === goalId);
  const now = after.goals.find((g) => g.id === goalId);
  if (!old || !now) return [];
  const out: DataChange[] = [];
  const ids = [...new Set([...now.indicators.map((i) => i.id), ...old.indicators.map((i) => i.id)])];
  for (const id of ids) {
    const a = old.indicators.find((i) => i.id === id);
    const b = now.indicators.find((i) => i.id === id);
    const name = (b ?? a)!.name;
    if (!a || !b) {
      out.push({ what: name, from: a ? 'fanns' : 'fanns inte', to: b ? 'ny indikator' : 'borttagen' });
      continue;
    }
    const periods = [...new Set([...a.values.map((v) => v.period), ...b.values.map((v) => v.period)])].sort();
    for (const period of periods) {
      const x = a.values.find((v) => v.period === period)?.value;
      const y = b.values.find((v) => v.period === period)?.value;
      if ((x ?? null) !== (y ?? null)) out.push({ what: `${name} ${period}`, from: shown(x), to: shown(y) });
    }
    const targetKeys = [...new Set([...a.targets, ...b.targets].map((t) => `${t.kind}|${t.period}`))];
    for (const key of targetKeys) {
      const [kind, period] = key.split('|') as [string, string];
      const x = a.targets.find((t) => t.kind === kind && t.period === period);
      const y = b.targets.find((t) => t.kind === kind && t.period === period);
      const text = (t: typeof x) => (t ? (t.value !== undefined ? shown(t.value) : (t.change ?? 'saknas')) : 'saknas');
      if (text(x) !== text(y))
        out.push({ what: `${name}, ${kind === 'etappmal' ? 'etappmål' : 'målvärde'} ${period}`, from: text(x), to: text(y) });
    }
  }
  const notesBefore = new Set(old.notes ?? []);
  const notesAfter = new Set(now.notes ?? []);
  for (const n of notesAfter) if (!notesBefore.has(n)) out.push({ what: 'Kommentar', from: 'saknas', to: n });
  for (const n of notesBefore) if (!notesAfter.has(n)) out.push({ what: 'Kommentar', from: n, to: 'borttagen' });
  const activity = (a: { title: string; status?: string }) => (a.status ? `${a.title} (${a.status})` : a.title);
  const actsBefore = new Set((old.activities ?? []).map(activity));
  const actsAfter = new Set((now.activities ?? []).map(activity));
  for (const x of actsAfter) if (!actsBefore.has(x)) out.push({ what: 'Aktivitet', from: 'saknas', to: x });
  for (const x of actsBefore) if (!actsAfter.has(x)) out.push({ what: 'Aktivitet', from: x, to: 'borttagen' });
  return out.slice(0, MAX_CHANGES);
}
