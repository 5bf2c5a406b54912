/**
 * @module The section "Nämndens mål och resultat" as it will be printed: every goal under its
 * målområde and kommunfullmäktigemål with its level, its accepted text (or "Motivering saknas")
 * and its indicator table, each goal linked back to its page, and the exports beside it.
 */
import type { FC } from 'hono/jsx';
import { ChartFigure } from '../export/chart-svg';
import { DIFFERENCES_TITLE, MISSING_TEXT, STALE_NOTE, type ReportText, type Section } from '../export/section';
import { sectionPath } from './section-page';
import { Layout } from './layout';
import { PrintedTable } from './printed-table';
import { ExportLinks, type User } from './report-pages';

const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');

/** A report-level text as printed, its heading linked to the section's page. */
const PrintedText: FC<{ t: ReportText; reportId: string }> = ({ t, reportId }) => (
  <section class="printed-section" data-section={t.sectionId}>
    <h3>
      <a href={sectionPath(reportId, t.sectionId)}>{t.title}</a>
    </h3>
    {t.levelLabel ? (
      <p>
        <strong>{t.kind === 'sammanfattning' ? 'Samlad måluppfyllelse:' : 'Måluppfyllelse:'}</strong> {t.levelLabel}
      </p>
    ) : null}
    {t.text.status === 'accepted' ? (
      <>
        {paragraphs(t.text.text).map((para) => (
          <p class="text">{para}</p>
        ))}
        {t.text.stale ? <p class="callout stale">{STALE_NOTE}</p> : null}
      </>
    ) : (
      <p class="missing">
        Text saknas. <a href={sectionPath(reportId, t.sectionId)}>Skriv eller godkänn en text</a>
      </p>
    )}
  </section>
);

export const PreviewPage: FC<{ user: User; section: Section; numbers: Record<string, number> }> = ({ user, section, numbers }) => {
  const reportHref = `/rapporter/${encodeURIComponent(section.report.id)}`;
  const s = section.summary;
  return (
    <Layout
      title={`${section.title} – förhandsvisning`}
      user={user}
      current="/rapporter"
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: section.report.title },
        { href: `${reportHref}/forhandsvisning`, label: 'Förhandsvisning' },
      ]}
    >
      <h1>Förhandsvisning: {section.title}</h1>
      <p class="context">
        Så här blir avsnittet i {section.report.title} med de texter som är godkända nu: {s.accepted} av {s.goals} mål har en godkänd text
        {s.stale ? `, ${s.stale} av dem inaktuella` : ''}, {s.missing} saknar text.
      </p>
      <h2 class="visually-hidden">Exportera</h2>
      <ExportLinks reportId={section.report.id} />
      <article class="printed" aria-label={section.title}>
        <h2>{section.title}</h2>
        {section.before.map((t) => (
          <PrintedText t={t} reportId={section.report.id} />
        ))}
        {section.areas.map((a) => (
          <section>
            {a.area ? <h3>Målområde: {a.area}</h3> : null}
            {a.councilGoals.map((k) => (
              <>
                {k.councilGoal ? <h4>Kommunfullmäktigemål: {k.councilGoal}</h4> : null}
                {k.goals.map((g) => (
                  <div class="printed-goal" data-goal={g.goalId}>
                    <h5>
                      <a href={`${reportHref}/mal/${encodeURIComponent(g.goalId)}`}>
                        Nämndmål {numbers[g.goalId] ?? ''}: {g.title}
                      </a>
                    </h5>
                    <p>
                      <strong>Måluppfyllelse:</strong> {g.levelLabel}
                    </p>
                    <p class="label-line">
                      <strong>Motivering till bedömning av måluppfyllelse</strong>
                    </p>
                    {g.motivation.status === 'accepted' ? (
                      <>
                        <p class="text">{g.motivation.text}</p>
                        {g.motivation.stale ? <p class="callout stale">{STALE_NOTE}</p> : null}
                      </>
                    ) : (
                      <p class="missing">
                        {MISSING_TEXT}. <a href={`${reportHref}/mal/${encodeURIComponent(g.goalId)}`}>Skriv eller godkänn en text</a>
                      </p>
                    )}
                    {g.table ? <PrintedTable table={g.table} /> : null}
                    {g.charts.map((c) => (
                      <ChartFigure chart={c} />
                    ))}
                  </div>
                ))}
              </>
            ))}
          </section>
        ))}
        {section.differences.length ? (
          <section class="differences" aria-labelledby="skillnader">
            <h3 id="skillnader">{DIFFERENCES_TITLE}</h3>
            <ul>
              {section.differences.map((d) => (
                <li>
                  <a href={`${reportHref}/mal/${encodeURIComponent(d.goalId)}`}>
                    Mål {d.goalNumber}: {d.goalTitle}
                  </a>
                  : {d.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {section.economy ? (
          <>
            <PrintedText t={section.economy.text} reportId={section.report.id} />
            {section.economy.tables.map((t) => (
              <PrintedTable table={t} />
            ))}
          </>
        ) : null}
      </article>
    </Layout>
  );
};
