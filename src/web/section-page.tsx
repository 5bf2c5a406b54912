/**
 * @module A report-level section's page (samlad bedömning, sammanfattning, förbättringsområden,
 * ekonomi): its level where it has one, the goals it rests on, its texts with their findings and
 * the review buttons, and its history; the goal page's components, the section's own forms.
 */
import type { FC } from 'hono/jsx';
import type { EventView } from '../db/suggestions';
import type { GoalPageProps } from './goal-page';
import { Layout, type Notice } from './layout';
import { StatusBadge, type User } from './report-pages';
import { HistoryList, shorten, staleNotes, SuggestionCard, TextArea } from './suggestion-card';

export interface SectionPageProps {
  user: User;
  canReview: boolean;
  report: { id: string; title: string };
  section: { id: string; title: string; kind: string; level: string | null; forecast: boolean };
  /** The goals the section rests on, numbered as on the overview, with their final levels. */
  goals: { id: string; number: number; title: string; label: string }[];
  status: GoalPageProps['status'];
  suggestions: GoalPageProps['suggestions'];
  events: EventView[];
  wordLimit: number;
  notice?: Notice | null;
  typed?: { form: string; fields: Record<string, string> };
  pageUrl: string;
}

export const sectionPath = (reportId: string, sectionId: string) =>
  `/rapporter/${encodeURIComponent(reportId)}/avsnitt/${encodeURIComponent(sectionId)}`;

export const SectionPage: FC<SectionPageProps> = (p) => {
  const order = { accepted: 0, pending: 1, rejected: 2, superseded: 3 } as const;
  const sorted = [...p.suggestions].sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
  const current = sorted.filter((s) => s.status === 'accepted' || s.status === 'pending');
  const old = sorted.filter((s) => s.status === 'rejected' || s.status === 'superseded');
  const acceptedId = sorted.find((s) => s.status === 'accepted')?.id ?? '';
  const texts = new Map(p.suggestions.map((s) => [s.id, shorten(s.text)]));
  const reportHref = `/rapporter/${encodeURIComponent(p.report.id)}`;
  const href = sectionPath(p.report.id, p.section.id);
  const stale = staleNotes(p.events);
  const own = p.typed?.form === 'forslag' ? p.typed.fields : undefined;
  // The suggestion cards take the goal page's props; a section page gives them what they read.
  const cardProps = { ...(p as unknown as GoalPageProps), goalHref: href, acceptedId, stale };
  return (
    <Layout
      title={p.section.title}
      user={p.user}
      current="/rapporter"
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: p.report.title },
        { href, label: p.section.title },
      ]}
      notice={p.notice}
      scripts={['/assets/review.js']}
      pageUrl={p.typed ? p.pageUrl : undefined}
    >
      <h1>{p.section.title}</h1>
      <div class="levels">
        {p.section.level ? (
          <p>
            <span class="label">{p.section.forecast ? 'Nivå (prognos för helåret)' : 'Nivå'}</span>
            <strong>{p.section.level}</strong>
          </p>
        ) : null}
        <p>
          <span class="label">Text</span>
          <StatusBadge status={p.status} />
        </p>
      </div>
      {p.goals.length ? (
        <section aria-labelledby="underliggande">
          <h2 id="underliggande">Nämndmål som avsnittet bygger på</h2>
          <ul class="section-goals">
            {p.goals.map((g) => (
              <li>
                <a href={`${reportHref}/mal/${encodeURIComponent(g.id)}`}>
                  Mål {g.number}: {g.title}
                </a>{' '}
                <span class="muted">– {g.label}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="grid">
        <section aria-labelledby="texter">
          <h2 id="texter">Text till rapporten</h2>
          <div class="actions">
            <form method="post" action={`${href}/utkast`} class="draft">
              <button type="submit" class="primary">
                Skriv utkast från underlaget
              </button>
            </form>
            <details open={own ? true : undefined}>
              <summary>Skriv egen text</summary>
              <form method="post" action={`${href}/forslag`} class="stack">
                <TextArea
                  id="ny-text"
                  name="text"
                  label="Din text"
                  value={own?.text}
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
            <SuggestionCard s={s} p={cardProps} />
          ))}
          {old.length ? (
            <details>
              <summary>Avvisade och ersatta texter ({old.length})</summary>
              {old.map((s) => (
                <SuggestionCard s={s} p={cardProps} />
              ))}
            </details>
          ) : null}
        </section>
        <HistoryList events={p.events} texts={texts} empty="Inget har hänt med avsnittet än." />
      </div>
    </Layout>
  );
};
