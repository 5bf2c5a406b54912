/**
 * @module The forms that set a level by hand on the overview: a roll-up's (kommunfullmäktigemål or
 * målområde) and the whole report's ("Samlad bedömning"), each with a reason, as for a goal; the
 * whole report's can also be taken back to the computed level.
 */
import type { FC } from 'hono/jsx';
import { swedishTime } from '../lib/time';

/** What every level form needs: the report, the scale (best first; empty when the report assesses no goal) and what a refused form held. */
interface FormProps {
  reportId: string;
  levels: { id: string; label: string }[];
  typed?: { form: string; fields: Record<string, string> } | undefined;
}

export interface RollUpView {
  key: string;
  title: string;
  level: string;
  label: string;
  computedLevel: string;
  computedLabel: string;
  override?: { reason: string; by: string };
}

/** The form that sets a roll-up's level with a reason, as for a goal. */
export const RollUpLevel: FC<FormProps & { r: RollUpView }> = ({ r, reportId, levels, typed: typedForm }) => {
  if (levels.length === 0) return null;
  const typed = typedForm?.form === `samlad:${r.key}` ? typedForm.fields : undefined;
  const id = `samlad-${r.key}`;
  return (
    <div class="rollup-level">
      {r.override ? (
        <>
          <p class="hint">
            Satt av {r.override.by} (beräknad: {r.computedLabel}). Skäl: {r.override.reason || '–'}
          </p>
          <form
            method="post"
            action={`/rapporter/${encodeURIComponent(reportId)}/samlad/${encodeURIComponent(r.key)}/niva/aterstall`}
            class="inline"
          >
            <button type="submit">Återställ till den beräknade nivån ({r.computedLabel})</button>
          </form>
        </>
      ) : null}
      <details open={typed ? true : undefined}>
        <summary>Ändra samlad bedömning för {r.title}</summary>
        <form method="post" action={`/rapporter/${encodeURIComponent(reportId)}/samlad/${encodeURIComponent(r.key)}/niva`} class="stack">
          <label for={`${id}-niva`}>Nivå</label>
          <select id={`${id}-niva`} name="level">
            {levels.map((l) => (
              <option value={l.id} selected={l.id === (typed?.level ?? r.level)}>
                {l.id === r.computedLevel ? `${l.label} (beräknad)` : l.label}
              </option>
            ))}
          </select>
          <label for={`${id}-skal`}>Skäl</label>
          <p class="hint" id={`${id}-skal-hint`}>
            Krävs när nivån skiljer sig från den beräknade (medianen av målens slutliga nivåer).
          </p>
          <textarea id={`${id}-skal`} name="reason" aria-describedby={`${id}-skal-hint`}>
            {typed?.reason ?? r.override?.reason ?? ''}
          </textarea>
          <button type="submit" class="primary">
            Spara nivå
          </button>
        </form>
      </details>
    </div>
  );
};

export interface OverallView {
  level: string;
  label: string;
  computedLevel: string;
  computedLabel: string;
  override?: { reason: string; by: string; at: string };
}

/** The whole report's level: who set it and why, a form to set it, and a button back to the computed level. */
export const OverallLevelForm: FC<FormProps & { o: OverallView }> = ({ o, reportId, levels, typed: typedForm }) => {
  if (levels.length === 0) return null;
  const typed = typedForm?.form === 'overall' ? typedForm.fields : undefined;
  const base = `/rapporter/${encodeURIComponent(reportId)}/samlad-niva`;
  return (
    <div class="rollup-level overall-level">
      {o.override ? (
        <>
          <p class="hint">
            Satt av {o.override.by} {swedishTime(o.override.at)} (beräknad: {o.computedLabel}, medianen av målens slutliga nivåer). Skäl:{' '}
            {o.override.reason || '–'}
          </p>
          <form method="post" action={`${base}/aterstall`} class="inline">
            <button type="submit">Återställ till den beräknade nivån ({o.computedLabel})</button>
          </form>
        </>
      ) : null}
      <details open={typed ? true : undefined}>
        <summary>Ändra samlad bedömning för hela rapporten</summary>
        <form method="post" action={base} class="stack">
          <label for="samlad-rapport-niva">Nivå</label>
          <select id="samlad-rapport-niva" name="level">
            {levels.map((l) => (
              <option value={l.id} selected={l.id === (typed?.level ?? o.level)}>
                {l.id === o.computedLevel ? `${l.label} (beräknad)` : l.label}
              </option>
            ))}
          </select>
          <label for="samlad-rapport-skal">Skäl</label>
          <p class="hint" id="samlad-rapport-skal-hint">
            Krävs när nivån skiljer sig från den beräknade (medianen av målens slutliga nivåer).
          </p>
          <textarea id="samlad-rapport-skal" name="reason" aria-describedby="samlad-rapport-skal-hint">
            {typed?.reason ?? o.override?.reason ?? ''}
          </textarea>
          <button type="submit" class="primary">
            Spara nivå
          </button>
        </form>
      </details>
    </div>
  );
};
