/**
 * @module The chat API: `POST /chat` answers one message as a server-sent event stream
 * (conversation, token, tool, message, error, end); conversations belong to one user (token) in one
 * organisation. `GET /chat`, `GET /chat/:id` read them back; `POST /chat/:id/propose` sends a
 * drafted paragraph to review from the page's button.
 */
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import {
  deleteConversation,
  findConversation,
  listConversations,
  loadMessages,
  newConversation,
  purgeExpiredConversations,
  saveTurn,
} from '../db/conversations';
import { loadReportDocument } from '../db/report-document';
import type { AppDeps, AppEnv } from '../deps';
import { AppError, badRequest, notFound } from '../lib/errors';
import { SlidingWindowLimiter } from '../lib/rate-limit';
import { jsonBody } from '../lib/validate';
import { runChatTurn } from '../llm/chat';
import { visibleMessages } from '../llm/chat-history';
import { callTool, newTurn } from '../llm/chat-turn';
import { MAX_MESSAGE_LENGTH, type ChatEvent } from '../llm/chat-types';
import type { ToolContext } from '../llm/tools';
import { newId } from '../lib/crypto';
import { getAssessedReport } from '../services';

const limiters = new WeakMap<AppDeps, SlidingWindowLimiter>();
function limiterFor(deps: AppDeps) {
  let limiter = limiters.get(deps);
  if (!limiter) limiters.set(deps, (limiter = new SlidingWindowLimiter(deps.config.chatRateLimitPerMinute)));
  return limiter;
}

const chatBody = z.strictObject({
  conversationId: z.string().min(1).max(100).optional(),
  reportId: z.string().min(1, 'ange rapportens id').max(300),
  message: z.string().trim().min(1, 'meddelandet är tomt'),
});

const proposeBody = z.strictObject({
  goalId: z.string().min(1, 'ange målets id').max(300),
  text: z.string().trim().min(1, 'texten är tom').max(MAX_MESSAGE_LENGTH, `högst ${MAX_MESSAGE_LENGTH} tecken`),
});

const owner = (c: Context<AppEnv>) => ({ orgId: c.var.principal.orgId, tokenId: c.var.principal.tokenId });

async function ownConversation(c: Context<AppEnv>, id: string) {
  const found = await findConversation(c.var.deps.db, owner(c), id);
  if (!found) throw notFound(`Samtalet "${id}" finns inte, eller är inte ditt.`);
  return found;
}

async function toolContext(c: Context<AppEnv>, reportId: string, conversationId: string): Promise<ToolContext> {
  const { db, openai, config } = c.var.deps;
  const found = await getAssessedReport(db, c.var.principal, reportId);
  const { assessment } = found;
  return {
    db,
    doc: found.doc,
    assessment,
    reportPk: found.row.pk,
    principal: c.var.principal,
    conversationId,
    openai,
    model: config.llm?.model,
  };
}

export const chatRoutes = new Hono<AppEnv>()
  // Conversations past the organisation's retention go before any is listed, read or continued (no timer keeps the process alive).
  .use('*', async (c, next) => {
    await purgeExpiredConversations(c.var.deps.db, c.var.principal.orgId);
    await next();
  })
  .post('/', async (c) => {
    const decision = limiterFor(c.var.deps).take(c.var.principal.tokenId);
    if (!decision.ok) {
      c.header('retry-after', String(decision.retryAfterSeconds));
      throw new AppError(
        'rate_limited',
        `Du har skickat många meddelanden på kort tid (högst ${c.var.deps.config.chatRateLimitPerMinute} i minuten). Vänta ${decision.retryAfterSeconds} sekunder och försök igen.`,
      );
    }
    const body = await jsonBody(c, chatBody);
    if (body.message.length > MAX_MESSAGE_LENGTH) {
      throw badRequest(
        `Meddelandet är för långt (${body.message.length} tecken); högst ${MAX_MESSAGE_LENGTH} tecken går att skicka.`,
        'message',
      );
    }
    const { db } = c.var.deps;
    const conversation = body.conversationId ? await ownConversation(c, body.conversationId) : undefined;
    if (conversation && conversation.reportId !== body.reportId) {
      throw badRequest(`Samtalet gäller rapporten "${conversation.reportId}", inte "${body.reportId}".`, 'reportId');
    }
    const ctx = await toolContext(c, body.reportId, conversation?.id ?? '');
    // A new conversation is stored with its first turn: one commit per turn.
    const created = conversation ? undefined : newConversation(owner(c), ctx.reportPk, body.message.slice(0, 80));
    const id = conversation?.id ?? created!.id;
    const title = conversation?.title ?? created!.title;
    const reportId = body.reportId;
    ctx.conversationId = id;
    const rows = conversation ? await loadMessages(db, id) : [];

    return streamSSE(c, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      const emit = async (e: ChatEvent) => {
        if (stream.aborted) return;
        const { type, ...data } = e;
        await stream.writeSSE({ event: type, data: JSON.stringify(data) });
      };
      await emit({ type: 'conversation', id, title: title ?? '', reportId });
      let records: Awaited<ReturnType<typeof runChatTurn>> = [];
      try {
        records = await runChatTurn({ ctx, rows, message: body.message, emit, signal: abort.signal });
      } catch (err) {
        if (!abort.signal.aborted) {
          console.error(`[${c.var.requestId}] chattsvaret misslyckades`, err);
          await emit({
            type: 'error',
            code: 'internal',
            message: `Något gick fel hos oss när svaret skrevs. Försök igen; kvarstår felet, ange förfrågans id ${c.var.requestId}.`,
          });
        }
      }
      await saveTurn(db, id, [{ role: 'user', content: body.message }, ...records], created);
      await emit({ type: 'end' });
    });
  })
  .get('/', async (c) => c.json({ conversations: await listConversations(c.var.deps.db, owner(c)) }))
  .get('/:conversationId', async (c) => {
    const conv = await ownConversation(c, c.req.param('conversationId'));
    const rows = await loadMessages(c.var.deps.db, conv.id);
    const found = await loadReportDocument(c.var.deps.db, c.var.principal.orgId, conv.reportId);
    if (!found) throw notFound(`Rapporten "${conv.reportId}" som samtalet gäller finns inte längre.`);
    return c.json({
      id: conv.id,
      reportId: conv.reportId,
      title: conv.title,
      createdAt: conv.createdAt,
      updatedAt: conv.updatedAt,
      messages: visibleMessages(rows, found.doc),
    });
  })
  .delete('/:conversationId', async (c) => {
    const deleted = await deleteConversation(c.var.deps.db, owner(c), c.req.param('conversationId'));
    if (!deleted) throw notFound(`Samtalet "${c.req.param('conversationId')}" finns inte, eller är inte ditt.`);
    return c.body(null, 204);
  })
  .post('/:conversationId/propose', async (c) => {
    const conv = await ownConversation(c, c.req.param('conversationId'));
    const body = await jsonBody(c, proposeBody);
    const state = newTurn(await toolContext(c, conv.reportId, conv.id), async () => {});
    const run = await callTool(state, 'propose_for_review', body, `page-${newId()}`);
    if (!run.ok) throw badRequest(run.error, 'goalId');
    await saveTurn(c.var.deps.db, conv.id, state.records);
    return c.json({ summary: run.outcome.summary, suggestion: run.outcome.suggestion }, 201);
  });
