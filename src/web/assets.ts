/** @module The pages' stylesheet and their small script, served from this origin so the content security policy can forbid anything inline. */

/** Colours chosen for at least 4.5:1 contrast against their backgrounds (WCAG AA). */
export const stylesheet = `
:root { --ink: #1b1f24; --muted: #4a5560; --line: #c9d1d9; --bg: #f6f8fa; --accent: #0b5cad; --accent-ink: #fff;
  --ok: #17663a; --ok-bg: #e3f4e8; --warn: #7a4a00; --warn-bg: #fff3cd; --err: #a1161b; --err-bg: #fde7e7; --stale: #8a3b00; --stale-bg: #ffe9d6; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
.wrap { max-width: 78rem; margin: 0 auto; padding: 0 1.5rem; }
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 0; }
header.site { background: #0f2d4a; color: #fff; }
header.site .bar { display: flex; align-items: center; gap: 2rem; min-height: 3.25rem; }
header.site a { color: #fff; }
.brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; }
header.site nav ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
header.site nav a[aria-current="page"] { text-decoration-thickness: 3px; }
.who { margin-left: auto; display: flex; gap: 1rem; align-items: center; font-size: .95rem; }
.who .role { color: #d6e2ee; }
.who form { margin: 0; }
button.link { background: none; border: 0; color: #fff; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
main { padding-top: 1rem; padding-bottom: 3rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0; }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 .5rem; padding: 0; font-size: .92rem; }
.crumbs li + li::before { content: "›"; margin-right: .4rem; color: var(--muted); }
.context { color: var(--muted); margin: 0 0 1rem; }
.context dt { font-weight: 600; display: inline; } .context dd { display: inline; margin: 0 1.25rem 0 .25rem; }
.notice { border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0 1rem; border: 1px solid; }
.notice.ok { background: var(--ok-bg); border-color: var(--ok); color: var(--ok); }
.notice.error { background: var(--err-bg); border-color: var(--err); color: var(--err); }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
caption { text-align: left; padding: .25rem 0 .5rem; }
th, td { border-bottom: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--bg); border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.table-notes { font-size: .88rem; color: var(--muted); margin: .5rem 0 0; }
.table-notes ul { margin: .25rem 0; padding-left: 1.2rem; }
.badge { display: inline-block; border-radius: 999px; padding: .05rem .6rem; font-size: .85rem; font-weight: 600; border: 1px solid; white-space: nowrap; }
.badge.none { color: var(--muted); border-color: var(--line); background: var(--bg); }
.badge.pending { color: var(--warn); background: var(--warn-bg); border-color: #d9a520; }
.badge.accepted { color: var(--ok); background: var(--ok-bg); border-color: var(--ok); }
.badge.stale { color: var(--stale); background: var(--stale-bg); border-color: var(--stale); }
.badge.rejected, .badge.superseded { color: var(--muted); background: #fff; border-color: var(--line); }
.levels { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
.levels p { margin: 0; }
.levels .label { display: block; font-size: .85rem; color: var(--muted); }
.levels strong { font-size: 1.05rem; }
details.rationale { margin: .5rem 0 0; flex-basis: 100%; }
.grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 2rem; align-items: start; }
.scroll { overflow-x: auto; }
.scroll table { width: auto; min-width: 50%; max-width: 100%; }
tbody th { font-weight: 400; }
@media (max-width: 60rem) { .grid { grid-template-columns: 1fr; } }
.suggestion { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; background: #fff; }
.suggestion.accepted { border-left: 5px solid var(--ok); }
.suggestion.pending { border-left: 5px solid #d9a520; }
.suggestion.is-stale { border-left-color: var(--stale); }
.suggestion header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.meta { color: var(--muted); font-size: .88rem; margin: .25rem 0 .75rem; }
.text { font-size: 1.02rem; white-space: pre-wrap; margin: 0 0 .75rem; }
mark { background: none; color: inherit; border-radius: 3px; padding: 0 .1rem; cursor: help; }
mark.error { background: var(--err-bg); text-decoration: underline wavy var(--err); text-underline-offset: 3px; }
mark.warning { background: var(--warn-bg); text-decoration: underline dotted var(--warn); text-underline-offset: 3px; }
mark sup { font-size: .7rem; font-weight: 700; margin-left: .1rem; }
.findings { margin: 0 0 .75rem; padding-left: 1.4rem; font-size: .92rem; }
.findings li { margin: .2rem 0; }
.findings .sev-error { color: var(--err); font-weight: 700; }
.findings .sev-warning { color: var(--warn); font-weight: 700; }
.findings .fact { color: var(--muted); }
.verdict { font-weight: 600; font-size: .92rem; margin: 0 0 .5rem; }
.verdict.clean { color: var(--ok); }
.callout { border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; font-size: .93rem; }
.callout.stale { background: var(--stale-bg); color: var(--stale); }
.callout.override { background: var(--warn-bg); color: var(--warn); }
.callout.rejected { background: var(--bg); color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-start; margin-top: .5rem; }
.actions > form, .actions > details { margin: 0; }
details > summary { cursor: pointer; }
.actions details > summary { display: inline-block; }
.actions details[open] { flex-basis: 100%; }
.actions > form.draft { flex-basis: 100%; display: grid; grid-template-columns: 1fr auto; gap: .25rem .75rem; align-items: center; }
.actions > form.draft label { grid-column: 1 / -1; margin: 0; }
select { font: inherit; padding: .45rem; border: 1px solid #6b7785; border-radius: 6px; background: #fff; }
button, .button, .actions summary { font: inherit; font-weight: 600; border-radius: 6px; padding: .45rem 1rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-ink); }
button.accept { background: var(--ok); border-color: var(--ok); color: #fff; }
.actions summary.accept { color: var(--ok); border-color: var(--ok); }
button.danger, .actions summary.danger { color: var(--err); border-color: var(--err); }
label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
.hint { font-size: .88rem; color: var(--muted); margin: .15rem 0 .35rem; font-weight: 400; }
textarea, input[type="password"], input[type="text"] { width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7785; border-radius: 6px; }
textarea { min-height: 9rem; resize: vertical; }
.words { font-size: .85rem; color: var(--muted); margin: .2rem 0 .5rem; }
form.stack > * + * { margin-top: .5rem; }
.history { list-style: none; padding: 0; margin: 0; font-size: .92rem; }
.history li { border-left: 3px solid var(--line); padding: .2rem 0 .6rem .75rem; }
.history time { color: var(--muted); display: block; font-size: .85rem; }
.versions { margin-top: .75rem; font-size: .92rem; }
.versions blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); white-space: pre-wrap; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; background: var(--bg); }
.signin { max-width: 28rem; margin: 3rem auto; }
.muted { color: var(--muted); }
.exports { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; list-style: none; }
`;

/** A small mark for the browser tab (and no 404 for /favicon.ico in the console). */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f2d4a"/><path d="M7 23V9h3.2l5.8 8 5.8-8H25v14h-3.2v-8.6L16 22l-5.8-7.6V23z" fill="#fff"/></svg>`;

/** Counts words as the checker does (whitespace-separated) under every textarea that has a word limit. */
export const reviewScript = `
(function () {
  function count(text) { var t = text.trim(); return t === '' ? 0 : t.split(/\\s+/).length; }
  document.querySelectorAll('textarea[data-word-limit]').forEach(function (area) {
    var limit = Number(area.getAttribute('data-word-limit'));
    var out = document.getElementById(area.id + '-words');
    if (!out) return;
    function update() {
      var n = count(area.value);
      out.textContent = n + ' ord' + (limit ? ' av högst ' + limit : '') + (limit && n > limit ? ' – för lång' : '');
    }
    area.addEventListener('input', update);
    update();
  });
})();
`;
