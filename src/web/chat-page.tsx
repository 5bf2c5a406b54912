/** @module The chat page: a conversation about one report, answered as a stream; the script (chat-script.ts) does the talking. */
import type { FC } from 'hono/jsx';
import { formatNumber } from '../domain/sv';
import { swedishTime } from '../lib/time';
import { Layout, type Notice } from './layout';

export interface ChatPageProps {
  user: { name: string; role: string };
  report: { id: string; title: string };
  /** A conversation to continue (from ?samtal=…); the script loads its messages. */
  conversationId?: string;
  /** The page's own API (session cookie), e.g. /chatt/api. */
  api: string;
  modelConfigured: boolean;
  /** My earlier conversations about this report, newest first. */
  conversations: { id: string; title: string; updatedAt: string }[];
  /** Days a conversation is kept after its last message (the organisation's setting). */
  retentionDays: number;
  notice?: Notice | null;
}

const EXAMPLES = [
  'Hur gick det med sjukfrånvaron?',
  'Hur bedöms målet om attraktiv arbetsgivare?',
  'Skriv en motivering för mål 2 och nämn medarbetarenkäten',
  'Gör den kortare',
  'Skicka den till granskning',
];

export const ChatPage: FC<ChatPageProps> = ({
  user,
  report,
  conversationId,
  api,
  modelConfigured,
  conversations,
  retentionDays,
  notice,
}) => {
  const reportHref = `/rapporter/${encodeURIComponent(report.id)}`;
  const chatHref = `${reportHref}/chatt`;
  return (
    <Layout
      title={`Chatt – ${report.title}`}
      user={user}
      nav={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: chatHref, label: 'Chatt' },
      ]}
      current={chatHref}
      breadcrumbs={[
        { href: '/rapporter', label: 'Rapporter' },
        { href: reportHref, label: report.title },
        { href: chatHref, label: 'Chatt' },
      ]}
      scripts={['/assets/chat.js']}
      styles={['/assets/chat.css']}
      notice={notice}
    >
      <h1>Chatta om {report.title}</h1>
      <p class="context">
        Fråga om målen och indikatorerna, be om ett utkast till motivering, klistra in en text för kontroll eller skicka ett utkast till
        granskning. Alla siffror i svaren kontrolleras mot rapportens data; det som inte stämmer markeras med ⚠.
        {modelConfigured ? null : ' Assistenten svarar på de vanliga frågorna med de inbyggda funktionerna.'}
        {modelConfigured || user.role !== 'admin'
          ? null
          : ' (Som administratör kan du konfigurera en språkmodell för fri konversation; se docs/chat.md.)'}
      </p>
      <section id="chat" data-api={api} data-report={report.id} data-conversation={conversationId ?? ''} aria-label="Samtal">
        <ol id="chat-log" class="chat-log" aria-label="Meddelanden"></ol>
        <p id="chat-status" class="visually-hidden" role="status" aria-live="polite"></p>
        <form id="chat-form">
          <label for="chat-input">Ditt meddelande</label>
          <textarea
            id="chat-input"
            name="message"
            rows={3}
            maxlength={8000}
            required
            aria-describedby="chat-input-hint"
            placeholder="Till exempel: Hur gick det med sjukfrånvaron?"
          ></textarea>
          <p class="hint" id="chat-input-hint">
            Enter skickar, Skift+Enter ger en ny rad.
          </p>
          <button type="submit">Skicka</button>
        </form>
        <p class="examples">
          Exempel:{' '}
          {EXAMPLES.map((text) => (
            <button type="button" class="example" data-text={text}>
              {text}
            </button>
          ))}
        </p>
        <p>
          <a href={chatHref}>Nytt samtal</a>
        </p>
      </section>
      <section aria-labelledby="mina-samtal" class="conversations">
        <h2 id="mina-samtal">Mina samtal om rapporten</h2>
        {conversations.length === 0 ? (
          <p class="muted">Du har inga tidigare samtal om rapporten.</p>
        ) : (
          <ul>
            {conversations.map((x) => (
              <li>
                <a href={`${chatHref}?samtal=${encodeURIComponent(x.id)}`} aria-current={x.id === conversationId ? 'page' : undefined}>
                  {x.title}
                </a>{' '}
                <span class="muted">{swedishTime(x.updatedAt)}</span>
                <form method="post" action={`${chatHref}/radera`} class="inline">
                  <input type="hidden" name="samtal" value={x.id} />
                  <button type="submit" class="link-danger" aria-label={`Radera samtalet ”${x.title}”`}>
                    Radera
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">Bara du ser dina samtal. Ett raderat samtal går inte att få tillbaka.</p>
        <p class="hint" id="retention">
          Samtal sparas i {retentionDays === 1 ? 'en dag' : `${formatNumber(retentionDays)} dagar`} efter det senaste meddelandet och
          raderas sedan.
          {user.role === 'admin' ? (
            <>
              {' '}
              <a href="/installningar">Ändra hur länge samtalen sparas</a>
            </>
          ) : null}
        </p>
      </section>
    </Layout>
  );
};
