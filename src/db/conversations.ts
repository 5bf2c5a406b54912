/** @module Chat conversations and their messages, each owned by one token (user) within one organisation. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { newId } from '../lib/crypto';
import type { DbOrTx } from './client';
import { chatMessages, conversations, reports } from './schema';

export type ConversationRow = typeof conversations.$inferSelect;
export type ChatMessageRow = typeof chatMessages.$inferSelect;
export type NewChatMessage = Omit<typeof chatMessages.$inferInsert, 'id' | 'conversationId' | 'createdAt'>;

export interface Owner {
  orgId: string;
  tokenId: string;
}

export async function createConversation(db: DbOrTx, owner: Owner, reportPk: number, title: string): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({ id: newId(), orgId: owner.orgId, tokenId: owner.tokenId, reportPk, title })
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

/** Appends messages in order, in one transaction, and touches the conversation. */
export async function appendMessages(db: { transaction: DbOrTx['transaction'] }, conversationId: string, messages: NewChatMessage[]) {
  if (messages.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(chatMessages).values(messages.map((m) => ({ ...m, conversationId })));
    await tx.update(conversations).set({ updatedAt: new Date().toISOString() }).where(eq(conversations.id, conversationId));
  });
}
