/**
 * @module The export section rendered in one format: the one function both the inline renderer
 * (Workers, tests, the CLI) and the Node entry's worker thread call.
 */
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { Section } from './section';

export const exportFormats = ['md', 'html', 'docx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Renders a section; text formats as a string, Word as bytes. */
export async function renderSection(section: Section, format: ExportFormat): Promise<string | ArrayBuffer> {
  switch (format) {
    case 'md':
      return renderMarkdown(section);
    case 'html':
      return renderHtml(section);
    case 'json':
      return `${JSON.stringify(section, null, 2)}\n`;
    case 'docx':
      return renderDocx(section);
  }
}

/** Where rendering runs: inline by default; the Node entry hands in a worker thread (src/lib/render-pool.ts). */
export type Renderer = (section: Section, format: ExportFormat) => Promise<string | ArrayBuffer>;
export const renderInline: Renderer = renderSection;
