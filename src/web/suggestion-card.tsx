/** @module A suggested motivation on the goal page (its text with findings, stale note, review buttons and versions) and the goal's history lines. */
import type { FC } from 'hono/jsx';
import type { EventView } from '../db/suggestions';
import { countErrors, statusLabels } from '../domain/review';
import { swedishTime } from '../lib/time';
import { FindingList, HighlightedText, type FindingLike } from './findings';
import type { GoalPageProps } from './goal-page';
import { StatusBadge } from './report-pages';
import { wordDiff } from './word-diff';

/** The fields a form held when it was refused, if `form` is the one. */
export const typedFor = (p: GoalPageProps, form: string) => (p.typed?.form === form ? p.typed.fields : undefined);

export interface StaleNote {
  reason: string;
  changed: { what: string; from: string; to: string }[];
}

/** Why each text was last flagged stale, from its newest stale event (events come newest first). */
export function staleNotes(events: EventView[]): Map<string, StaleNote> {
  const out = new Map<string, StaleNote>();
  for (const e of events) {
    if (e.action !== 'suggestion.stale' || !e.suggestionId || out.has(e.suggestionId)) continue;
    const d = (e.detail ?? {}) as { reason?: string; changed?: StaleNote['changed'] };
    out.set(e.suggestionId, { reason: d.reason ?? 'facts_changed', changed: Array.isArray(d.changed) ? d.changed : [] });
  }
  return out;
}

