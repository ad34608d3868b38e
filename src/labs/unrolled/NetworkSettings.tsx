import { memo } from 'react';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { labUnrolledCatalogue as cat } from '../../i18n/catalogues/lab-unrolled.ts';
import { viewsUnrolled } from '../../i18n/catalogues/views-unrolled.ts';
import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { CELL_TYPES, TASK_SHAPES, type CellType, type TaskShape } from '../../views/unrolled-graph/types.ts';
import { shapeSteps } from '../../worker/shape-tasks.ts';
import { RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import { asCell, asShape, type UnrolledParams } from './config.ts';
import { UNROLLED_SCHEMA } from './params.ts';
import { Segmented, Select } from './Segmented.tsx';

// The network the lab builds: cell, task shape, length and hidden size. Any
// change builds a new network from the seed (the engine starts again at step 0).

const CELL_KEY = { vanilla: 'cellVanilla', lstm: 'cellLstm', gru: 'cellGru' } as const satisfies Record<CellType, string>;
const SHAPE_KEY = {
  'one-to-one': 'shapeOneToOne',
  'one-to-many': 'shapeOneToMany',
  'many-to-one': 'shapeManyToOne',
  'many-to-many': 'shapeManyToMany',
  'encoder-decoder': 'shapeEncoderDecoder',
} as const satisfies Record<TaskShape, string>;

// The learning-rate slider moves in tenths of a decade (0.1, 0.13, 0.16, …).
const LOG_MIN = Math.log10(UNROLLED_SCHEMA.lr.min);
const LOG_MAX = Math.log10(UNROLLED_SCHEMA.lr.max);
const toLr = (pos: number) => Number((10 ** pos).toPrecision(2));

/** Memoised: the pass animation re-renders the page at every step, and these settings do not change with it. */
export const NetworkSettings = memo(function NetworkSettings({ p }: { p: UnrolledParams }) {
  const t = useT(cat);
  const tv = useT(viewsUnrolled);
  const lang = useLang();
  const hidden = useStore(selectHidden);
  const setParam = useSetParam();
  const shown = (k: string) => !hidden.includes(k);
  const shape = asShape(p.shape);
  const T = shapeSteps(shape, p.steps);
  const stepsHelp = shape === 'one-to-one' ? t('net.stepsOne') : shape === 'encoder-decoder' && p.steps < 2 ? t('net.stepsTwo') : t('net.stepsHelp');
  if (!['cell', 'shape', 'steps', 'hidden'].some(shown)) return null;
  return (
    <section className="panel" aria-labelledby="ur-net-heading">
      <h2 id="ur-net-heading" className="panel__title">
        {t('net.heading')}
      </h2>
      {shown('cell') && (
        <Segmented
          legend={t('net.cell')}
          value={asCell(p.cell)}
          options={CELL_TYPES.map((c) => ({ value: c, label: tv(CELL_KEY[c]) }))}
          onChange={(c) => setParam('cell', c)}
          help={t('net.cellHelp')}
        />
      )}
      {shown('shape') && (
        <Select
          label={t('net.shape')}
          value={shape}
          options={TASK_SHAPES.map((s) => ({ value: s, label: tv(SHAPE_KEY[s]) }))}
          onChange={(s) => setParam('shape', s)}
        />
      )}
      {shown('steps') && (
        <RangeField
          label={t('net.steps')}
          min={UNROLLED_SCHEMA.steps.min}
          max={UNROLLED_SCHEMA.steps.max}
          step={1}
          value={p.steps}
          display={formatNumber(T, lang)}
          numeric
          help={stepsHelp}
          onChange={(v) => setParam('steps', v)}
        />
      )}
      {shown('hidden') && (
        <RangeField
          label={t('net.hidden')}
          min={UNROLLED_SCHEMA.hidden.min}
          max={UNROLLED_SCHEMA.hidden.max}
          step={1}
          value={p.hidden}
          display={formatNumber(p.hidden, lang)}
          numeric
          help={t('net.hiddenHelp')}
          onChange={(v) => setParam('hidden', v)}
        />
      )}
    </section>
  );
});

/** The learning rate, under the seed in the settings panel. */
export function LearningRate({ lr }: { lr: number }) {
  const tc = useT(controlsCatalogue);
  const lang = useLang();
  const setParam = useSetParam();
  return (
    <RangeField
      label={tc('learningRate')}
      min={LOG_MIN}
      max={LOG_MAX}
      step={0.1}
      value={Math.log10(lr)}
      display={formatNumber(lr, lang)}
      numeric
      onChange={(pos) => setParam('lr', toLr(pos))}
    />
  );
}
