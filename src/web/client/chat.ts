/**
 * @module The chat page's script (bundled by scripts/build-web.ts; the pages forbid inline
 * script): posts a message, reads the server-sent events with a stream reader as they arrive,
 * shows tool results as tables and drafts with their findings, and sends a drafted paragraph to
 * review. Every text goes into the page through textContent, never as HTML.
 */

interface Finding {
  start: number;
  end: number;
  severity: string;
  message: string;
  expected?: string;
}
interface ToolTable {
  columns: string[];
  rows: string[][];
}
interface Draft {
  goalId: string;
  text: string;
  verified?: boolean;
  findings?: Finding[];
}
interface Suggestion {
  goalId: string;
}
interface ToolResult {
  name: string;
  ok: boolean;
  summary: string;
  table?: ToolTable;
  draft?: Draft;
  suggestion?: Suggestion;
}
/** A goal or indicator the answer names, with its page on this site. */
interface ReplyLink {
  label: string;
  url: string;
}
interface ChatMessage {
  text: string;
  links?: ReplyLink[];
  findings?: Finding[];
  draft?: Draft;
  suggestion?: Suggestion;
  note?: string;
}
interface StoredMessage {
  role: 'user' | 'assistant' | 'system' | 'tool';
  content: string;
  findings?: Finding[];
  links?: ReplyLink[];
  tool?: ToolResult;
}
/** An answer's body, with what a replayed tool call left for the answer after it. */
type AnswerBody = HTMLElement & { draft?: Draft; suggestion?: Suggestion };

const TOOL_NAMES: Record<string, string> = {
  list_goals: 'Målen',
  show_goal: 'Indikatorer',
  assess_goal: 'Bedömning',
  check_text: 'Kontroll',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string | null, text?: unknown): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined && text !== null) n.textContent = String(text);
  return n;
}

function errorMessage(data: unknown, fallback: string): string {
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : fallback;
}

