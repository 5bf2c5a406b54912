/** @module A checked text with its findings marked where they are (a tooltip gives the message and the fact compared) and listed beneath it. */
import type { FC } from 'hono/jsx';
import { formatQuantity } from '../domain/sv';

export interface FindingLike {
  severity: 'error' | 'warning';
  code?: string;
  message: string;
  start: number;
  end: number;
  facts?: { kind?: string; label: string; value?: number; unit?: string; period?: string; text?: string }[];
  expected?: string;
}

export interface Segment {
  text: string;
  /** Indexes into the findings that cover this stretch of text. */
  findings: number[];
}

/**
 * Cuts the text where findings start and end; overlapping findings share a stretch. A finding
 * about the text as a whole (no span, or all of it: "says no level", "too long") is left to the
 * list beneath, so it does not paint the whole paragraph.
 */
export function segmentText(text: string, findings: readonly Pick<FindingLike, 'start' | 'end'>[]): Segment[] {
  const trimmed = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
  const spans = findings
    .map((f, i) => ({ i, start: Math.max(0, Math.min(text.length, f.start)), end: Math.max(0, Math.min(text.length, f.end)) }))
    .filter((s) => s.end > s.start && !(s.start <= trimmed.start && s.end >= trimmed.end));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    const covering = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.i);
    const last = out.at(-1);
    if (last && last.findings.join() === covering.join()) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), findings: covering });
  }
  return out;
}

export function describeFact(f: NonNullable<FindingLike['facts']>[number]): string {
  if (f.kind === 'level') return `målets nivå ${f.label}`;
  const period = f.period && !f.label.includes(f.period) ? ` ${f.period}` : '';
  const value = f.value !== undefined ? `: ${formatQuantity(f.value, f.unit)}` : f.text ? `: ${f.text}` : '';
  return `${f.label}${period}${value}`;
}

const severityName = (f: FindingLike) => (f.severity === 'error' ? 'Fel' : 'Varning');

export function describeFinding(f: FindingLike): string {
  const facts = f.facts?.length ? ` Jämfört med: ${f.facts.map(describeFact).join('; ')}.` : '';
  const expected = f.expected ? ` Väntat: ${f.expected}.` : '';
  return `${severityName(f)}: ${f.message}${facts}${expected}`;
}

export const HighlightedText: FC<{ id: string; text: string; findings: FindingLike[] }> = ({ id, text, findings }) => (
  <p class="text">
    {segmentText(text, findings).map((seg) => {
      if (seg.findings.length === 0) return seg.text;
      const fs = seg.findings.map((i) => findings[i]!);
      const severity = fs.some((f) => f.severity === 'error') ? 'error' : 'warning';
      return (
        <mark
          class={severity}
          tabindex={0}
          title={fs.map(describeFinding).join('\n')}
          aria-describedby={seg.findings.map((i) => `${id}-f${i + 1}`).join(' ')}
        >
          {seg.text}
          <sup aria-hidden="true">{seg.findings.map((i) => i + 1).join(',')}</sup>
        </mark>
      );
    })}
  </p>
);

export const FindingList: FC<{ id: string; findings: FindingLike[] }> = ({ id, findings }) => {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return <p class="verdict clean">Kontrollen hittade inga fel: varje siffra stämmer med underlaget.</p>;
  return (
    <>
      <p class="verdict">
        Kontrollen: {errors === 1 ? '1 fel' : `${errors} fel`}, {warnings === 1 ? '1 varning' : `${warnings} varningar`}.
      </p>
      <ol class="findings">
        {findings.map((f, i) => (
          <li id={`${id}-f${i + 1}`}>
            <span class={`sev-${f.severity}`}>{severityName(f)}:</span> {f.message}
            {f.facts?.length ? <span class="fact"> Jämfört med: {f.facts.map(describeFact).join('; ')}.</span> : null}
            {f.expected ? <span class="fact"> Väntat: {f.expected}.</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
};
