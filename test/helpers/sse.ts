/** @module Reads a server-sent event stream as the chat page does: frames split on a blank line, `event:` and `data:` lines. */

export interface SseEvent {
  event: string;
  data: any;
}

export function parseSse(text: string): SseEvent[] {
  return text
    .split(/\n\n/)
    .filter((frame) => frame.trim() !== '')
    .map((frame) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      return { event, data: JSON.parse(data.join('\n')) };
    });
}

/** The parts of one chat turn, by event type. */
export function turnOf(events: SseEvent[]) {
  const of = (name: string) => events.filter((e) => e.event === name).map((e) => e.data);
  return {
    events,
    names: events.map((e) => e.event),
    conversation: of('conversation')[0] as { id: string; title: string; reportId: string },
    tokens: of('token').map((d) => d.text as string),
    tools: of('tool') as Array<{
      name: string;
      arguments: any;
      ok: boolean;
      summary: string;
      table?: { columns: string[]; rows: string[][] };
    }>,
    message: of('message')[0] as
      | {
          text: string;
          findings: any[];
          draft?: { goalId: string; text: string; verified: boolean; findings: any[] };
          suggestion?: { id: string; goalId: string; status: string };
          note?: string;
        }
      | undefined,
    errors: of('error') as Array<{ code: string; message: string }>,
  };
}
