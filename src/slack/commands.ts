/**
 * @module Reads the text after the slash command: `<sökord>`, `mål [n|id|sökord]`, `hjälp` (or
 * nothing), and `visa` anywhere to post the answer in the channel instead of only to the asker.
 * Pure: no I/O.
 */
import { normalize } from './search';
import type { Visibility } from './blocks';

export type Command =
  | { kind: 'help' }
  | { kind: 'indicator'; query: string }
  /** `ref` is empty for every goal, else a position ("2"), a goal id ("g2") or words from the title. */
  | { kind: 'goal'; ref: string };

export interface ParsedCommand {
  command: Command;
  visibility: Visibility;
}

const HELP = new Set(['hjalp', 'help']);
const GOAL = new Set(['mal', 'malet', 'goal']);
const SHOW = 'visa';

export function parseCommandText(text: string): ParsedCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  // "visa" first or last is the switch; "visa" alone has nothing to show, so it gets the help.
  let visibility: Visibility = 'ephemeral';
  if (words.length > 0 && normalize(words[0]!) === SHOW) {
    words.shift();
    visibility = 'in_channel';
  } else if (words.length > 1 && normalize(words[words.length - 1]!) === SHOW) {
    words.pop();
    visibility = 'in_channel';
  }
  const first = words[0] === undefined ? '' : normalize(words[0]);
  if (words.length === 0 || (words.length === 1 && (HELP.has(first) || words[0] === '?'))) {
    return { command: { kind: 'help' }, visibility: 'ephemeral' };
  }
  if (GOAL.has(first)) return { command: { kind: 'goal', ref: words.slice(1).join(' ') }, visibility };
  return { command: { kind: 'indicator', query: words.join(' ') }, visibility };
}
