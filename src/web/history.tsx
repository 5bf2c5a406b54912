/** @module A report's history: who did what, when, on which goal; filterable by person, goal and kind of event with a plain GET form. */
import type { FC } from 'hono/jsx';
import type { EventView } from '../db/suggestions';
import { swedishTime } from '../lib/time';
import { describeEvent } from './suggestion-card';
import { Layout } from './layout';
import type { User } from './report-pages';

/** Kinds of events as people name them; the filter's choices. */
export const EVENT_KINDS: Record<string, { label: string; actions: string[] }> = {
  texter: { label: 'Nya texter och versioner', actions: ['suggestion.created', 'suggestion.edited'] },
  beslut: {
    label: 'Godkännanden och avvisningar',
    actions: ['suggestion.accepted', 'suggestion.rejected', 'suggestion.superseded', 'suggestion.withdrawn', 'suggestion.reinstated'],
  },
  inaktuella: { label: 'Inaktuella texter', actions: ['suggestion.stale'] },
  nivaer: {
    label: 'Nivåer',
    actions: ['level.set', 'rollup.level.set', 'overall.level.set', 'overall.level.cleared', 'rollup.level.cleared'],
  },
};

export interface HistoryFilter {
  actor?: string;
  goalId?: string;
  kind?: string;
}

export const HistoryPage: FC<{
  user: User;
  report: { id: string; title: string };
  goals: { id: string; number: number; title: string }[];
  events: EventView[];
  actors: string[];
  filter: HistoryFilter;
}> = (p) => {
  const reportHref = `/rapporter/${encodeURIComponent(p.report.id)}`;
  const goal = new Map(p.goals.map((g) => [g.id, g]));
  return (
    <Layout
      title={`Historik – ${p.report.title}`}
      user={p.user}
      current="/rapporter"
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: p.report.title },
        { href: `${reportHref}/historik`, label: 'Historik' },
      ]}
    >
      <h1>Historik: {p.report.title}</h1>
      <form method="get" action={`${reportHref}/historik`} class="filters">
        <div>
          <label for="vem">Vem</label>
          <select id="vem" name="vem">
            <option value="">Alla</option>
            {p.actors.map((a) => (
              <option value={a} selected={a === p.filter.actor}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="mal">Mål</label>
          <select id="mal" name="mal">
            <option value="">Alla mål</option>
            {p.goals.map((g) => (
              <option value={g.id} selected={g.id === p.filter.goalId}>
                Mål {g.number}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="typ">Vad</label>
          <select id="typ" name="typ">
            <option value="">Allt</option>
            {Object.entries(EVENT_KINDS).map(([key, k]) => (
              <option value={key} selected={key === p.filter.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary">
          Visa
        </button>
      </form>
      <p class="context" role="status">
        {p.events.length === 0
          ? 'Inga händelser matchar.'
          : `${p.events.length} ${p.events.length === 1 ? 'händelse' : 'händelser'}, nyast först.`}
      </p>
      <ol class="history wide">
        {p.events.map((e) => {
          const g = e.goalId ? goal.get(e.goalId) : undefined;
          return (
            <li data-action={e.action}>
              <time datetime={e.at}>{swedishTime(e.at)}</time>
              <strong>{e.actor}</strong>
              {g ? (
                <>
                  {' '}
                  om{' '}
                  <a href={`${reportHref}/mal/${encodeURIComponent(g.id)}${e.suggestionId ? `#s-${e.suggestionId}` : ''}`}>
                    Mål {g.number}
                  </a>
                </>
              ) : null}
              : {describeEvent(e)}
            </li>
          );
        })}
      </ol>
    </Layout>
  );
};
