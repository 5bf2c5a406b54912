/** @module The official's wishes applied to an offline draft without a model: "nämn medarbetarenkäten" adds the goal's own note on it, "kortare" keeps the opening and the assessment sentence. */
import { similarity } from './intents';
import type { ReportDocument } from '../report';

const MENTION =
  /\b(?:nämn|nämna|ta med|ta upp|lyft fram|lyft|lyfta|inkludera|hänvisa till|skriv om|skriv något om|berätta om|betona)\s+(.+?)(?=(?:,|;|\.|\s+och\s+|\s+samt\s+|$))/gi;

/** The topics an official asks to have mentioned: "nämn medarbetarenkäten och lyft fram sjukfrånvaron" → both. */
export function mentionTopics(instructions: string | undefined): string[] {
  if (!instructions) return [];
  return [...instructions.matchAll(MENTION)].map((m) => m[1]!.trim()).filter((t) => t.length > 1);
}

export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/)
    .filter((s) => s.trim() !== '');
}

/** The first of the goal's notes about a topic, if any speaks of it. */
export function noteAbout(doc: ReportDocument, goalId: string, topic: string): string | undefined {
  const notes = doc.goals.find((g) => g.id === goalId)?.notes ?? [];
  return notes.find((n) => similarity(topic, n) >= 0.6);
}

/**
 * Adds, before the closing assessment sentence, the goal's note on each topic asked for that the
 * draft does not already mention. Returns the topics no note speaks of, so the reply can say so.
 */
export function mentionInDraft(doc: ReportDocument, goalId: string, text: string, topics: string[]): { text: string; missing: string[] } {
  const parts = sentences(text);
  const missing: string[] = [];
  const added: string[] = [];
  for (const topic of topics) {
    if (similarity(topic, text) >= 0.6) continue;
    const note = noteAbout(doc, goalId, topic);
    if (!note) missing.push(topic);
    else if (!added.includes(note)) added.push(note.trim().replace(/([^.!?])$/, '$1.'));
  }
  if (added.length === 0) return { text, missing };
  const closing = parts.length > 1 ? parts.pop()! : undefined;
  return { text: [...parts, ...added, ...(closing ? [closing] : [])].join(' '), missing };
}

/** A shorter draft: the opening sentences and the closing assessment sentence, about half the words. */
export function shortenDraft(text: string): string {
  const parts = sentences(text);
  if (parts.length <= 2) return text.trim();
  const closing = parts.pop()!;
  const budget = Math.max(1, Math.floor(text.split(/\s+/).length / 2) - closing.split(/\s+/).length);
  const kept: string[] = [parts[0]!];
  let words = parts[0]!.split(/\s+/).length;
  for (const s of parts.slice(1)) {
    const n = s.split(/\s+/).length;
    if (words + n > budget) break;
    kept.push(s);
    words += n;
  }
  return [...kept, closing].join(' ');
}
