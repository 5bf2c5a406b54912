/** @module The organisation's settings page (`/installningar`): only an admin sees and changes it. */
import { Hono } from 'hono';
import type { AppEnv } from '../../deps';
import { AppError } from '../../lib/errors';
import { httpStatus } from '../../lib/http-status';
import { requireRoleAt } from '../../lib/roles';
import { getConversationRetention, setConversationRetention } from '../../services';
import { SettingsPage } from '../../web/settings-page';
import { formFields, page, requireSession, sameOrigin, user, type Ctx } from './common';
import type { Notice } from '../../web/layout';

async function settingsPage(c: Ctx, opts: { notice?: Notice | null; status?: number; typed?: string } = {}) {
  const retention = await getConversationRetention(c.var.deps.db, c.var.principal);
  return page(c, SettingsPage({ user: user(c), retention, typed: opts.typed, notice: opts.notice ?? null }), opts.status ?? 200);
}

export const settingsPages = new Hono<AppEnv>()
  .use('/installningar', requireSession, sameOrigin, requireRoleAt('admin'))
  .get('/installningar', (c) => {
    const deleted = Number(c.req.query('raderade') ?? '');
    const notice: Notice | null =
      c.req.query('klart') === undefined
        ? null
        : {
            kind: 'ok',
            text: `Inställningen är sparad.${deleted > 0 ? ` ${deleted === 1 ? 'Ett äldre samtal' : `${deleted} äldre samtal`} raderades.` : ''}`,
          };
    return settingsPage(c, { notice });
  })
  .post('/installningar', async (c) => {
    const form = await formFields(c);
    const typed = form.conversationRetentionDays ?? '';
    try {
      const saved = await setConversationRetention(c.var.deps.db, c.var.principal, typed.trim() === '' ? NaN : Number(typed.trim()));
      return c.redirect(`/installningar?klart=1${saved.deleted ? `&raderade=${saved.deleted}` : ''}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || httpStatus(err) >= 500 || err.code === 'forbidden') throw err;
      return settingsPage(c, { notice: { kind: 'error', text: err.message }, status: httpStatus(err), typed });
    }
  });
