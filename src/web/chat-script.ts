/**
 * @module The chat page's script, served from this origin (the pages forbid inline script): posts a
 * message, reads the server-sent events with a stream reader as they arrive, shows tool results as
 * tables and drafts with their findings, and sends a drafted paragraph to review. Every text goes
 * into the page through textContent, never as HTML.
 */
export const chatScript = String.raw`
(function () {
  'use strict';
  var root = document.getElementById('chat');
  if (!root) return;
  var api = root.getAttribute('data-api');
  var reportId = root.getAttribute('data-report');
  var conversationId = root.getAttribute('data-conversation') || '';
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var status = document.getElementById('chat-status');
  var TOOL_NAMES = { list_goals: 'Målen', show_goal: 'Indikatorer', assess_goal: 'Bedömning', check_text: 'Kontroll' };

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function scroll() { log.scrollTop = log.scrollHeight; }

  function bubble(role, text) {
    var li = el('li', 'msg ' + role);
    li.appendChild(el('span', 'who', role === 'user' ? 'Du' : role === 'assistant' ? 'Motivera' : 'Obs'));
    var body = el('div', 'body');
    li.appendChild(body);
    if (text) body.appendChild(el('p', 'text', text));
    log.appendChild(li);
    scroll();
    return body;
  }

  function table(t) {
    var tbl = el('table');
    var head = el('thead'), tr = el('tr');
    t.columns.forEach(function (c) { tr.appendChild(el('th', null, c)); });
    head.appendChild(tr); tbl.appendChild(head);
    var tb = el('tbody');
    t.rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (cell) { row.appendChild(el('td', null, cell)); });
      tb.appendChild(row);
    });
    tbl.appendChild(tb);
    return tbl;
  }

  function showTool(body, tool) {
    var box = el('details', 'tool' + (tool.ok ? '' : ' failed'));
    box.open = !!tool.table;
    box.appendChild(el('summary', null, (TOOL_NAMES[tool.name] ? TOOL_NAMES[tool.name] + ': ' : '') + tool.summary));
    if (tool.table) box.appendChild(table(tool.table));
    body.insertBefore(box, body.querySelector('.text'));
    scroll();
  }

  /** The text with each finding's span in a <mark> that says what is wrong. */
  function marked(cls, text, findings) {
    var p = el('p', cls);
    var pos = 0;
    (findings || []).filter(function (f) { return f.end > f.start; }).sort(function (a, b) { return a.start - b.start; }).forEach(function (f) {
      if (f.start < pos) return;
      p.appendChild(document.createTextNode(text.slice(pos, f.start)));
      var m = el('mark', f.severity === 'error' ? 'error' : 'warning', text.slice(f.start, f.end));
      m.title = f.message + (f.expected ? ' (enligt underlaget: ' + f.expected + ')' : '');
      p.appendChild(m);
      pos = f.end;
    });
    p.appendChild(document.createTextNode(text.slice(pos)));
    return p;
  }

  function showDraft(body, draft, suggestion) {
    var card = el('section', 'draft');
    card.setAttribute('aria-label', 'Utkast för ' + draft.goalId);
    card.appendChild(el('h3', null, 'Utkast för ' + draft.goalId + (draft.verified ? ' – siffrorna stämmer' : ' – kontrollera de markerade siffrorna')));
    card.appendChild(marked('draft-text', draft.text, draft.findings));
    var errors = (draft.findings || []).filter(function (f) { return f.severity === 'error' || f.severity === 'warning'; });
    if (errors.length) {
      var ul = el('ul', 'findings');
      errors.forEach(function (f) { ul.appendChild(el('li', f.severity, f.message + (f.expected ? ' (enligt underlaget: ' + f.expected + ')' : ''))); });
      card.appendChild(ul);
    }
    if (suggestion && suggestion.goalId === draft.goalId) card.appendChild(el('p', 'sent', 'Skickat till granskning.'));
    else {
      var button = el('button', 'send-review', 'Skicka till granskning');
      button.type = 'button';
      button.addEventListener('click', function () { propose(button, draft); });
      card.appendChild(button);
    }
    body.appendChild(card);
  }

  function showMessage(body, m) {
    var old = body.querySelector('.text');
    var p = marked('text', m.text, (m.findings || []).filter(function (f) { return f.severity === 'error'; }));
    if (old) body.replaceChild(p, old); else body.appendChild(p);
    if (m.draft) showDraft(body, m.draft, m.suggestion);
    if (m.note) body.appendChild(el('p', 'note', m.note));
    scroll();
  }

  function showError(body, message) {
    var p = el('p', 'chat-error', message);
    p.setAttribute('role', 'alert');
    body.appendChild(p);
    scroll();
  }

  function propose(button, draft) {
    button.disabled = true;
    fetch(api + '/' + encodeURIComponent(conversationId) + '/propose', {
      method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ goalId: draft.goalId, text: draft.text })
    }).then(function (res) {
      return res.json().then(function (data) {
        if (!res.ok) throw new Error((data.error && data.error.message) || 'Det gick inte att skicka texten.');
        var done = el('p', 'sent', data.summary);
        done.setAttribute('role', 'status');
        button.replaceWith(done);
      });
    }).catch(function (err) { button.disabled = false; showError(button.parentNode, err.message); });
  }

  function handle(body, event, data) {
    if (event === 'conversation') {
      conversationId = data.id;
      var url = new URL(window.location.href);
      url.searchParams.set('samtal', data.id);
      window.history.replaceState(null, '', url.toString());
    } else if (event === 'token') {
      var t = body.querySelector('.text') || body.appendChild(el('p', 'text'));
      t.textContent += data.text;
      scroll();
    } else if (event === 'tool') showTool(body, data);
    else if (event === 'message') showMessage(body, data);
    else if (event === 'error') showError(body, data.message);
  }

  function frames(buffer, onFrame) {
    var parts = buffer.split('\n\n');
    var rest = parts.pop();
    parts.forEach(function (frame) {
      var event = 'message', data = [];
      frame.split('\n').forEach(function (line) {
        if (line.indexOf('event: ') === 0) event = line.slice(7);
        else if (line.indexOf('data: ') === 0) data.push(line.slice(6));
      });
      if (data.length) onFrame(event, JSON.parse(data.join('\n')));
    });
    return rest;
  }

  function send(message) {
    bubble('user', message);
    var body = bubble('assistant');
    body.appendChild(el('p', 'text'));
    form.querySelector('button[type=submit]').disabled = true;
    log.setAttribute('aria-busy', 'true');
    status.textContent = 'Motivera svarar …';
    var payload = { reportId: reportId, message: message };
    if (conversationId) payload.conversationId = conversationId;
    return fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(payload) })
      .then(function (res) {
        if (!res.ok || !res.body) {
          return res.json().then(function (data) { showError(body, (data.error && data.error.message) || 'Det gick inte att skicka meddelandet.'); });
        }
        var reader = res.body.getReader(), decoder = new TextDecoder(), buffer = '';
        function pump() {
          return reader.read().then(function (r) {
            if (r.done) return;
            buffer = frames(buffer + decoder.decode(r.value, { stream: true }), function (e, d) { handle(body, e, d); });
            return pump();
          });
        }
        return pump();
      })
      .catch(function () { showError(body, 'Anslutningen bröts. Försök igen.'); })
      .then(function () {
        form.querySelector('button[type=submit]').disabled = false;
        log.removeAttribute('aria-busy');
        status.textContent = 'Svaret är klart.';
        input.focus();
      });
  }

  function replay(messages) {
    var body = null;
    messages.forEach(function (m) {
      if (m.role === 'user') { bubble('user', m.content); body = null; return; }
      if (!body) body = bubble('assistant');
      if (m.tool) {
        if (!body.querySelector('.text')) body.appendChild(el('p', 'text'));
        showTool(body, m.tool);
        if (m.tool.draft) body.draft = m.tool.draft;
        if (m.tool.suggestion) {
          body.suggestion = m.tool.suggestion;
          var waiting = body.querySelector('.send-review');
          if (waiting) waiting.replaceWith(el('p', 'sent', 'Skickat till granskning.'));
        }
      } else if (m.role === 'assistant') showMessage(body, { text: m.content, findings: m.findings, draft: body.draft, suggestion: body.suggestion });
      else if (m.role === 'system') body.appendChild(el('p', 'note', m.content));
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var message = input.value.trim();
    if (!message) return;
    input.value = '';
    send(message);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (b) {
    b.addEventListener('click', function () { input.value = b.getAttribute('data-text'); input.focus(); });
  });
  if (conversationId) {
    fetch(api + '/' + encodeURIComponent(conversationId), { credentials: 'same-origin' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (data) { if (data) replay(data.messages); });
  }
})();
`;

