/** @module Chat tool draft_motivation: a motivation for one goal with the official's wishes, by the model when there is one, else offline (wishes applied to the offline draft), always checked. */
import { z } from 'zod';
import { hasErrors } from '../../domain/checker';
import { mentionInDraft, mentionTopics, shortenDraft } from '../../domain/chat';
import { findingLines } from '../../domain/chat';
import { checkDraft, draftMotivation } from '../drafting';
import { defineTool, goalOf } from './types';

export const MAX_INSTRUCTIONS = 1000;

export const draftMotivationTool = defineTool({
  name: 'draft_motivation',
  description:
    'Skriver ett utkast till "Motivering till bedömning av måluppfyllelse" för ett mål, från målets siffror och anteckningar, ' +
    'och kontrollerar alla tal i det. Skicka med handläggarens önskemål (t.ex. "nämn medarbetarenkäten") som instructions.',
  schema: z.object({
    goalId: z.string().trim().min(1, 'ange målets id, t.ex. "g2"').max(300),
    instructions: z
      .string()
      .trim()
      .max(MAX_INSTRUCTIONS, `högst ${MAX_INSTRUCTIONS} tecken`)
      .optional()
      .describe('Handläggarens önskemål om texten'),
    shorter: z.boolean().optional().describe('true när handläggaren vill ha en kortare text än förra utkastet'),
  }),
  async run(ctx, args) {
    const g = goalOf(ctx, args.goalId);
    const wishes = [args.instructions, args.shorter ? 'Skriv kort: hälften så många ord som vanligt.' : undefined]
      .filter(Boolean)
      .join(' ');
    const req = { doc: ctx.doc, goalId: g.goalId, assessment: g, instructions: wishes || undefined };
    const drafted = await draftMotivation(ctx.openai, req, { model: ctx.model, onModelFailure: 'offline' });
    let { text, findings } = drafted;
    let missing: string[] = [];
    if (drafted.provenance.mode === 'offline') {
      // The offline drafter knows no wishes: apply the ones we understand, then check again.
      const mentioned = mentionInDraft(ctx.doc, g.goalId, text, mentionTopics(args.instructions));
      missing = mentioned.missing;
      text = args.shorter ? shortenDraft(mentioned.text) : mentioned.text;
      if (text !== drafted.text) findings = checkDraft(req, text);
    }
    const verified = !hasErrors(findings);
    const errors = findingLines(text, findings);
    const words = text.split(/\s+/).filter(Boolean).length;
    return {
      result: {
        mål: g.goalId,
        nivå: g.label,
        text,
        kontrollerad: verified,
        ...(errors.length ? { fel: errors } : {}),
        ...(missing.length ? { saknasIUnderlaget: missing } : {}),
        ...(drafted.provenance.fallbackReason ? { obs: drafted.provenance.fallbackReason } : {}),
      },
      summary:
        `Utkast för ${g.goalId} (${words} ord, ${drafted.provenance.mode === 'llm' ? 'skrivet av språkmodellen' : 'skrivet offline'}): ` +
        (verified
          ? 'alla siffror stämmer med underlaget.'
          : `${errors.length} ${errors.length === 1 ? 'uppgift stämmer' : 'uppgifter stämmer'} inte med underlaget.`) +
        (missing.length ? ` Anteckningarna säger inget om: ${missing.join(', ')}.` : ''),
      goalIds: [g.goalId],
      draft: {
        goalId: g.goalId,
        text,
        verified,
        findings,
        mode: drafted.provenance.mode,
        ...(wishes ? { instructions: args.instructions } : {}),
      },
    };
  },
});
