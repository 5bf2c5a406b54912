/** @module Chat conversations and their messages, each owned by one token (user) within one organisation. */
import { and, asc, count, desc, eq, inArray, lt } from 'drizzle-orm';
import { newId } from '../lib/crypto';
import { writeTransaction, type DbOrTx, type Transactional } from './client';
import { chatMessages, conversations, organisations, reports } from './schema';

export type ConversationRow = typeof conversations.$inferSelect;
export type ChatMessageRow = typeof chatMessages.$inferSelect;
export type NewChatMessage = Omit<typeof chatMessages.$inferInsert, 'id' | 'conversationId' | 'createdAt'>;

export interface Owner {
  orgId: string;
  tokenId: string;
}

export interface NewConversation {
  id: string;
  owner: Owner;
  reportPk: number;
  title: string;
}

export function newConversation(owner: Owner, reportPk: number, title: string): NewConversation {
  return { id: newId(), owner, reportPk, title };
}

export async function createConversation(db: DbOrTx, c: NewConversation): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({ id: c.id, orgId: c.owner.orgId, tokenId: c.owner.tokenId, reportPk: c.reportPk, title: c.title })
    .returning();
  return row!;
}

/** A conversation only its owner may see; anyone else gets undefined (and so a 404). */
export async function findConversation(db: DbOrTx, owner: Owner, id: string) {
  const [row] = await db
    .select({ conversation: conversations, reportId: reports.reportId })
    .from(conversations)
    .innerJoin(reports, eq(reports.pk, conversations.reportPk))
    .where(and(eq(conversations.id, id), eq(conversations.orgId, owner.orgId), eq(conversations.tokenId, owner.tokenId)));
  return row ? { ...row.conversation, reportId: row.reportId } : undefined;
}

export async function listConversations(db: DbOrTx, owner: Owner, limit = 50) {
  return db
    .select({ id: conversations.id, title: conversations.title, reportId: reports.reportId, updatedAt: conversations.updatedAt })
    .from(conversations)
    .innerJoin(reports, eq(reports.pk, conversations.reportPk))
    .where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tokenId, owner.tokenId)))
    .orderBy(desc(conversations.updatedAt))
    .limit(limit);
}

export async function loadMessages(db: DbOrTx, conversationId: string): Promise<ChatMessageRow[]> {
  return db.select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId)).orderBy(asc(chatMessages.id));
}

/**
 * Stores a turn in one transaction (one commit is most of a turn's own cost on an embedded file):
 * the conversation when it is new, then the messages in order, and touches the conversation.
 */
export async function saveTurn(db: Transactional, conversationId: string, messages: NewChatMessage[], created?: NewConversation) {
  if (messages.length === 0 && !created) return;
  await writeTransaction(db, async (tx) => {
    if (created) await createConversation(tx, created);
    if (messages.length) await tx.insert(chatMessages).values(messages.map((m) => ({ ...m, conversationId })));
    if (!created) await tx.update(conversations).set({ updatedAt: new Date().toISOString() }).where(eq(conversations.id, conversationId));
  });
}

/** Deletes a conversation and its messages, if it is the owner's; returns whether anything was deleted. */
export async function deleteConversation(db: Transactional, owner: Owner, id: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const [own] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.id, id), eq(conversations.orgId, owner.orgId), eq(conversations.tokenId, owner.tokenId)));
    if (!own) return false;
    await tx.delete(chatMessages).where(eq(chatMessages.conversationId, id));
    await tx.delete(conversations).where(eq(conversations.id, id));
    return true;
  });
}

/** How long a conversation is kept after its last message, in days: the default, and the bounds an admin may set. */
export const CONVERSATION_RETENTION = { defaultDays: 365, minDays: 1, maxDays: 3650 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The organisation's setting, or the default when none is set. */
export async function conversationRetentionDays(db: DbOrTx, orgId: string): Promise<number> {
  const [org] = await db.select({ days: organisations.conversationRetentionDays }).from(organisations).where(eq(organisations.id, orgId));
  return org?.days ?? CONVERSATION_RETENTION.defaultDays;
}

export async function saveConversationRetentionDays(db: DbOrTx, orgId: string, days: number): Promise<void> {
  await db.update(organisations).set({ conversationRetentionDays: days }).where(eq(organisations.id, orgId));
}

/**
 * Deletes the organisation's conversations whose last message is older than its setting, with
 * their messages. Called when conversations are read or written and at start, never on a timer;
 * only when something is out of date does it open a write transaction.
 */
export async function purgeExpiredConversations(
  db: Transactional & DbOrTx,
  orgId: string,
  now = new Date(),
): Promise<{ days: number; deleted: number }> {
  const days = await conversationRetentionDays(db, orgId);
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const old = and(eq(conversations.orgId, orgId), lt(conversations.updatedAt, cutoff));
  const [found] = await db.select({ n: count() }).from(conversations).where(old);
  if (!found?.n) return { days, deleted: 0 };
  const deleted = await writeTransaction(db, async (tx) => {
    await tx
      .delete(chatMessages)
      .where(inArray(chatMessages.conversationId, tx.select({ id: conversations.id }).from(conversations).where(old)));
    return (await tx.delete(conversations).where(old).returning({ id: conversations.id })).length;
  });
  return { days, deleted };
}

/** The same for every organisation (the Node entry runs it at start). */
export async function purgeAllExpiredConversations(db: Transactional & DbOrTx, now = new Date()): Promise<number> {
  let deleted = 0;
  for (const org of await db.select({ id: organisations.id }).from(organisations)) {
    deleted += (await purgeExpiredConversations(db, org.id, now)).deleted;
  }
  return deleted;
}
