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

/** Who set a level and why, and a button that takes it back to the computed level. */
const SetBy: FC<{ text: string; reset: string; computedLabel: string }> = ({ text, reset, computedLabel }) => (
  <>
    <p class="hint">{text}</p>
    <form method="post" action={reset} class="inline">
      <button type="submit">Återställ till den beräknade nivån ({computedLabel})</button>
    </form>
  </>
);

/** The level select (the computed level marked) and the reason, in a folded form posting to `action`. */
const LevelFields: FC<{
  id: string;
  summary: string;
  action: string;
  open: boolean;
  levels: { id: string; label: string }[];
  selected: string;
  computedLevel: string;
  reason: string;
}> = (f) => (
  <details open={f.open ? true : undefined}>
    <summary>{f.summary}</summary>
    <form method="post" action={f.action} class="stack">
      <label for={`${f.id}-niva`}>Nivå</label>
      <select id={`${f.id}-niva`} name="level">
        {f.levels.map((l) => (
          <option value={l.id} selected={l.id === f.selected}>
            {l.id === f.computedLevel ? `${l.label} (beräknad)` : l.label}
          </option>
        ))}
      </select>
      <label for={`${f.id}-skal`}>Skäl</label>
      <p class="hint" id={`${f.id}-skal-hint`}>
        Krävs när nivån skiljer sig från den beräknade (medianen av målens slutliga nivåer).
      </p>
      <textarea id={`${f.id}-skal`} name="reason" aria-describedby={`${f.id}-skal-hint`}>
        {f.reason}
      </textarea>
      <button type="submit" class="primary">
        Spara nivå
      </button>
    </form>
  </details>
);

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
  const base = `/rapporter/${encodeURIComponent(reportId)}/samlad/${encodeURIComponent(r.key)}/niva`;
  return (
    <div class="rollup-level">
      {r.override ? (
        <SetBy
          text={`Satt av ${r.override.by} (beräknad: ${r.computedLabel}). Skäl: ${r.override.reason || '–'}`}
          reset={`${base}/aterstall`}
          computedLabel={r.computedLabel}
        />
      ) : null}
      <LevelFields
        id={`samlad-${r.key}`}
        summary={`Ändra samlad bedömning för ${r.title}`}
        action={base}
        open={typed !== undefined}
        levels={levels}
        selected={typed?.level ?? r.level}
        computedLevel={r.computedLevel}
        reason={typed?.reason ?? r.override?.reason ?? ''}
      />
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
        <SetBy
          text={`Satt av ${o.override.by} ${swedishTime(o.override.at)} (beräknad: ${o.computedLabel}, medianen av målens slutliga nivåer). Skäl: ${o.override.reason || '–'}`}
          reset={`${base}/aterstall`}
          computedLabel={o.computedLabel}
        />
      ) : null}
      <LevelFields
        id="samlad-rapport"
        summary="Ändra samlad bedömning för hela rapporten"
        action={base}
        open={typed !== undefined}
        levels={levels}
        selected={typed?.level ?? o.level}
        computedLevel={o.computedLevel}
        reason={typed?.reason ?? o.override?.reason ?? ''}
      />
    </div>
  );
};
