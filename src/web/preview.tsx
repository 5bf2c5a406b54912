/**
 * @module The section "Nämndens mål och resultat" as it will be printed: every goal under its
 * målområde and kommunfullmäktigemål with its level, its accepted text (or "Motivering saknas")
 * and its indicator table, each goal linked back to its page, and the exports beside it.
 */
import type { FC } from 'hono/jsx';
import { MISSING_TEXT, STALE_NOTE, type Section } from '../export/section';
import { Layout } from './layout';
import { ExportLinks, type User } from './report-pages';

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
                    {g.table ? (
                      <div class="scroll">
                        <table>
                          <thead>
                            <tr>
                              {g.table.headers.map((h, i) => (
                                <th scope="col" class={i === 0 ? undefined : 'num'}>
                                  {h}
                                </th>
                              ))}
                            </tr>
                          </thead>
                          <tbody>
                            {g.table.rows.map((r) => (
                              <tr>
                                <th scope="row">{r.name}</th>
                                {r.cells.map((c) => (
                                  <td class="num">{c}</td>
                                ))}
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    ) : null}
                  </div>
                ))}
              </>
            ))}
          </section>
        ))}
      </article>
    </Layout>
  );
};
