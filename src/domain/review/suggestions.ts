/** @module Review rules for suggested motivations: which state changes are allowed and for whom, when an override reason is needed, a goal's review status, and the facts digest that tells when a checked text has gone stale. */
import type { ReportDocument } from '../report';

export type SuggestionStatus = 'pending' | 'accepted' | 'rejected' | 'superseded';
export type ReviewRole = 'official' | 'editor' | 'admin';
export type GoalReviewStatus = 'none' | 'pending' | 'accepted' | 'stale';

export const statusLabels: Record<SuggestionStatus, string> = {
  pending: 'väntar på granskning',
  accepted: 'godkänd',
  rejected: 'avvisad',
  superseded: 'ersatt',
};

export const goalStatusLabels: Record<GoalReviewStatus, string> = {
  none: 'ingen text',
  pending: 'väntar på granskning',
  accepted: 'godkänd',
  stale: 'inaktuell',
};

/** The longest reason (override or rejection) we store; a paragraph, not a document. */
export const MAX_REASON_LENGTH = 2000;
/** The longest motivation we accept: well beyond any report's word limit, short of abuse. */
export const MAX_TEXT_LENGTH = 20_000;

export type Verdict =
  { ok: true; override: boolean } | { ok: false; kind: 'forbidden' | 'conflict' | 'invalid'; message: string; field?: string };

const rank: Record<ReviewRole, number> = { official: 1, editor: 2, admin: 3 };

/** The roles as people call them: every page and message names a role this way, never by its code. */
export const roleNames: Record<ReviewRole, string> = { official: 'tjänsteperson', editor: 'redaktör', admin: 'administratör' };
const isEditor = (role: ReviewRole) => rank[role] >= rank.editor;

const forbidden = (message: string): Verdict => ({ ok: false, kind: 'forbidden', message });
const conflict = (message: string): Verdict => ({ ok: false, kind: 'conflict', message });
const invalid = (field: string, message: string): Verdict => ({ ok: false, kind: 'invalid', field, message });
const allowed: Verdict = { ok: true, override: false };

/** Deciding what goes into the report (accepting, rejecting) is an editor's call. */
export function reviewerRule(role: ReviewRole, what: 'godkänna' | 'avvisa'): Verdict {
  return isEditor(role) ? allowed : forbidden(`Bara en redaktör kan ${what} texter; du är inloggad som ${roleNames[role]}.`);
}

/**
 * Writing a new version. Anyone may revise a text that is not in the report; a revised text is
 * pending again and is checked again. An accepted text is in the report, so only an editor may
 * take it out of the report by revising it (an official proposes a new text instead).
 */
export function editRule(s: { status: SuggestionStatus }, role: ReviewRole): Verdict {
  if (s.status === 'accepted' && !isEditor(role)) {
    return forbidden('Texten är godkänd och ingår i rapporten; bara en redaktör kan ändra den. Skriv ett nytt förslag i stället.');
  }
  return allowed;
}

/**
 * Accepting a text for the report. Editors only. A pending, rejected or superseded text can be
 * accepted; an accepted text only again when it is stale (the editor confirms it against the new
 * figures). Error findings block acceptance unless the editor writes why the text is right anyway.
 */
export function acceptRule(
  s: { status: SuggestionStatus; stale: boolean; findings: readonly { severity?: string }[] },
  role: ReviewRole,
  override?: { reason?: string },
): Verdict {
  if (!isEditor(role)) return reviewerRule(role, 'godkänna');
  if (s.status === 'accepted' && !s.stale) return conflict('Texten är redan godkänd.');
  const errors = countErrors(s.findings);
  if (errors === 0) return allowed;
  const reason = override?.reason?.trim() ?? '';
  if (reason === '') {
    return invalid(
      'override.reason',
      `Texten har ${errors === 1 ? 'ett fel' : `${errors} fel`} mot underlaget. Rätta texten, eller godkänn ändå med ett skriftligt skäl (override.reason).`,
    );
  }
  if (reason.length > MAX_REASON_LENGTH) return invalid('override.reason', `Skälet får vara högst ${MAX_REASON_LENGTH} tecken.`);
  return { ok: true, override: true };
}

/** Rejecting a text (editors only, with a reason): a pending one, or an accepted one taken out of the report. */
export function rejectRule(s: { status: SuggestionStatus }, role: ReviewRole, reason: string | undefined): Verdict {
  if (!isEditor(role)) return reviewerRule(role, 'avvisa');
  if (s.status === 'rejected') return conflict('Texten är redan avvisad.');
  if (s.status === 'superseded') return conflict('Texten är redan ersatt av en annan godkänd text.');
  const r = reason?.trim() ?? '';
  if (r === '') return invalid('reason', 'Skriv varför texten avvisas.');
  if (r.length > MAX_REASON_LENGTH) return invalid('reason', `Skälet får vara högst ${MAX_REASON_LENGTH} tecken.`);
  return allowed;
}

export function countErrors(findings: readonly { severity?: string }[] | null | undefined): number {
  return (findings ?? []).filter((f) => f.severity === 'error').length;
}

/** A goal's status on the overview: its accepted text (fresh or stale), else a text waiting, else none. */
export function goalReviewStatus(suggestions: readonly { status: SuggestionStatus; stale: boolean }[]): GoalReviewStatus {
  const accepted = suggestions.find((s) => s.status === 'accepted');
  if (accepted) return accepted.stale ? 'stale' : 'accepted';
  return suggestions.some((s) => s.status === 'pending') ? 'pending' : 'none';
}

// ---------------------------------------------------------------- facts digest

/** Marks the digest format, so a digest written by another rule is never compared as if equal. */
export const DIGEST_PREFIX = 'fd1:';

/**
 * A deterministic fingerprint of what a goal's text is checked against: its indicators (names,
 * units, outcomes, notes on missing values, targets), the goal's notes and the level the text
 * argues for. Extraction remarks under `extra` are left out: they change no figure.
 * Null when the goal is not in the document.
 */
export function factsDigest(doc: ReportDocument, goalId: string, level?: string): string | null {
  const goal = doc.goals.find((g) => g.id === goalId);
  if (!goal) return null;
  const facts = {
    year: doc.report.year,
    level: level ?? null,
    indicators: goal.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit ?? null,
      better: i.better,
      values: i.values.map((v) => [v.period, v.value, v.note ?? null, v.breakdown ?? null]),
      targets: i.targets.map((t) => [t.period, t.kind, t.value ?? null, t.change ?? null]),
    })),
    notes: goal.notes,
  };
  return DIGEST_PREFIX + fnv1a64(canonicalJson(facts));
}

/** JSON with object keys sorted, so equal data always gives the same string. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-8 bytes: not cryptographic, only a change detector that runs anywhere. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK64;
  }
  return hash.toString(16).padStart(16, '0');
}
