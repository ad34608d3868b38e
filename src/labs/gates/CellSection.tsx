import { memo, useState } from 'react';
import type { CellKind } from '../../engine/index.ts';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import { CellDiagram } from '../../views/gates/cell/CellDiagram.tsx';
import type { CellPart } from '../../views/gates/cell/cellEquations.ts';
import { Legend } from '../../views/gates/common/Legend.tsx';
import type { Reading, Selection } from '../../views/gates/common/reading.ts';
import { GateHeatmap } from '../../views/gates/gate-heatmap/GateHeatmap.tsx';
import { heatBlocks } from '../../views/gates/gate-heatmap/heatRows.ts';
import { TextHeatmap } from '../../views/gates/text-heatmap/TextHeatmap.tsx';
import { formatValue } from '../../views/scales.ts';
import { PlainCheck } from './PlainCheck.tsx';
import { Section } from './Section.tsx';

const CELL_NAME: Record<CellKind, string> = { lstm: 'LSTM', gru: 'GRU', lstm_simple: 'simple LSTM', rnn: 'RNN' };

/** Shown for the selected character: a space is named, not left blank. */
function shown(ch: string | undefined): string {
  return ch === undefined ? '' : ch === ' ' ? '␠' : ch;
}

/** The step and unit pickers, shared by the three views below them. */
function Pickers({ sel, steps, units, onSel, x }: { sel: Selection; steps: number; units: number; onSel: (s: Selection) => void; x: string }) {
  const t = useT(cat);
  return (
    <div className="gates-row gates-pickers">
      <button type="button" className="btn" disabled={sel.t <= 0} onClick={() => onSel({ ...sel, t: sel.t - 1 })} aria-label={t('cell.prev')}>
        ‹
      </button>
      <label className="field gates-pickers__step">
        {t('cell.step')} <span className="num ltr">{sel.t}</span>
        <input dir="ltr" type="range" min={0} max={Math.max(0, steps - 1)} value={sel.t} aria-valuetext={t('cell.at', { t: sel.t, x })} onChange={(e) => onSel({ ...sel, t: Number(e.target.value) })} />
      </label>
      <button type="button" className="btn" disabled={sel.t >= steps - 1} onClick={() => onSel({ ...sel, t: sel.t + 1 })} aria-label={t('cell.next')}>
        ›
      </button>
      <label className="field gates-pickers__unit">
        {t('cell.unit')} <span className="num ltr">{sel.unit}</span>
        <input dir="ltr" type="range" min={0} max={Math.max(0, units - 1)} value={sel.unit} onChange={(e) => onSel({ ...sel, unit: Number(e.target.value) })} />
      </label>
      <span className="gates-pickers__char ltr" aria-hidden="true">
        “{x}”
      </span>
    </div>
  );
}

/**
 * The cell diagram, the gates map and the text map, all on the same passage,
 * step and unit. Memoised: it re-renders for a new reading or selection, not
 * every time the page's training readout changes.
 */
export const CellSection = memo(function CellSection({ cell, reading, hidden }: { cell: CellKind; reading: Reading | null; hidden: number }) {
  const t = useT(cat);
  const [sel, setSel] = useState<Selection>({ t: 8, unit: 0 });
  const [part, setPart] = useState<CellPart>(cell === 'gru' ? 'z' : 'f');
  const steps = reading?.telemetry.steps ?? 1;
  const units = reading?.telemetry.hiddenSize ?? hidden;
  const s = { t: Math.min(sel.t, steps - 1), unit: Math.min(sel.unit, units - 1) };
  const x = shown(reading?.chars[s.t]);
  const live = reading !== null && reading.cell === cell ? reading : null;
  const blocks = live ? heatBlocks(live) : [];
  const heatSel = blocks
    .map((b) => t('heat.selected', { gate: b.name, unit: s.unit, t: s.t, x, value: formatValue(b.values[s.t * units + s.unit] ?? Number.NaN, 2) }))
    .join('; ');
  const hValue = formatValue(live?.telemetry.h[s.t * units + s.unit] ?? Number.NaN, 2);
  const name = (p: CellPart) => t(`part.${p}`);
  return (
    <>
      <Section id="gates-cell" title={t('s.cell.title')} look={t('s.cell.look')} tryIt={t('s.cell.try')} notice={t('s.cell.notice')}>
        <Pickers sel={s} steps={steps} units={units} onSel={setSel} x={x} />
        {live === null && <p className="gates-waiting">{t('cell.waiting')}</p>}
        <CellDiagram
          cell={cell}
          reading={live}
          sel={s}
          part={part}
          onPart={setPart}
          describe={(p, v) => t('part.desc', { name: name(p), sym: p, value: v })}
          inputsLabel={(v) => t('cell.inputs', { x: shown(v.x) })}
          label={t('cell.desc', { cell: CELL_NAME[cell], unit: s.unit, t: s.t })}
          equationLabel={t('cell.equation', { unit: s.unit, t: s.t })}
        />
        <div className="gates-legends">
          <Legend kind="unit" title={t('heat.legendGate')} />
          <Legend kind="signed" title={t('heat.legendSigned')} />
        </div>
        {cell === 'lstm_simple' && <p className="gates-note">{t('simple.note')}</p>}
        {cell === 'gru' && (
          <>
            <p className="gates-note">{t('gru.convention')}</p>
            <p className="gates-note">{t('gru.plain')}</p>
            <PlainCheck reading={live} sel={s} x={x} />
          </>
        )}
      </Section>
      <Section id="gates-map" title={t('s.gates.title')} look={t('s.gates.look')} tryIt={t('s.gates.try')} notice={t('s.gates.notice')}>
        <GateHeatmap
          reading={live}
          sel={s}
          onSelect={setSel}
          label={t('heat.desc', { rows: blocks.length * units, gates: blocks.map((b) => b.name).join(', '), steps, sel: heatSel })}
        />
        <p className="gates-axis ltr" dir="ltr" aria-hidden="true">
          {t('heat.time')}
        </p>
        <div className="gates-legends">
          <Legend kind="unit" title={t('heat.legendGate')} />
          <Legend kind="signed" title={t('heat.legendSigned')} />
        </div>
        <p className="gates-selected" aria-live="polite" data-testid="heat-selected">
          {heatSel}
        </p>
      </Section>
      <Section id="gates-text" title={t('s.text.title')} look={t('s.text.look')} tryIt={t('s.text.try')} notice={t('s.text.notice')}>
        <Pickers sel={s} steps={steps} units={units} onSel={setSel} x={x} />
        <TextHeatmap reading={live} sel={s} onSelect={setSel} label={t('textheat.desc', { unit: s.unit, x, t: s.t, value: hValue })} />
        <Legend kind="signed" title={t('textheat.legend', { unit: s.unit })} />
      </Section>
    </>
  );
});
