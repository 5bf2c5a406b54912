/**
 * @module A report's overview: the whole report's level ("Samlad bedömning"), a progress bar of
 * its texts, and every goal numbered as the chat numbers them ("Mål 1 …"), grouped under
 * målområde and kommunfullmäktigemål with their roll-up levels; a filter shows only what waits
 * for the signed-in person's role.
 */
import type { FC } from 'hono/jsx';
import type { GoalReviewStatus } from '../domain/review';
import type { Difference } from '../export/section';
import { Layout, type Notice } from './layout';
import { sectionPath } from './section-page';
import { ExportLinks, StatusBadge, type User } from './report-pages';
import { OverallLevelForm, RollUpLevel, type OverallView, type RollUpView } from './rollup-level';

export type { RollUpView } from './rollup-level';

export interface OverviewGoal {
  /** 1-based position in the report: "Mål 2", as the chat numbers goals. */
  number: number;
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

export interface Progress {
  accepted: number;
  pending: number;
  none: number;
  stale: number;
}

export interface OverviewProps {
  user: User;
  report: { id: string; title: string };
  goals: OverviewGoal[];
  /** Roll-up levels by title: målområden and kommunfullmäktigemål. */
  areas: RollUpView[];
  councilGoals: RollUpView[];
  /** The scale, best first, for setting a roll-up's level; empty when the report assesses no goal. */
  levels: { id: string; label: string }[];
  /** What a refused roll-up form held (`samlad:<key>`), so nothing typed is lost. */
  typed?: { form: string; fields: Record<string, string> };
  overall: OverallView;
  /** The report-level sections in print order, each with its level where it has one and the status of its text. */
  sections: { id: string; title: string; level: string | null; status: GoalReviewStatus }[];
  /** "Skillnader att analysera": notable differences between groups, each with its goal. */
  differences: Difference[];
  /** Show only the goals that wait for this person's role. */
  mine: boolean;
  notice?: Notice | null;
}

/** What waits for a role: an editor reviews waiting and stale texts; an official writes where no text is, or where the accepted one went stale. */
export function waitsFor(role: string, g: Pick<OverviewGoal, 'status' | 'waiting'>): boolean {
  if (role === 'official') return g.status === 'none' || g.status === 'stale';
  return g.status === 'pending' || g.status === 'stale' || g.waiting > 0;
}

export function progressOf(goals: { status: GoalReviewStatus }[]): Progress {
  const count = (s: GoalReviewStatus) => goals.filter((g) => g.status === s).length;
  return { accepted: count('accepted'), pending: count('pending'), none: count('none'), stale: count('stale') };
}

const PARTS: { key: keyof Progress; label: string }[] = [
  { key: 'accepted', label: 'godkända' },
  { key: 'pending', label: 'att granska' },
  { key: 'stale', label: 'inaktuella' },
  { key: 'none', label: 'saknar text' },
];

export const progressText = (p: Progress) => PARTS.map((part) => `${p[part.key]} ${part.label}`).join(', ');

function segments(progress: Progress, total: number) {
  let x = 0;
  return PARTS.filter((part) => progress[part.key] > 0).map((part) => {
    const width = (progress[part.key] / Math.max(1, total)) * 100;
    const seg = { key: part.key, x, width };
    x += width;
    return seg;
  });
}

/** A bar of the goals' text status; its text says the same for anyone who cannot see it. */
export const ProgressBar: FC<{ progress: Progress; label?: string }> = ({ progress, label }) => {
  const total = progress.accepted + progress.pending + progress.none + progress.stale;
  return (
    <div class="progress">
      {/* SVG, not styled spans: the pages' content security policy allows no inline style. */}
      <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {segments(progress, total).map((seg) => (
          <rect class={`seg ${seg.key}`} x={seg.x.toFixed(3)} y="0" width={seg.width.toFixed(3)} height="4" />
        ))}
      </svg>
      <p class="legend">
        {label ? `${label}: ` : ''}
        {PARTS.map((part, i) => (
          <>
            {i ? ', ' : ''}
            <span class={`key ${part.key}`}>
              {progress[part.key]} {part.label}
            </span>
          </>
        ))}{' '}
        av {total} mål.
      </p>
    </div>
  );
};

function grouped(goals: OverviewGoal[]) {
  const areas: { area: string | null; councils: { council: string | null; goals: OverviewGoal[] }[] }[] = [];
  for (const g of goals) {
    let a = areas.find((x) => x.area === g.area);
    if (!a) areas.push((a = { area: g.area, councils: [] }));
    let c = a.councils.find((x) => x.council === g.councilGoal);
    if (!c) a.councils.push((c = { council: g.councilGoal, goals: [] }));
    c.goals.push(g);
  }
  return areas;
}

const GoalRows: FC<{ goals: OverviewGoal[]; reportId: string }> = ({ goals, reportId }) => (
  <div class="table-wrap">
    <table class="goals">
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
              <a href={`/rapporter/${encodeURIComponent(reportId)}/mal/${encodeURIComponent(g.goalId)}`}>
                <span class="num-label">Mål {g.number}</span> {g.title}
              </a>
            </td>
            <td>{g.computedLabel}</td>
            <td>
              {g.finalLabel}
              {g.overridden ? <div class="hint">{g.overriddenBy ? `satt av ${g.overriddenBy}` : 'satt för hand'}</div> : null}
            </td>
            <td>
              <StatusBadge status={g.status} />
              {g.waiting > 0 && g.status !== 'pending' ? (
                <div class="hint">{g.waiting === 1 ? 'ett förslag väntar' : `${g.waiting} förslag väntar`}</div>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const OverviewPage: FC<OverviewProps> = (p) => {
  const reportHref = `/rapporter/${encodeURIComponent(p.report.id)}`;
  const shown = p.mine ? p.goals.filter((g) => waitsFor(p.user.role, g)) : p.goals;
  const waiting = p.goals.filter((g) => waitsFor(p.user.role, g)).length;
  const rollUpOf = (list: RollUpView[], title: string | null) => (title ? list.find((x) => x.title === title) : undefined);
  return (
    <Layout
      title={p.report.title}
      user={p.user}
      current="/rapporter"
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: p.report.title },
      ]}
      notice={p.notice}
    >
      <h1>{p.report.title}</h1>
      <div class="levels overall">
        <p>
          <span class="label">Samlad bedömning</span>
          <strong>{p.overall.label}</strong>
        </p>
        {p.overall.override ? null : <p class="hint">Medianen av målens slutliga nivåer.</p>}
        <OverallLevelForm o={p.overall} reportId={p.report.id} levels={p.levels} typed={p.typed} />
      </div>
      <ProgressBar progress={progressOf(p.goals)} label="Motiveringar" />
      <p class="links">
        <a href={`${reportHref}/forhandsvisning`}>Förhandsvisa avsnittet som det blir i rapporten</a> ·{' '}
        <a href={`${reportHref}/historik`}>Historik</a> · <a href={`${reportHref}/chatt`}>Fråga assistenten om rapporten (chatt)</a>
      </p>
      {p.sections.length ? (
        <section aria-labelledby="avsnitt" class="report-sections">
          <h2 id="avsnitt">Texter för hela rapporten</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Avsnitt</th>
                  <th scope="col">Nivå</th>
                  <th scope="col">Text</th>
                </tr>
              </thead>
              <tbody>
                {p.sections.map((s) => (
                  <tr data-section={s.id}>
                    <td>
                      <a href={sectionPath(p.report.id, s.id)}>{s.title}</a>
                    </td>
                    <td>{s.level ?? '–'}</td>
                    <td>
                      <StatusBadge status={s.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {p.differences.length ? (
        <section aria-labelledby="skillnader" class="differences">
          <h2 id="skillnader">Skillnader att analysera</h2>
          <ul>
            {p.differences.map((d) => (
              <li>
                <a href={`${reportHref}/mal/${encodeURIComponent(d.goalId)}`}>
                  Mål {d.goalNumber}: {d.goalTitle}
                </a>
                : {d.text} <span class="hint">(gräns: {d.rule})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label="Filter" class="filter">
        {p.mine ? (
          <p>
            Visar {shown.length === 1 ? 'det mål' : `de ${shown.length} mål`} som väntar på dig som{' '}
            {p.user.role === 'official' ? 'tjänsteperson' : 'redaktör'}. <a href={reportHref}>Visa alla mål</a>
          </p>
        ) : (
          <p>
            <a href={`${reportHref}?visa=mina`}>Visa bara det som väntar på mig ({waiting})</a>
          </p>
        )}
      </nav>
      {shown.length === 0 ? <p class="muted">Inget väntar på dig i den här rapporten.</p> : null}
      {grouped(shown).map((a, ai) => {
        const areaUp = rollUpOf(p.areas, a.area);
        const areaLevel = areaUp?.label;
        const id = `omrade-${ai + 1}`;
        return (
          <section aria-labelledby={id} class="area">
            <h2 id={id}>
              {a.area ? `Målområde: ${a.area}` : 'Mål utan målområde'}
              {areaLevel ? <span class="rollup"> – {areaLevel}</span> : null}
            </h2>
            {areaUp && !p.councilGoals.length ? <RollUpLevel r={areaUp} reportId={p.report.id} levels={p.levels} typed={p.typed} /> : null}
            {a.councils.map((c) => {
              const councilUp = rollUpOf(p.councilGoals, c.council);
              const councilLevel = councilUp?.label;
              return (
                <>
                  {c.council ? (
                    <h3 class="council">
                      Kommunfullmäktigemål: {c.council}
                      {councilLevel ? <span class="rollup"> – {councilLevel}</span> : null}
                    </h3>
                  ) : null}
                  {councilUp ? <RollUpLevel r={councilUp} reportId={p.report.id} levels={p.levels} typed={p.typed} /> : null}
                  <GoalRows goals={c.goals} reportId={p.report.id} />
                </>
              );
            })}
          </section>
        );
      })}
      <h2>Exportera avsnittet ”Nämndens mål och resultat”</h2>
      <p class="hint">Med de godkända motiveringarna; mål utan godkänd text markeras ”Motivering saknas”.</p>
      <ExportLinks reportId={p.report.id} />
    </Layout>
  );
};