export const StaleCallout: FC<{ note: StaleNote | undefined }> = ({ note }) => {
  const reason = note?.reason ?? 'facts_changed';
  const head =
    reason === 'level_changed'
      ? 'Målets slutliga nivå har ändrats sedan texten kontrollerades. Kontrollen nedan gäller den nya nivån; texten är oförändrad.'
      : reason === 'goal_removed'
        ? 'Målet finns inte längre i den importerade rapporten; texten är oförändrad.'
        : 'Underlaget har ändrats sedan texten kontrollerades. Kontrollen nedan gäller det nya underlaget; texten är oförändrad.';
  return (
    <div class="callout stale">
      <p>{head}</p>
      {note?.changed.length ? (
        <ul class="changes">
          {note.changed.map((ch) => (
            <li>
              {ch.what}: {ch.from} → {ch.to}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};

export const originNames: Record<string, string> = {
  offline: 'Utkast (utan språkmodell)',
  llm: 'Utkast av språkmodell',
  manual: 'Egen text',
  chat: 'Från chatten',
};

export const TextArea: FC<{
  id: string;
  name: string;
  label: string;
  value?: string;
  wordLimit?: number;
  hint?: string;
  required?: boolean;
}> = (p) => (
  <>
    <label for={p.id}>{p.label}</label>
    {p.hint ? (
      <p class="hint" id={`${p.id}-hint`}>
        {p.hint}
      </p>
    ) : null}
    <textarea
      id={p.id}
      name={p.name}
      required={p.required ?? true}
      data-word-limit={p.wordLimit}
      aria-describedby={p.hint ? `${p.id}-hint` : undefined}
    >
      {p.value ?? ''}
    </textarea>
    {p.wordLimit ? <p class="words" id={`${p.id}-words`} aria-live="polite"></p> : null}
  </>
);

export const SuggestionCard: FC<{
  s: GoalPageProps['suggestions'][number];
  p: GoalPageProps & { goalHref: string; acceptedId: string; stale: Map<string, StaleNote> };
}> = ({ s, p }) => {
  const findings = s.findings as FindingLike[];
  const errors = countErrors(findings);
  const id = `s-${s.id}`;
  const canEdit = s.status !== 'accepted' || p.canReview;
  const canAccept = p.canReview && (s.status !== 'accepted' || s.stale);
  const canReject = p.canReview && (s.status === 'pending' || s.status === 'accepted');
  const cls = `suggestion ${s.status}${s.stale ? ' is-stale' : ''}`;
  const edited = typedFor(p, `redigera:${s.id}`);
  const overriding = typedFor(p, `godkann:${s.id}`);
  const rejecting = typedFor(p, `avvisa:${s.id}`);
  // The text's own version: a review decision changes the row, not the text.
  const textVersion = Math.max(1, s.versions.length);
  return (
    <article class={cls} id={id} aria-labelledby={`${id}-h`} data-status={s.status}>
      <header>
        <h3 id={`${id}-h`}>{originNames[s.origin] ?? s.origin}</h3>
        <span class={`badge ${s.status}`}>{statusLabels[s.status]}</span>
        {s.stale ? <StatusBadge status="stale" /> : null}
      </header>
      <p class="meta">
        {s.createdBy}, {swedishTime(s.createdAt)} · version {textVersion}
        {s.updatedBy && s.updatedAt !== s.createdAt ? ` · senast ändrad av ${s.updatedBy}, ${swedishTime(s.updatedAt)}` : ''}
      </p>
      <HighlightedText id={id} text={s.text} findings={findings} />
      {s.stale ? <StaleCallout note={p.stale.get(s.id)} /> : null}
      {s.overrideReason ? <p class="callout override">Godkänd trots fel. Skäl: {s.overrideReason}</p> : null}
      {s.status === 'rejected' && s.rejectReason ? <p class="callout rejected">Avvisad. Skäl: {s.rejectReason}</p> : null}
      <FindingList id={id} findings={findings} />
      <div class="actions">
        {canAccept && errors === 0 ? (
          <form method="post" action={`/forslag/${s.id}/godkann`}>
            <input type="hidden" name="baseVersion" value={String(s.version)} />
            <input type="hidden" name="replaces" value={p.acceptedId} />
            <button type="submit" class="accept">
              {s.status === 'accepted' ? 'Godkänn igen' : 'Godkänn'}
            </button>
          </form>
        ) : null}
        {canAccept && errors > 0 ? (
          <details open={overriding ? true : undefined}>
            <summary class="accept">Godkänn trots fel</summary>
            <form method="post" action={`/forslag/${s.id}/godkann`} class="stack">
              <input type="hidden" name="baseVersion" value={String(s.version)} />
              <input type="hidden" name="replaces" value={p.acceptedId} />
              <TextArea
                id={`${id}-override`}
                name="overrideReason"
                label="Skäl att godkänna trots fel"
                value={overriding?.overrideReason}
                hint={`Texten har ${errors === 1 ? 'ett fel' : `${errors} fel`} mot underlaget. Skälet sparas och visas med texten.`}
              />
              <button type="submit" class="accept">
                Godkänn trots fel
              </button>
            </form>
          </details>
        ) : null}
        {canEdit ? (
          <details open={edited ? true : undefined}>
            <summary>Redigera</summary>
            <form method="post" action={`/forslag/${s.id}/redigera`} class="stack">
              <input type="hidden" name="baseVersion" value={String(s.version)} />
              <TextArea
                id={`${id}-edit`}
                name="text"
                label="Ny version av texten"
                value={edited?.text ?? s.text}
                wordLimit={p.wordLimit}
                hint={
                  s.status === 'accepted'
                    ? 'Den nya versionen kontrolleras och väntar sedan på granskning.'
                    : 'Den nya versionen kontrolleras mot underlaget.'
                }
              />
              <button type="submit" class="primary">
                Spara ny version
              </button>
            </form>
          </details>
        ) : null}
        {!canEdit ? (
          <details>
            <summary>Föreslå ändring</summary>
            <form method="post" action={`${p.goalHref}/forslag`} class="stack">
              <TextArea
                id={`${id}-propose`}
                name="text"
                label="Ny text utifrån den godkända"
                value={s.text}
                wordLimit={p.wordLimit}
                hint="Sparas som ett nytt förslag; den godkända texten gäller tills en redaktör godkänner det nya."
              />
              <button type="submit" class="primary">
                Spara förslag
              </button>
            </form>
          </details>
        ) : null}
        {p.canReview && (s.status === 'accepted' || s.status === 'rejected') ? (
          <form method="post" action={`/forslag/${s.id}/angra`}>
            <input type="hidden" name="baseVersion" value={String(s.version)} />
            <button type="submit">{s.status === 'accepted' ? 'Ångra godkännandet' : 'Ångra avvisningen'}</button>
          </form>
        ) : null}
        {canReject ? (
          <details open={rejecting ? true : undefined}>
            <summary class="danger">Avvisa</summary>
            <form method="post" action={`/forslag/${s.id}/avvisa`} class="stack">
              <input type="hidden" name="baseVersion" value={String(s.version)} />
              <TextArea id={`${id}-reject`} name="reason" label="Varför avvisas texten?" value={rejecting?.reason} />
              <button type="submit" class="danger">
                Avvisa
              </button>
            </form>
          </details>
        ) : null}
      </div>
      {s.versions.length > 1 ? (
        <details class="versions">
          <summary>Tidigare versioner och vad som ändrades ({s.versions.length - 1})</summary>
          {s.versions
            .map((v, i) => ({ ...v, n: i + 1, previous: s.versions[i - 1] }))
            .slice(1)
            .reverse()
            .map((v) => (
              <div>
                <p class="meta">
                  Version {v.n - 1} → {v.n}: {v.createdBy}, {swedishTime(v.createdAt)}
                </p>
                <p class="diff">
                  {wordDiff(v.previous!.text, v.text).map((part) =>
                    part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : part.text,
                  )}
                </p>
              </div>
            ))}
          <p class="meta">
            Version 1: {s.versions[0]!.createdBy}, {swedishTime(s.versions[0]!.createdAt)}
          </p>
          <blockquote>{s.versions[0]!.text}</blockquote>
        </details>
      ) : null}
    </article>
  );
};

export function shorten(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

export function staleEvent(d: Record<string, unknown>): string {
  if (d.reason === 'goal_removed') return 'Markerades inaktuell: målet finns inte längre i den importerade rapporten.';
  if (d.reason === 'level_changed') return `Markerades inaktuell: målets slutliga nivå ändrades (${d.errors ?? 0} fel mot den nya nivån).`;
  return `Markerades inaktuell efter ny import: underlaget har ändrats (${d.errors ?? 0} fel mot det nya underlaget).`;
}

export function describeEvent(e: EventView): string {
  const d = (e.detail ?? {}) as Record<string, unknown>;
  switch (e.action) {
    case 'suggestion.created':
      return `${originNames[String(d.origin)] ?? 'Förslag'} skrevs${typeof d.errors === 'number' ? ` (${d.errors} fel)` : ''}.`;
    case 'suggestion.edited':
      return `En ny version av texten sparades${typeof d.errors === 'number' ? ` (${d.errors} fel)` : ''}.`;
    case 'suggestion.accepted':
      return d.overrideReason ? `Godkändes trots ${d.errors} fel. Skäl: ${d.overrideReason}` : 'Godkändes.';
    case 'suggestion.superseded':
      return 'Ersattes av en annan godkänd text.';
    case 'suggestion.rejected':
      return `Avvisades. Skäl: ${d.reason ?? ''}`;
    case 'suggestion.stale': {
      const changed = Array.isArray(d.changed)
        ? ` Ändrat: ${(d.changed as StaleNote['changed']).map((ch) => `${ch.what}: ${ch.from} → ${ch.to}`).join('; ')}.`
        : '';
      return staleEvent(d) + changed;
    }
    case 'suggestion.withdrawn':
      return `${d.previousStatus === 'accepted' ? 'Godkännandet' : 'Avvisningen'} ångrades; texten väntar på granskning igen.`;
    case 'suggestion.reinstated':
      return 'Godkändes igen när godkännandet av den text som ersatt den ångrades.';
    case 'data.notes':
    case 'data.figure': {
      const changed = Array.isArray(d.changed)
        ? (d.changed as StaleNote['changed']).map((ch) => `${ch.what}: ${ch.from} → ${ch.to}`).join('; ')
        : '';
      return `${e.action === 'data.figure' ? 'Rättade en siffra' : 'Ändrade underlaget'}${changed ? `: ${changed}` : ''}.`;
    }
    case 'level.set':
      return `Slutlig nivå sattes${d.reason ? `. Skäl: ${d.reason}` : '.'}`;
    case 'rollup.level.set':
      return `Samlad bedömning för ”${String(d.title ?? d.rollUp)}” sattes till ${String(d.label ?? d.finalLevel)}${d.reason ? `. Skäl: ${d.reason}` : '.'}`;
    case 'overall.level.set':
      return `Samlad bedömning för hela rapporten sattes till ${String(d.label ?? d.finalLevel)}${d.reason ? `. Skäl: ${d.reason}` : '.'}`;
    case 'rollup.level.cleared':
      return `Den satta samlade bedömningen för ”${String(d.title ?? d.rollUp)}” togs bort; den beräknade (${String(d.label ?? d.computedLevel)}) gäller igen.`;
    case 'overall.level.cleared':
      return `Den satta samlade bedömningen för hela rapporten togs bort; den beräknade (${String(d.label ?? d.computedLevel)}) gäller igen.`;
    default:
      return e.action;
  }
}

/** A page's history: each event with when, who and what, linked to the text it concerns. */
export const HistoryList: FC<{ events: EventView[]; texts: Map<string, string>; empty: string }> = ({ events, texts, empty }) => (
  <section aria-labelledby="historik">
    <h2 id="historik">Historik</h2>
    {events.length === 0 ? (
      <p class="muted">{empty}</p>
    ) : (
      <ol class="history">
        {events.map((e) => (
          <li>
            <time datetime={e.at}>{swedishTime(e.at)}</time>
            <strong>{e.actor}</strong>: {describeEvent(e)}
            {e.suggestionId && texts.has(e.suggestionId) ? (
              <>
                {' '}
                <a href={`#s-${e.suggestionId}`}>”{texts.get(e.suggestionId)}”</a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    )}
  </section>
);
