/** @module Chat tools check_text (a pasted text against the figures) and propose_for_review (a paragraph becomes a pending suggestion for an editor). */
import { z } from 'zod';
import { checkText, hasErrors } from '../../domain/checker';
import { checkAgainstGoals, findingLines } from '../../domain/chat';
import { MAX_TEXT_LENGTH } from '../../domain/review';
import { storeSuggestion } from '../../services';
import { checkDraft } from '../drafting';
import { defineTool, goalOf } from './types';

const text = z.string().trim().min(1, 'texten är tom').max(MAX_TEXT_LENGTH, `högst ${MAX_TEXT_LENGTH} tecken`);

export const checkTextTool = defineTool({
  name: 'check_text',
  description:
    'Kontrollerar en text (t.ex. en motivering som handläggaren klistrat in) mot rapportens siffror och anger varje tal som inte stämmer. ' +
    'Ange goalId när texten gäller ett visst mål; annars prövas talen mot alla mål.',
  schema: z.object({ text, goalId: z.string().trim().min(1).max(300).optional() }),
  async run(ctx, args) {
    const g = args.goalId ? goalOf(ctx, args.goalId) : undefined;
    const findings = g
      ? checkText({ doc: ctx.doc, goalId: g.goalId, text: args.text, level: g.level, assessment: g, origin: 'model' })
      : checkAgainstGoals(ctx.doc, ctx.assessment, args.text, []);
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    const quote = (f: (typeof findings)[number]) => args.text.slice(f.start, f.end).trim();
    return {
      result: {
        ...(g ? { mål: g.goalId } : { mål: 'alla' }),
        stämmer: errors.length === 0,
        fel: findingLines(args.text, errors),
        ...(warnings.length ? { varningar: warnings.map((w) => w.message) } : {}),
      },
      summary:
        errors.length === 0
          ? `Texten stämmer med ${g ? `siffrorna för ${g.goalId}` : 'rapportens siffror'}${warnings.length ? ` (${warnings.length} att se över)` : ''}.`
          : `${errors.length} ${errors.length === 1 ? 'uppgift stämmer' : 'uppgifter stämmer'} inte med ${g ? `siffrorna för ${g.goalId}` : 'rapportens siffror'}.`,
      table: findings.length
        ? {
            columns: ['I texten', 'Problem', 'Enligt underlaget'],
            rows: findings.map((f) => [
              quote(f) || '–',
              `${f.severity === 'error' ? 'Fel: ' : 'Se över: '}${f.message}`,
              f.expected ?? '–',
            ]),
          }
        : undefined,
      goalIds: g ? [g.goalId] : [],
    };
  },
});

export const proposeForReview = defineTool({
  name: 'propose_for_review',
  description:
    'Lämnar ett stycke till granskning som förslag till motivering för ett mål (det blir ett väntande förslag som en redaktör godkänner eller avvisar). ' +
    'Använd bara när handläggaren ber om det, med texten ordagrant.',
  schema: z.object({ goalId: z.string().trim().min(1, 'ange målets id').max(300), text }),
  async run(ctx, args) {
    const g = goalOf(ctx, args.goalId);
    const findings = checkDraft({ doc: ctx.doc, goalId: g.goalId, assessment: g }, args.text);
    const verified = !hasErrors(findings);
    const suggestion = await storeSuggestion(ctx.db, ctx.principal, {
      reportPk: ctx.reportPk,
      doc: ctx.doc,
      goal: g,
      text: args.text,
      origin: 'chat',
      verified,
      findings,
      provenance: { mode: 'chat', conversationId: ctx.conversationId, ...(ctx.openai && ctx.model ? { model: ctx.model } : {}) },
    });
    const errors = findingLines(args.text, findings);
    return {
      result: {
        förslag: suggestion.id,
        mål: g.goalId,
        status: 'väntar på granskning',
        kontrollerad: verified,
        ...(errors.length ? { fel: errors } : {}),
      },
      summary: `Skickat till granskning: förslag till motivering för ${g.goalId}${verified ? '' : `, med ${errors.length} ${errors.length === 1 ? 'uppgift' : 'uppgifter'} som inte stämmer`}.`,
      goalIds: [g.goalId],
      suggestion: { id: suggestion.id, goalId: g.goalId, status: suggestion.status, verified },
    };
  },
});
