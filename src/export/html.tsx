/** @module The section as a standalone HTML page: the Markdown rendered by `marked`, with any raw HTML shown as text, never run. */
import { Marked } from 'marked';
import { ChartFigure } from './chart-svg';
import { markdownParts } from './markdown';
import type { Section } from './section';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Markdown we write escapes what people wrote already; this renderer is the second lock:
 * whatever raw HTML still reaches `marked` comes out as text.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}

const STYLE = `
body { font-family: Calibri, Arial, "Liberation Sans", sans-serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2.5rem; } h3 { font-size: 1.2rem; } h4 { font-size: 1.05rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.5rem; vertical-align: top; }
th { background: #e8eef4; text-align: left; }
td:not(:first-child), th:not(:first-child) { text-align: right; white-space: nowrap; }
blockquote { border-left: 4px solid #b35900; margin: 1rem 0; padding: 0.3rem 1rem; background: #fff4e5; }
figure.chart { margin: 1.2rem 0; }
figure.chart figcaption { font-weight: bold; font-size: 0.9rem; }
figure.chart svg { display: block; width: 100%; max-width: 30rem; height: auto; }
.chart-legend { font-size: 0.8rem; color: #4a5560; margin: 0.2rem 0 0; }
`;

/** The Markdown rendered in runs between the charts, which are drawn as inline SVG. */
function bodyHtml(section: Section): string {
  const out: string[] = [];
  let run: string[] = [];
  for (const part of markdownParts(section)) {
    if (typeof part === 'string') {
      run.push(part);
      continue;
    }
    out.push(markdownToHtml(run.join('\n')), ...part.charts.map((c) => (<ChartFigure chart={c} />).toString()));
    run = [];
  }
  out.push(markdownToHtml(run.join('\n')));
  return out.join('\n');
}

export function renderHtml(section: Section): string {
  const body = bodyHtml(section);
  const page = (
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${section.title} – ${section.report.title}`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <main dangerouslySetInnerHTML={{ __html: body }} />
      </body>
    </html>
  );
  return `<!doctype html>\n${page.toString()}`;
}
