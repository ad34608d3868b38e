import { useMemo, useState } from 'react';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import { maxGap, plainCheck, gruWeights } from '../../views/gates/cell/plainCheck.ts';
import type { Reading, Selection } from '../../views/gates/common/reading.ts';

// The GRU's "r = 1, z = 0 is the plain cell" shown on the current step: the
// GRU redone with the engine's weights and h_{t−1}, once with its own gates
// and once with the gates forced in each reset convention, beside the plain
// tanh cell built from the same n-block weights.

const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(6) : '–');
const sci = (v: number) => (Number.isFinite(v) ? v.toExponential(1) : '–');

function usePlainCheck(reading: Reading | null, t: number) {
  return useMemo(() => {
    if (reading === null || reading.cell !== 'gru' || reading.params === null || reading.vocab === null) return null;
    const w = gruWeights(reading.params);
    const x = reading.vocab.indexOf(reading.chars[t] ?? '');
    if (w === null || x < 0) return null;
    const H = reading.telemetry.hiddenSize;
    const hPrev = t > 0 ? reading.telemetry.h.slice((t - 1) * H, t * H) : new Float64Array(H);
    return { check: plainCheck(w, x, hPrev, reading.resetAfter), worker: reading.telemetry.h.slice(t * H, (t + 1) * H) };
  }, [reading, t]);
}

export function PlainCheck({ reading, sel, x }: { reading: Reading | null; sel: Selection; x: string }) {
  const t = useT(cat);
  const [on, setOn] = useState(false);
  const data = usePlainCheck(on ? reading : null, sel.t);
  const j = sel.unit;
  const units = reading?.telemetry.hiddenSize ?? 0;
  return (
    <div className="gates-plain" data-testid="gru-plain">
      <button type="button" className="btn" aria-pressed={on} aria-expanded={on} onClick={() => setOn(!on)}>
        {t('plain.toggle')}
      </button>
      {on && data === null && <p className="gates-waiting">{t('plain.none')}</p>}
      {on && data !== null && (
        <>
          <p className="field__help">{t('plain.what', { t: sel.t, x })}</p>
          <div className="gates-teddy__table">
            <table>
              <caption>{t('plain.caption', { unit: j, t: sel.t, units })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plain.row')}</th>
                  <th scope="col">{t('plain.unitCol', { unit: j })}</th>
                  <th scope="col">{t('plain.gapCol')}</th>
                </tr>
              </thead>
              <tbody className="num">
                {(
                  [
                    ['learnt', t('plain.learnt', { worker: fmt(data.worker[j] ?? Number.NaN) }), data.check.learnt.h],
                    ['after', t('plain.after'), data.check.after],
                    ['before', t('plain.before'), data.check.before],
                    ['plain', t('plain.plain'), data.check.plain],
                  ] as const
                ).map(([key, name, h]) => (
                  <tr key={key} data-row={key}>
                    <th scope="row">{name}</th>
                    <td className="ltr" data-value={h[j] ?? ''}>{fmt(h[j] ?? Number.NaN)}</td>
                    <td className="ltr">{key === 'plain' ? '0' : sci(maxGap(h, data.check.plain))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="gates-note" role="status">
            {t('plain.verdict', { gap: sci(Math.max(maxGap(data.check.after, data.check.plain), maxGap(data.check.before, data.check.plain))) })}
          </p>
        </>
      )}
    </div>
  );
}
