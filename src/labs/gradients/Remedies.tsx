import { REMEDIES, remedyActive, type GradientParams, type Remedy } from './config.ts';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// The remedies of the notes as switches. Each flips one or two settings; the
// page keeps the profile from just before the flip as a dotted line, so the
// effect is there to compare on the plot.

const ORDER: readonly Remedy[] = ['relu', 'identity', 'echo', 'gated'];

export function Remedies({ p, onToggle }: { p: GradientParams; onToggle: (r: Remedy, on: boolean) => void }) {
  const t = useLabT();
  return (
    <section className="panel" aria-labelledby="gr-remedies-heading">
      <h2 id="gr-remedies-heading" className="panel__title">
        {t('rem.heading')}
      </h2>
      <ul className="gr-remedies">
        {ORDER.map((r) => {
          const on = remedyActive(r, p);
          return (
            <li key={r}>
              <label className="gr-switch">
                <input type="checkbox" role="switch" checked={on} onChange={(e) => onToggle(r, e.target.checked)} />
                <span className="gr-switch__text">
                  <strong>{t(`rem.${r}`)}</strong>
                  <span className="field__help">{t(`rem.${r}Help`)}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="field__help">{t('rem.ghost')}</p>
    </section>
  );
}

/** The settings a remedy switch writes. */
export function remedyPatch(r: Remedy, on: boolean): Partial<GradientParams> {
  return on ? REMEDIES[r].on : REMEDIES[r].off;
}