function start(root: HTMLElement) {
  const api = root.dataset.api ?? '';
  const reportId = root.dataset.report ?? '';
  let conversationId = root.dataset.conversation ?? '';
  const log = document.getElementById('chat-log') as HTMLOListElement;
  const form = document.getElementById('chat-form') as HTMLFormElement;
  const input = document.getElementById('chat-input') as HTMLTextAreaElement;
  const status = document.getElementById('chat-status') as HTMLElement;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;

  const scroll = () => {
    log.scrollTop = log.scrollHeight;
  };

  function bubble(role: 'user' | 'assistant', text?: string): AnswerBody {
    const li = el('li', `msg ${role}`);
    li.appendChild(el('span', 'who', role === 'user' ? 'Du' : 'Motivera'));
    const body: AnswerBody = el('div', 'body');
    li.appendChild(body);
    if (text) body.appendChild(el('p', 'text', text));
    log.appendChild(li);
    scroll();
    return body;
  }

  function table(t: ToolTable): HTMLTableElement {
    const tbl = el('table');
    const head = el('thead');
    const tr = el('tr');
    t.columns.forEach((c) => tr.appendChild(el('th', null, c)));
    head.appendChild(tr);
    tbl.appendChild(head);
    const tb = el('tbody');
    t.rows.forEach((r) => {
      const row = el('tr');
      r.forEach((cell) => row.appendChild(el('td', null, cell)));
      tb.appendChild(row);
    });
    tbl.appendChild(tb);
    return tbl;
  }

  function showTool(body: AnswerBody, tool: ToolResult) {
    const box = el('details', `tool${tool.ok ? '' : ' failed'}`);
    box.open = !!tool.table;
    box.appendChild(el('summary', null, (TOOL_NAMES[tool.name] ? `${TOOL_NAMES[tool.name]}: ` : '') + tool.summary));
    if (tool.table) box.appendChild(table(tool.table));
    body.insertBefore(box, body.querySelector('.text'));
    scroll();
  }

  /** The text with each finding's span in a <mark> that says what is wrong. */
  function marked(cls: string, text: string, findings: Finding[] = []): HTMLParagraphElement {
    const p = el('p', cls);
    let pos = 0;
    findings
      .filter((f) => f.end > f.start)
      .sort((a, b) => a.start - b.start)
      .forEach((f) => {
        if (f.start < pos) return;
        p.appendChild(document.createTextNode(text.slice(pos, f.start)));
        const m = el('mark', f.severity === 'error' ? 'error' : 'warning', text.slice(f.start, f.end));
        m.title = f.message + (f.expected ? ` (enligt underlaget: ${f.expected})` : '');
        p.appendChild(m);
        pos = f.end;
      });
    p.appendChild(document.createTextNode(text.slice(pos)));
    return p;
  }

  function showDraft(body: AnswerBody, draft: Draft, suggestion?: Suggestion) {
    const card = el('section', 'draft');
    card.setAttribute('aria-label', `Utkast för ${draft.goalId}`);
    card.appendChild(
      el('h3', null, `Utkast för ${draft.goalId}${draft.verified ? ' – siffrorna stämmer' : ' – kontrollera de markerade siffrorna'}`),
    );
    card.appendChild(marked('draft-text', draft.text, draft.findings));
    const problems = (draft.findings ?? []).filter((f) => f.severity === 'error' || f.severity === 'warning');
    if (problems.length) {
      const ul = el('ul', 'findings');
      problems.forEach((f) => ul.appendChild(el('li', f.severity, f.message + (f.expected ? ` (enligt underlaget: ${f.expected})` : ''))));
      card.appendChild(ul);
    }
    if (suggestion && suggestion.goalId === draft.goalId) card.appendChild(el('p', 'sent', 'Skickat till granskning.'));
    else {
      const button = el('button', 'send-review', 'Skicka till granskning');
      button.type = 'button';
      button.addEventListener('click', () => propose(button, draft));
      card.appendChild(button);
    }
    body.appendChild(card);
  }

  function showMessage(body: AnswerBody, m: ChatMessage) {
    const old = body.querySelector('.text');
    const p = marked(
      'text',
      m.text,
      (m.findings ?? []).filter((f) => f.severity === 'error'),
    );
    if (old) body.replaceChild(p, old);
    else body.appendChild(p);
    body.querySelector('.links')?.remove();
    // Only pages on this site: a link is a path, never another origin.
    const links = (m.links ?? []).filter((l) => /^\/(?![/\\])/.test(l.url));
    if (links.length) {
      const nav = el('nav', 'links');
      nav.setAttribute('aria-label', 'Sidor som svaret nämner');
      const ul = el('ul');
      for (const l of links) {
        const a = el('a', null, l.label);
        a.href = l.url;
        const li = el('li');
        li.appendChild(a);
        ul.appendChild(li);
      }
      nav.appendChild(ul);
      body.appendChild(nav);
    }
    if (m.draft) showDraft(body, m.draft, m.suggestion);
    if (m.note) body.appendChild(el('p', 'note', m.note));
    scroll();
  }

  function showError(body: HTMLElement, message: string) {
    const p = el('p', 'chat-error', message);
    p.setAttribute('role', 'alert');
    body.appendChild(p);
    scroll();
  }

  function propose(button: HTMLButtonElement, draft: Draft) {
    button.disabled = true;
    fetch(`${api}/${encodeURIComponent(conversationId)}/propose`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ goalId: draft.goalId, text: draft.text }),
    })
      .then(async (res) => {
        const data = (await res.json()) as { summary?: string };
        if (!res.ok) throw new Error(errorMessage(data, 'Det gick inte att skicka texten.'));
        const done = el('p', 'sent', data.summary);
        done.setAttribute('role', 'status');
        button.replaceWith(done);
      })
      .catch((err: Error) => {
        button.disabled = false;
        showError(button.parentElement!, err.message);
      });
  }

  function handle(body: AnswerBody, event: string, data: Record<string, unknown>) {
    if (event === 'conversation') {
      conversationId = String(data.id);
      const url = new URL(window.location.href);
      url.searchParams.set('samtal', conversationId);
      window.history.replaceState(null, '', url.toString());
    } else if (event === 'token') {
      const t = body.querySelector('.text') ?? body.appendChild(el('p', 'text'));
      t.textContent += String(data.text);
      scroll();
    } else if (event === 'tool') showTool(body, data as unknown as ToolResult);
    else if (event === 'message') showMessage(body, data as unknown as ChatMessage);
    else if (event === 'error') showError(body, String(data.message));
  }

  /** Splits server-sent events off the buffer; returns what is left of an unfinished frame. */
  function frames(buffer: string, onFrame: (event: string, data: Record<string, unknown>) => void): string {
    const parts = buffer.split('\n\n');
    const rest = parts.pop() ?? '';
    for (const frame of parts) {
      let event = 'message';
      const data: string[] = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length) onFrame(event, JSON.parse(data.join('\n')) as Record<string, unknown>);
    }
    return rest;
  }

  async function send(message: string) {
    bubble('user', message);
    const body = bubble('assistant');
    body.appendChild(el('p', 'text'));
    submit.disabled = true;
    log.setAttribute('aria-busy', 'true');
    status.textContent = 'Motivera svarar …';
    const payload: Record<string, string> = { reportId, message };
    if (conversationId) payload.conversationId = conversationId;
    try {
      const res = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(payload),
      });
      if (!res.ok || !res.body) {
        showError(body, errorMessage(await res.json().catch(() => null), 'Det gick inte att skicka meddelandet.'));
      } else {
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const r = await reader.read();
          if (r.done) break;
          buffer = frames(buffer + decoder.decode(r.value, { stream: true }), (e, d) => handle(body, e, d));
        }
      }
    } catch {
      showError(body, 'Anslutningen bröts. Försök igen.');
    }
    submit.disabled = false;
    log.removeAttribute('aria-busy');
    status.textContent = 'Svaret är klart.';
    input.focus();
  }

  function replay(messages: StoredMessage[]) {
    let body: AnswerBody | null = null;
    for (const m of messages) {
      if (m.role === 'user') {
        bubble('user', m.content);
        body = null;
        continue;
      }
      body ??= bubble('assistant');
      if (m.tool) {
        if (!body.querySelector('.text')) body.appendChild(el('p', 'text'));
        showTool(body, m.tool);
        if (m.tool.draft) body.draft = m.tool.draft;
        if (m.tool.suggestion) {
          body.suggestion = m.tool.suggestion;
          body.querySelector('.send-review')?.replaceWith(el('p', 'sent', 'Skickat till granskning.'));
        }
      } else if (m.role === 'assistant')
        showMessage(body, { text: m.content, findings: m.findings, links: m.links, draft: body.draft, suggestion: body.suggestion });
      else if (m.role === 'system') body.appendChild(el('p', 'note', m.content));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    input.value = '';
    void send(message);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  document.querySelectorAll<HTMLButtonElement>('button.example').forEach((b) => {
    b.addEventListener('click', () => {
      input.value = b.dataset.text ?? '';
      input.focus();
    });
  });
  if (conversationId) {
    fetch(`${api}/${encodeURIComponent(conversationId)}`, { credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<{ messages: StoredMessage[] }>) : null))
      .then((data) => {
        if (data) replay(data.messages);
      })
      .catch(() => undefined);
  }
}

const root = document.getElementById('chat');
if (root) start(root);

export {};
