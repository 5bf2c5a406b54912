/** @module The organisation's settings: `GET /settings` for anyone signed in, `PUT /settings` for an admin (GUARDED_ROUTES). */
import { Hono } from 'hono';
import { z } from 'zod';
import { CONVERSATION_RETENTION } from '../db/conversations';
import type { AppEnv } from '../deps';
import { formatNumber } from '../domain/sv';
import { jsonBody } from '../lib/validate';
import { getConversationRetention, setConversationRetention } from '../services';

const { minDays, maxDays } = CONVERSATION_RETENTION;
const settingsBody = z.strictObject({
  conversationRetentionDays: z
    .number({ error: 'ange antal dagar som ett heltal' })
    .int('ange antal dagar som ett heltal')
    .min(minDays, `minst ${minDays} dag`)
    .max(maxDays, `högst ${formatNumber(maxDays)} dagar`),
});

export const settingsRoutes = new Hono<AppEnv>()
  .get('/settings', async (c) => c.json(await getConversationRetention(c.var.deps.db, c.var.principal)))
  .put('/settings', async (c) => {
    const body = await jsonBody(c, settingsBody);
    return c.json(await setConversationRetention(c.var.deps.db, c.var.principal, body.conversationRetentionDays));
  });
