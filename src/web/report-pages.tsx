/** @module The sign-in page, the list of reports and a report's overview: every goal with its computed and final level and the state of its motivation. */
import type { FC } from 'hono/jsx';
import { goalStatusLabels, type GoalReviewStatus } from '../domain/review';
import { Layout } from './layout';
import { ProgressBar, type Progress } from './overview';

export type User = { name: string; role: string };

export const SignInPage: FC<{ error?: string; next?: string }> = ({ error, next }) => (
  <Layout title="Logga in" notice={error ? { kind: 'error', text: error } : null}>
    <div class="signin panel">
      <h1>Logga in</h1>
      <p class="muted">
        Logga in med din token (den du fått av din administratör, eller en demotoken från <code>npm run demo</code>).
      </p>
      <form method="post" action="/logga-in" class="stack">
        <label for="token">Token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <button type="submit" class="primary">
          Logga in
        </button>
      </form>
    </div>
  </Layout>
);

const kindNames: Record<string, string> = {
  verksamhetsplan: 'Verksamhetsplan',
  delarsrapport: 'Delårsrapport',
  verksamhetsberattelse: 'Verksamhetsberättelse',
  arsredovisning: 'Årsredovisning',
};

export const ReportListPage: FC<{
  user: User;
  reports: { id: string; kind: string; year: number; title: string | null; progress: Progress | null }[];
}> = ({ user, reports }) => (
  <Layout title="Rapporter" user={user} current="/rapporter">
    <h1>Rapporter</h1>
    {reports.length === 0 ? (
      <p>
        Din organisation har inga rapporter än. Importera en med <code>npm run cli -- import FIL</code> eller API:t.
      </p>
    ) : (
      <div class="table-wrap">
        <table>
          <caption class="muted">Välj en rapport för att granska motiveringarna.</caption>
          <thead>
            <tr>
              <th scope="col">Rapport</th>
              <th scope="col">Typ</th>
              <th scope="col" class="num">
                År
              </th>
              <th scope="col">Motiveringar</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr>
                <td>
                  <a href={`/rapporter/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</a>
                </td>
                <td>{kindNames[r.kind] ?? r.kind}</td>
                <td class="num">{r.year}</td>
                <td class="report-progress">{r.progress ? <ProgressBar progress={r.progress} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Layout>
);

export const StatusBadge: FC<{ status: GoalReviewStatus }> = ({ status }) => (
  <span class={`badge ${status}`}>{goalStatusLabels[status]}</span>
);

export const ExportLinks: FC<{ reportId: string }> = ({ reportId }) => {
  const base = `/rapporter/${encodeURIComponent(reportId)}/export`;
  return (
    <ul class="exports">
      <li>
        <a href={`${base}?format=docx`}>Word (.docx)</a>
      </li>
      <li>
        <a href={`${base}?format=md`}>Markdown</a>
      </li>
      <li>
        <a href={`${base}?format=html&visa=1`}>Visa som webbsida</a>
      </li>
      <li>
        <a href={`${base}?format=json`}>JSON</a>
      </li>
    </ul>
  );
};
