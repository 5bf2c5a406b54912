/** @module Export of the report section "Nämndens mål och resultat" as Markdown, HTML, Word or JSON, with the accepted texts. */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps';
import { exportFormats, renderInline, type ExportFormat } from '../export/render';
import type { Section } from '../export/section';
import { parseWith } from '../lib/validate';
import { getReportSection } from '../services';

export { exportFormats, type ExportFormat };

const formatQuery = z.object({
  format: z.enum(exportFormats, { error: `ska vara en av ${exportFormats.join(', ')}` }),
});

export const loadSection = (c: Context<AppEnv>, reportId: string): Promise<Section> =>
  getReportSection(c.var.deps.db, c.var.principal, reportId);

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
export async function exportResponse(
  c: Context<AppEnv>,
  reportId: string,
  format: ExportFormat,
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  const section = await loadSection(c, reportId);
  const headers = { 'content-type': contentTypes[format], 'content-disposition': contentDisposition(reportId, format, disposition) };
  // Off the event loop on Node (a worker thread), inline elsewhere.
  const body = await (c.var.deps.render ?? renderInline)(section, format);
  return c.body(body, 200, headers);
}

export const exportRoutes = new Hono<AppEnv>().get('/reports/:id/export', async (c) => {
  const { format } = parseWith(formatQuery, { format: c.req.query('format') });
  return exportResponse(c, c.req.param('id'), format);
});
