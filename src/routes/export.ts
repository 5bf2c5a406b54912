/** @module Export of the report section "Nämndens mål och resultat" as Markdown, HTML, Word or JSON, with the accepted texts. */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps';
import { renderDocx } from '../export/docx';
import { renderHtml } from '../export/html';
import { renderMarkdown } from '../export/markdown';
import type { Section } from '../export/section';
import { parseWith } from '../lib/validate';
import { getReportSection } from '../services';

export const exportFormats = ['md', 'html', 'docx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const formatQuery = z.object({
  format: z.enum(exportFormats, { error: `ska vara en av ${exportFormats.join(', ')}` }),
});

export const loadSection = (c: Context<AppEnv>, reportId: string): Promise<Section> => getReportSection(c.var.deps.db, c.var.principal, reportId);

const contentTypes: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** `attachment; filename="vb-2022.docx"`, with an RFC 5987 name for ids that are not plain ASCII. */
export function contentDisposition(reportId: string, format: ExportFormat, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = `${reportId}.${format}`;
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The section in one format, as a response; pages show HTML inline, the API always offers a file. */
export async function exportResponse(c: Context<AppEnv>, reportId: string, format: ExportFormat, disposition: 'attachment' | 'inline' = 'attachment') {
  const section = await loadSection(c, reportId);
  const headers = { 'content-type': contentTypes[format], 'content-disposition': contentDisposition(reportId, format, disposition) };
  switch (format) {
    case 'md':
      return c.body(renderMarkdown(section), 200, headers);
    case 'html':
      return c.body(renderHtml(section), 200, headers);
    case 'json':
      return c.body(`${JSON.stringify(section, null, 2)}\n`, 200, headers);
    case 'docx':
      return c.body(await renderDocx(section), 200, headers);
  }
}

export const exportRoutes = new Hono<AppEnv>().get('/reports/:id/export', async (c) => {
  const { format } = parseWith(formatQuery, { format: c.req.query('format') });
  return exportResponse(c, c.req.param('id'), format);
});
