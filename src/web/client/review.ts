/**
 * @module The review pages' small script (bundled by scripts/build-web.ts): a word count under
 * every textarea with a word limit, and, on a page shown again after a refused form, the address
 * of the page itself instead of the form's POST route.
 */

/** Counts words as the checker does (whitespace-separated). */
function countWords(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

document.querySelectorAll<HTMLTextAreaElement>('textarea[data-word-limit]').forEach((area) => {
  const limit = Number(area.dataset.wordLimit);
  const out = document.getElementById(`${area.id}-words`);
  if (!out) return;
  const update = () => {
    const n = countWords(area.value);
    out.textContent = `${n} ord${limit ? ` av högst ${limit}` : ''}${limit && n > limit ? ' – för lång' : ''}`;
  };
  area.addEventListener('input', update);
  update();
});

// A refused form is answered with the page again (so nothing typed is lost); its address is the page's own.
const pageUrl = document.body.dataset.pageUrl;
if (pageUrl && pageUrl !== window.location.pathname + window.location.search) window.history.replaceState(null, '', pageUrl);

export {};
