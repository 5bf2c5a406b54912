/** @module Where and why a JSON text does not parse, said in Swedish with a line and column (the parser's own message is English, with a character offset). */

/** "rad 3, kolumn 14: oväntat tecken ”}”" for a syntax error thrown by JSON.parse(raw). */
export function jsonSyntaxProblem(raw: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  if (!at)
    return /end of (JSON )?input|Unterminated/i.test(message)
      ? 'dokumentet tar slut mitt i (saknas en avslutande klammer eller ett citattecken?)'
      : 'texten går inte att läsa som JSON';
  const pos = Math.min(Number(at[1]), raw.length);
  const before = raw.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const ch = raw.charAt(pos);
  const what = ch === '' ? 'dokumentet tar slut för tidigt' : /\s/.test(ch) ? 'oväntat blanktecken' : `oväntat tecken ”${ch}”`;
  return `rad ${line}, kolumn ${column}: ${what}`;
}
