import { describe, expect, it } from 'vitest';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { acceptRule, editRule, factsDigest, goalReviewStatus, rejectRule } from '../../src/domain/review';
import { segmentText } from '../../src/web/findings';
import { demoFile } from '../helpers/app';

const error = { severity: 'error' };
const warning = { severity: 'warning' };

function demo(): ReportDocument {
  const parsed = parseReportDocument(demoFile('vb-2022'));
  if (!parsed.ok) throw new Error('demo invalid');
  return parsed.doc;
}

describe('review rules', () => {
  it('lets only editors accept and reject', () => {
    expect(acceptRule({ status: 'pending', stale: false, findings: [] }, 'official')).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(rejectRule({ status: 'pending' }, 'official', 'skäl')).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(acceptRule({ status: 'pending', stale: false, findings: [] }, 'editor')).toEqual({ ok: true, override: false });
    expect(acceptRule({ status: 'pending', stale: false, findings: [] }, 'admin')).toEqual({ ok: true, override: false });
  });

  it('needs a written reason to accept a text with errors, but not for warnings', () => {
    const withErrors = { status: 'pending' as const, stale: false, findings: [error, warning] };
    expect(acceptRule(withErrors, 'editor')).toMatchObject({ ok: false, kind: 'invalid', field: 'override.reason' });
    expect(acceptRule(withErrors, 'editor', { reason: '   ' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(acceptRule(withErrors, 'editor', { reason: 'Källan är en annan.' })).toEqual({ ok: true, override: true });
    expect(acceptRule({ status: 'pending', stale: false, findings: [warning] }, 'editor')).toEqual({ ok: true, override: false });
  });

  it('accepts an accepted text again only when it is stale', () => {
    expect(acceptRule({ status: 'accepted', stale: false, findings: [] }, 'editor')).toMatchObject({ ok: false, kind: 'conflict' });
    expect(acceptRule({ status: 'accepted', stale: true, findings: [] }, 'editor')).toEqual({ ok: true, override: false });
    for (const status of ['rejected', 'superseded'] as const)
      expect(acceptRule({ status, stale: false, findings: [] }, 'editor').ok).toBe(true);
  });

  it('rejects pending and accepted texts with a reason, never twice', () => {
    expect(rejectRule({ status: 'pending' }, 'editor', '')).toMatchObject({ ok: false, field: 'reason' });
    expect(rejectRule({ status: 'accepted' }, 'editor', 'Utgår.').ok).toBe(true);
    expect(rejectRule({ status: 'rejected' }, 'editor', 'Igen.')).toMatchObject({ ok: false, kind: 'conflict' });
    expect(rejectRule({ status: 'superseded' }, 'editor', 'Igen.')).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('keeps an accepted text from being revised by an official', () => {
    expect(editRule({ status: 'accepted' }, 'official')).toMatchObject({ ok: false, kind: 'forbidden' });
    for (const status of ['pending', 'rejected', 'superseded'] as const) expect(editRule({ status }, 'official').ok).toBe(true);
    expect(editRule({ status: 'accepted' }, 'editor').ok).toBe(true);
  });

  it('gives a goal one status: accepted (or stale) wins over pending, pending over none', () => {
    expect(goalReviewStatus([])).toBe('none');
    expect(goalReviewStatus([{ status: 'rejected', stale: false }])).toBe('none');
    expect(
      goalReviewStatus([
        { status: 'pending', stale: false },
        { status: 'superseded', stale: false },
      ]),
    ).toBe('pending');
    expect(
      goalReviewStatus([
        { status: 'pending', stale: false },
        { status: 'accepted', stale: false },
      ]),
    ).toBe('accepted');
    expect(goalReviewStatus([{ status: 'accepted', stale: true }])).toBe('stale');
  });
});

describe('facts digest', () => {
  it('is the same for the same figures and changes when a figure, a target or the level changes', () => {
    const a = demo();
    const digest = factsDigest(a, 'g2', 'ej');
    expect(digest).toMatch(/^fd1:[0-9a-f]{16}$/);
    expect(factsDigest(demo(), 'g2', 'ej')).toBe(digest);

    const extraOnly = demo();
    extraOnly.goals[1]!.indicators[0]!.extra = { note: 'annan anteckning' };
    expect(factsDigest(extraOnly, 'g2', 'ej')).toBe(digest);

    const figure = demo();
    figure.goals[1]!.indicators[0]!.values[2]!.value = 8.4;
    expect(factsDigest(figure, 'g2', 'ej')).not.toBe(digest);
    const target = demo();
    target.goals[1]!.indicators[0]!.targets[0]!.value = 7;
    expect(factsDigest(target, 'g2', 'ej')).not.toBe(digest);
    expect(factsDigest(a, 'g2', 'delvis')).not.toBe(digest);
    // Another goal's figures are not this goal's facts.
    expect(factsDigest(figure, 'g1', 'hog')).toBe(factsDigest(a, 'g1', 'hog'));
    expect(factsDigest(a, 'g99')).toBeNull();
  });
});

describe('marking findings in a text', () => {
  it('cuts overlapping findings into stretches and leaves whole-text findings to the list', () => {
    const text = 'Sjukfrånvaron var 5,1 procent 2022.';
    const segments = segmentText(text, [
      { start: 18, end: 29 }, // "5,1 procent"
      { start: 22, end: 34 }, // "procent 2022"
      { start: 0, end: text.length }, // "no level stated"
      { start: 5, end: 5 }, // no span
    ]);
    expect(segments).toEqual([
      { text: 'Sjukfrånvaron var ', findings: [] },
      { text: '5,1 ', findings: [0] },
      { text: 'procent', findings: [0, 1] },
      { text: ' 2022', findings: [1] },
      { text: '.', findings: [] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
