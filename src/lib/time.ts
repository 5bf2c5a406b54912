/** @module Times as people in Sweden read them. */

/** 2026-11-23 10:13, in Stockholm time; a value that is not a time is returned as it is. */
export function swedishTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
