/** @module The goal page: the goal's levels and indicator table, its suggested motivations with their findings and the review buttons, and its history. */
import type { FC } from 'hono/jsx';
import type { EventView, SuggestionView } from '../db/suggestions';
import type { SectionTable } from '../export/section';
import { Layout, type Notice } from './layout';
import { PrintedTable } from './printed-table';
import { StatusBadge, type User } from './report-pages';
import { HistoryList, shorten, staleNotes, SuggestionCard, TextArea, typedFor } from './suggestion-card';
import { IndicatorContextList, type IndicatorContextProps } from './indicator-context';
import type { IndicatorAssessment } from '../domain/assessment';
import type { Indicator } from '../domain/report';
import { IndicatorCards } from './indicator-chart';

/** The rationale as a short list: one sentence a line. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/u).filter((x) => x.trim() !== '');

export interface GoalPageProps {
  user: User;
  canReview: boolean;
  report: { id: string; title: string };
  goal: { id: string; title: string; area: string | null; councilGoal: string | null };
  levels: {
    computedLabel: string;
    finalLabel: string;
    rationale: string;
    basis: 'outcomes' | 'latest-known' | 'none';
    override?: { reason: string; by: string };
  };
  /** The scale, best first, and the goal's computed and final level ids: the form that sets the final level. */
  levelChoice: { levels: { id: string; label: string }[]; computed: string; final: string };
  status: Parameters<typeof StatusBadge>[0]['status'];
  table: SectionTable | null;
  /** Groups and comparisons beside the indicators (Kolada attributed). */
  indicatorContext?: IndicatorContextProps;
  /** The goal's indicators as data and as assessed: the cards with status, trend and chart. */
  indicators: { data: Indicator[]; assessed: IndicatorAssessment[] };
  /** The officials' notes and activities the drafts draw on. */
  notes: string[];
  activities: { title: string; status?: string }[];
  /** The goals before and after this one in the report, with their numbers. */
  neighbours: {
    previous: { id: string; number: number; title: string } | null;
    next: { id: string; number: number; title: string } | null;
  };
  /** An admin may correct a figure on the page. */
  isAdmin: boolean;
  /** This goal's number in the report ("Mål 2"), as the chat numbers goals. */
  number: number;
  suggestions: (SuggestionView & { versions: { version: number; text: string; createdBy: string; createdAt: string }[] })[];
  events: EventView[];
  wordLimit: number;
  notice?: Notice | null;
  /** What a refused form held (`niva`, `utkast`, `forslag`, `redigera:<id>`, `godkann:<id>`, `avvisa:<id>`), so nothing typed is lost. */
  typed?: { form: string; fields: Record<string, string> };
  /** The goal page's own address (the page after a refused form shows it instead of the POST route). */
  pageUrl?: string;
  /** The draft field's example wish, from the goal's own indicators. */
  draftHint: string;
}

const IndicatorTable: FC<{ table: SectionTable }> = ({ table }) => <PrintedTable table={table} labelledBy="indikatorer" withNotes />;

