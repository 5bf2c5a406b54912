/**
 * @module How long the organisation keeps chat conversations after their last message: read by
 * anyone signed in (the chat page says it), set only by an admin within documented bounds, and
 * applied at once when it is lowered.
 */
import {
  CONVERSATION_RETENTION,
  conversationRetentionDays,
  purgeExpiredConversations,
  saveConversationRetentionDays,
} from '../db/conversations';
import type { Db } from '../db/client';
import type { Principal } from '../db/tokens';
import { roleNames } from '../domain/review';
import { formatNumber } from '../domain/sv';
import { badRequest, forbidden } from '../lib/errors';

export const RETENTION_FIELD = 'conversationRetentionDays';

export interface ConversationRetention {
  conversationRetentionDays: number;
  defaultDays: number;
  minDays: number;
  maxDays: number;
}

export async function getConversationRetention(db: Db, principal: Principal): Promise<ConversationRetention> {
  return { conversationRetentionDays: await conversationRetentionDays(db, principal.orgId), ...CONVERSATION_RETENTION };
}

/** Sets the organisation's retention (an admin only); conversations older than the new setting are deleted now. */
export async function setConversationRetention(db: Db, principal: Principal, days: number) {
  if (principal.role !== 'admin')
    throw forbidden(`Bara en administratör kan ändra hur länge samtalen sparas; du är inloggad som ${roleNames[principal.role]}.`);
  const { minDays, maxDays } = CONVERSATION_RETENTION;
  if (!Number.isInteger(days) || days < minDays || days > maxDays) {
    throw badRequest(
      `Ange hur många dagar samtalen sparas som ett heltal från ${formatNumber(minDays)} till ${formatNumber(maxDays)}.`,
      RETENTION_FIELD,
    );
  }
  await saveConversationRetentionDays(db, principal.orgId, days);
  const { deleted } = await purgeExpiredConversations(db, principal.orgId);
  return { ...(await getConversationRetention(db, principal)), deleted };
}
