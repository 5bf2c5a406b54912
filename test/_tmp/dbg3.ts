import { checkText } from '/work/wt3/recall3/src/domain/checker';
import { parseReportDocument } from '/work/wt3/recall3/src/domain/report';
// @ts-expect-error mjs
import { doc, ind } from '/work/wt3/recall3/test/corpus/build/lib.mjs';
export function run(d: unknown, texts: string[]) {
  const p = parseReportDocument(d);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  for (const text of texts) {
    const fs = checkText({ doc: p.doc, goalId: (d as any).goals[0].id, text, origin: 'person' }).filter((f) => f.code !== 'missing_level');
    console.log((fs.some((f) => f.severity === 'error') ? 'ERR ' : 'ok  ') + text);
    for (const f of fs) console.log('     ', f.severity, f.code, JSON.stringify(text.slice(f.start, f.end)), f.message.slice(0, 110));
  }
}
export { doc, ind };