export const chatPageStyles = `
.chat-log { list-style: none; margin: 1rem 0; padding: 0; display: flex; flex-direction: column; gap: .75rem; max-height: 65vh; overflow-y: auto; }
.msg { display: grid; grid-template-columns: 6rem 1fr; gap: .75rem; padding: .6rem .8rem; border-radius: 8px; border: 1px solid var(--line); }
.msg.user { background: var(--bg); }
.msg .who { font-weight: 600; color: var(--muted); }
.msg .text, .draft-text { white-space: pre-wrap; margin: 0 0 .4rem; }
.msg details.tool { margin: 0 0 .6rem; border-left: 3px solid var(--line); padding-left: .6rem; }
.msg details.tool.failed summary { color: var(--err); }
.msg details.tool summary { cursor: pointer; color: var(--muted); }
.msg details.tool table { margin-top: .4rem; }
mark.error { background: var(--err-bg); color: var(--err); border-bottom: 2px solid var(--err); }
mark.warning { background: var(--warn-bg); color: var(--warn); }
.draft { border: 1px solid var(--accent); border-radius: 8px; padding: .75rem 1rem; margin: .5rem 0; }
.draft h3 { margin-bottom: .4rem; }
.draft .findings { font-size: .92rem; margin: .25rem 0 .5rem; }
.draft .findings li.error { color: var(--err); }
.draft .sent, .msg .sent { color: var(--ok); font-weight: 600; }
.send-review { background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 6px; padding: .45rem 1rem; font: inherit; cursor: pointer; }
.send-review:disabled { opacity: .6; }
.note { font-size: .92rem; color: var(--muted); border-left: 3px solid var(--warn); padding-left: .6rem; }
.chat-error { color: var(--err); font-weight: 600; }
#chat-form { display: grid; gap: .4rem; }
#chat-form textarea { font: inherit; padding: .5rem; border: 1px solid var(--muted); border-radius: 6px; }
#chat-form button { justify-self: start; background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 6px; padding: .5rem 1.25rem; font: inherit; cursor: pointer; }
#chat-form button:disabled { opacity: .6; }
.examples { font-size: .92rem; color: var(--muted); }
.examples button.example { background: none; border: 1px solid var(--line); border-radius: 999px; padding: .1rem .7rem; margin: .15rem; font: inherit; cursor: pointer; color: var(--accent); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