export const GoalPage: FC<GoalPageProps> = (p) => {
  const order = { accepted: 0, pending: 1, rejected: 2, superseded: 3 } as const;
  const sorted = [...p.suggestions].sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
  const current = sorted.filter((s) => s.status === 'accepted' || s.status === 'pending');
  // Accept forms say which text was accepted when the page was read, so a later acceptance by someone else is a conflict.
  const acceptedId = sorted.find((s) => s.status === 'accepted')?.id ?? '';
  const old = sorted.filter((s) => s.status === 'rejected' || s.status === 'superseded');
  // The history names each text by its first words, linked to it on the page.
  const texts = new Map(p.suggestions.map((s) => [s.id, shorten(s.text)]));
  const reportHref = `/rapporter/${encodeURIComponent(p.report.id)}`;
  const goalHref = `${reportHref}/mal/${encodeURIComponent(p.goal.id)}`;
  const stale = staleNotes(p.events);
  const level = typedFor(p, 'niva');
  // No etappmål could be judged and no official has set a level: ask for a judgement instead of showing the scale's middle.
  const judge = p.levels.basis === 'none' && !p.levels.override;
  const draft = typedFor(p, 'utkast');
  const own = typedFor(p, 'forslag');
  return (
    <Layout
      title={p.goal.title}
      user={p.user}
      current="/rapporter"
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: p.report.title },
        { href: goalHref, label: p.goal.title },
      ]}
      notice={p.notice}
      scripts={['/assets/review.js']}
      pageUrl={p.typed ? p.pageUrl : undefined}
    >
      <h1>
        Mål {p.number}: {p.goal.title}
      </h1>
      <nav aria-label="Andra mål" class="goal-nav">
        {p.neighbours.previous ? (
          <a href={`${reportHref}/mal/${encodeURIComponent(p.neighbours.previous.id)}`} rel="prev">
            ← Mål {p.neighbours.previous.number}: {p.neighbours.previous.title}
          </a>
        ) : (
          <span></span>
        )}
        {p.neighbours.next ? (
          <a href={`${reportHref}/mal/${encodeURIComponent(p.neighbours.next.id)}`} rel="next">
            Mål {p.neighbours.next.number}: {p.neighbours.next.title} →
          </a>
        ) : null}
      </nav>
      <dl class="context">
        {p.goal.area ? (
          <>
            <dt>Målområde:</dt>
            <dd>{p.goal.area}</dd>
          </>
        ) : null}
        {p.goal.councilGoal ? (
          <>
            <dt>Kommunfullmäktigemål:</dt>
            <dd>{p.goal.councilGoal}</dd>
          </>
        ) : null}
      </dl>
      <div class="levels">
        <p>
          <span class="label">Beräknad nivå</span>
          <strong>{judge ? 'Kan inte beräknas' : p.levels.computedLabel}</strong>
        </p>
        <p>
          <span class="label">Slutlig nivå (Måluppfyllelse)</span>
          <strong>{judge ? 'Inte bedömd än' : p.levels.finalLabel}</strong>
        </p>
        {judge ? (
          <p class="callout judge">
            Inget etappmål kan bedömas för målet (inget är satt, eller inget har ett utfall ens från tidigare år), så regeln kan inte räkna
            fram en nivå. Bedöm nivån själv under ”Ändra slutlig nivå” och skriv skälet; målet räknas in i den samlade bedömningen först då.
          </p>
        ) : null}
        <p>
          <span class="label">Motivering</span>
          <StatusBadge status={p.status} />
        </p>
        {p.levels.override ? (
          <p>
            <span class="label">Skäl till avvikande nivå ({p.levels.override.by})</span>
            {p.levels.override.reason}
          </p>
        ) : null}
        <details class="rationale">
          <summary>Så beräknades nivån</summary>
          <ul>
            {sentences(p.levels.rationale).map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </details>
        <details class="set-level" open={level || judge ? true : undefined}>
          <summary>Ändra slutlig nivå</summary>
          <form method="post" action={`${goalHref}/niva`} class="stack">
            <label for="niva">Slutlig nivå</label>
            <select id="niva" name="level">
              {p.levelChoice.levels.map((l) => (
                <option value={l.id} selected={l.id === (level?.level ?? p.levelChoice.final)}>
                  {l.id === p.levelChoice.computed && !judge ? `${l.label} (beräknad)` : l.label}
                </option>
              ))}
            </select>
            <TextArea
              id="niva-skal"
              name="reason"
              label="Skäl"
              required={false}
              value={level ? level.reason : p.levels.override?.reason}
              hint="Krävs när nivån skiljer sig från den beräknade. Skälet sparas med ditt namn och visas med nivån; texter som argumenterar för en annan nivå kontrolleras på nytt."
            />
            <button type="submit" class="primary">
              Spara nivå
            </button>
          </form>
        </details>
      </div>
      <section aria-labelledby="indikatorer">
        <h2 id="indikatorer">Indikatorer</h2>
        {p.indicators.data.length ? <IndicatorCards indicators={p.indicators.data} assessed={p.indicators.assessed} /> : null}
        {p.indicatorContext ? <IndicatorContextList {...p.indicatorContext} /> : null}
        {p.table ? (
          <details class="all-figures">
            <summary>Alla siffror i en tabell</summary>
            <IndicatorTable table={p.table} />
          </details>
        ) : (
          <p class="muted">Målet har inga indikatorer.</p>
        )}
      </section>
      <section aria-labelledby="underlag">
        <h2 id="underlag">Kommentarer och aktiviteter</h2>
        <p class="hint">
          Det här är underlaget som utkasten bygger på, utöver siffrorna. Ändras det, markeras texterna som bygger på det som inaktuella.
        </p>
        {p.notes.length ? (
          <ul class="notes">
            {p.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">Målet har inga kommentarer.</p>
        )}
        {p.activities.length ? (
          <>
            <h3>Aktiviteter</h3>
            <ul class="activities">
              {p.activities.map((a) => (
                <li>
                  {a.title}
                  {a.status ? <span class="muted"> – {a.status}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <details class="edit-data" open={typedFor(p, 'underlag') ? true : undefined}>
          <summary>Ändra kommentarer och aktiviteter</summary>
          <form method="post" action={`${goalHref}/underlag`} class="stack">
            <TextArea
              id="kommentarer"
              name="notes"
              label="Kommentarer, en per rad"
              required={false}
              value={typedFor(p, 'underlag')?.notes ?? p.notes.join('\n')}
            />
            <TextArea
              id="aktiviteter"
              name="activities"
              label="Aktiviteter, en per rad"
              hint="Skriv status efter ett tankstreck: ”Ny e-tjänst – Genomförd”."
              required={false}
              value={
                typedFor(p, 'underlag')?.activities ?? p.activities.map((a) => (a.status ? `${a.title} – ${a.status}` : a.title)).join('\n')
              }
            />
            <button type="submit" class="primary">
              Spara underlaget
            </button>
          </form>
        </details>
        {p.isAdmin && p.indicators.data.length ? (
          <details class="edit-data" open={typedFor(p, 'varde') ? true : undefined}>
            <summary>Rätta en siffra (administratör)</summary>
            <form method="post" action={`${goalHref}/varde`} class="stack">
              <label for="varde-indikator">Indikator</label>
              <select id="varde-indikator" name="indicatorId">
                {p.indicators.data.map((i) => (
                  <option value={i.id} selected={typedFor(p, 'varde')?.indicatorId === i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
              <label for="varde-period">Period (år eller månad, t.ex. 2022 eller 2022-08)</label>
              <input id="varde-period" name="period" type="text" required value={typedFor(p, 'varde')?.period} />
              <label for="varde-varde">Värde (tomt: värdet saknas)</label>
              <input id="varde-varde" name="value" type="text" inputmode="decimal" value={typedFor(p, 'varde')?.value} />
              <button type="submit" class="primary">
                Spara siffran
              </button>
            </form>
          </details>
        ) : null}
      </section>
      <div class="grid">
        <section aria-labelledby="motiveringar">
          <h2 id="motiveringar">Motivering till bedömning av måluppfyllelse</h2>
          <div class="actions">
            <form method="post" action={`${goalHref}/utkast`} class="draft">
              <label for="onskemal">Önskemål till utkastet (valfritt)</label>
              <input id="onskemal" name="instructions" type="text" maxlength={1000} placeholder={p.draftHint} value={draft?.instructions} />
              <button type="submit" class="primary">
                Skriv utkast
              </button>
            </form>
            <details open={own ? true : undefined}>
              <summary>Skriv egen text</summary>
              <form method="post" action={`${goalHref}/forslag`} class="stack">
                <TextArea
                  id="ny-text"
                  name="text"
                  label="Din motivering"
                  value={own?.text}
                  wordLimit={p.wordLimit}
                  hint="Texten kontrolleras mot underlaget och väntar sedan på granskning."
                />
                <button type="submit" class="primary">
                  Spara förslag
                </button>
              </form>
            </details>
          </div>
          {!p.canReview ? <p class="hint">Du kan skriva och ändra förslag; en redaktör godkänner eller avvisar dem.</p> : null}
          {current.length === 0 ? <p class="muted">Inget förslag väntar och ingen text är godkänd än.</p> : null}
          {current.map((s) => (
            <SuggestionCard s={s} p={{ ...p, goalHref, acceptedId, stale }} />
          ))}
          {old.length ? (
            <details>
              <summary>Avvisade och ersatta texter ({old.length})</summary>
              {old.map((s) => (
                <SuggestionCard s={s} p={{ ...p, goalHref, acceptedId, stale }} />
              ))}
            </details>
          ) : null}
        </section>
        <HistoryList events={p.events} texts={texts} empty="Inget har hänt med målet än." />
      </div>
    </Layout>
  );
};
