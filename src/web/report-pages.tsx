/** @module The sign-in page, the list of reports and a report's overview: every goal with its computed and final level and the state of its motivation. */
import type { FC } from 'hono/jsx';
import { goalStatusLabels, type GoalReviewStatus } from '../domain/review';
import { Layout, type Notice } from './layout';

export type User = { name: string; role: string };

export const SignInPage: FC<{ error?: string; next?: string }> = ({ error, next }) => (
  <Layout title="Logga in" notice={error ? { kind: 'error', text: error } : null}>
    <div class="signin panel">
      <h1>Logga in</h1>
      <p class="muted">Logga in med din token (den du fått av din administratör, eller en demotoken från <code>npm run demo</code>).</p>
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

export const ReportListPage: FC<{ user: User; reports: { id: string; kind: string; year: number; title: string | null }[] }> = ({ user, reports }) => (
  <Layout title="Rapporter" user={user} current="/rapporter">
    <h1>Rapporter</h1>
    {reports.length === 0 ? (
      <p>Din organisation har inga rapporter än. Importera en med <code>npm run cli -- import FIL</code> eller API:t.</p>
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
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    )}
  </Layout>
);

export interface OverviewGoal {
  goalId: string;
  title: string;
  area: string | null;
  councilGoal: string | null;
  computedLabel: string;
  finalLabel: string;
  overridden: boolean;
  /** Who set the final level, when someone did. */
  overriddenBy: string | null;
  status: GoalReviewStatus;
  waiting: number;
}

export const StatusBadge: FC<{ status: GoalReviewStatus }> = ({ status }) => <span class={`badge ${status}`}>{goalStatusLabels[status]}</span>;

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

export const OverviewPage: FC<{ user: User; report: { id: string; title: string }; goals: OverviewGoal[]; notice?: Notice | null }> = ({ user, report, goals, notice }) => {
  const count = (s: GoalReviewStatus) => goals.filter((g) => g.status === s).length;
  return (
    <Layout title={report.title} user={user} current="/rapporter" breadcrumbs={[{ href: '/rapporter', label: 'Rapporter' }, { href: '#', label: report.title }]} notice={notice}>
      <h1>{report.title}</h1>
      <p class="context">
        {goals.length} mål: {count('accepted')} godkända, {count('stale')} inaktuella, {count('pending')} väntar på granskning, {count('none')} utan text.
      </p>
      <p>
        <a href={`/rapporter/${encodeURIComponent(report.id)}/chatt`}>Fråga assistenten om rapporten (chatt)</a>
      </p>
      <div class="table-wrap">
      <table>
        <caption class="muted">Varje nämndmål med beräknad och slutlig nivå och läget för motiveringen.</caption>
        <thead>
          <tr>
            <th scope="col">Nämndmål</th>
            <th scope="col">Beräknad nivå</th>
            <th scope="col">Slutlig nivå</th>
            <th scope="col">Motivering</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr data-goal={g.goalId}>
              <td>
                <a href={`/rapporter/${encodeURIComponent(report.id)}/mal/${encodeURIComponent(g.goalId)}`}>{g.title}</a>
                {g.area || g.councilGoal ? <div class="hint">{[g.area, g.councilGoal].filter(Boolean).join(' · ')}</div> : null}
              </td>
              <td>{g.computedLabel}</td>
              <td>
                {g.finalLabel}
                {g.overridden ? <div class="hint">{g.overriddenBy ? `satt av ${g.overriddenBy}` : 'satt för hand'}</div> : null}
              </td>
              <td>
                <StatusBadge status={g.status} />
                {g.waiting > 0 && g.status !== 'pending' ? <div class="hint">{g.waiting === 1 ? 'ett förslag väntar' : `${g.waiting} förslag väntar`}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h2>Exportera avsnittet ”Nämndens mål och resultat”</h2>
      <p class="hint">Med de godkända motiveringarna; mål utan godkänd text markeras ”Motivering saknas”.</p>
      <ExportLinks reportId={report.id} />
    </Layout>
  );
};
