/** @module The organisation's settings page for an admin: how long chat conversations are kept. */
import type { FC } from 'hono/jsx';
import { formatNumber } from '../domain/sv';
import { Layout, type Notice } from './layout';
import type { User } from './report-pages';

export interface SettingsPageProps {
  user: User;
  retention: { conversationRetentionDays: number; defaultDays: number; minDays: number; maxDays: number };
  /** What a refused form held, so nothing typed is lost. */
  typed?: string;
  notice?: Notice | null;
}

export const SettingsPage: FC<SettingsPageProps> = ({ user, retention, typed, notice }) => (
  <Layout
    title="Inställningar"
    user={user}
    nav={[
      { href: '/rapporter', label: 'Rapporter' },
      { href: '/installningar', label: 'Inställningar' },
    ]}
    current="/installningar"
    breadcrumbs={[
      { href: '/rapporter', label: 'Rapporter' },
      { href: '/installningar', label: 'Inställningar' },
    ]}
    notice={notice}
  >
    <h1>Inställningar för organisationen</h1>
    <section aria-labelledby="samtal">
      <h2 id="samtal">Samtal i chatten</h2>
      <p>
        Ett samtal sparas i {formatNumber(retention.conversationRetentionDays)} dagar efter det senaste meddelandet och raderas sedan, med
        alla meddelanden. Det gäller alla i organisationen; var och en kan också radera sina egna samtal tidigare.
      </p>
      <form method="post" action="/installningar" class="stack">
        <label for="dagar">Antal dagar som samtalen sparas</label>
        <p class="hint" id="dagar-hint">
          Ett heltal från {formatNumber(retention.minDays)} till {formatNumber(retention.maxDays)}; standard är{' '}
          {formatNumber(retention.defaultDays)}. Sänker du värdet raderas äldre samtal direkt.
        </p>
        <input
          id="dagar"
          name="conversationRetentionDays"
          type="number"
          inputmode="numeric"
          min={retention.minDays}
          max={retention.maxDays}
          step={1}
          required
          aria-describedby="dagar-hint"
          value={typed ?? String(retention.conversationRetentionDays)}
        />
        <button type="submit" class="primary">
          Spara
        </button>
      </form>
    </section>
  </Layout>
);
