import { labTranslateCatalogue as cat } from '../../i18n/catalogues/lab-translate.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { Choice, RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import type { TranslateValues } from './config.ts';
import { TRANSLATE_SCHEMA } from './params.ts';

// Learning rates offered by the slider: a log scale from 0.0005 to 0.05.
const LRS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05];

/** Direction, cell, size and learning rate; a change of shape starts a new run. */
export function TranslateSettings({ p }: { p: TranslateValues }) {
  const t = useT(cat);
  const set = useSetParam();
  const hidden = useStore(selectHidden);
  const shown = (k: string) => !hidden.includes(k);
  const lrIndex = LRS.reduce((best, v, k) => (Math.abs(Math.log(v / p.lr)) < Math.abs(Math.log((LRS[best] ?? 1) / p.lr)) ? k : best), 0);
  return (
    <>
      {shown('dir') && (
        <Choice
          label={t('set.direction')}
          value={p.dir}
          onChange={(v) => set('dir', v)}
          options={[
            ['en-fr', t('set.enfr')],
            ['fr-en', t('set.fren')],
          ]}
        />
      )}
      {shown('cell') && (
        <Choice
          label={t('set.cell')}
          value={p.cell}
          onChange={(v) => set('cell', v)}
          options={[
            ['gru', t('set.gru')],
            ['lstm', t('set.lstm')],
            ['rnn', t('set.rnn')],
          ]}
        />
      )}
      {shown('hidden') && (
        <RangeField
          label={t('set.hidden')}
          min={TRANSLATE_SCHEMA.hidden.min}
          max={TRANSLATE_SCHEMA.hidden.max}
          step={4}
          value={p.hidden}
          display={String(p.hidden)}
          numeric
          help={t('set.hiddenHelp')}
          onChange={(v) => set('hidden', v)}
        />
      )}
      {shown('lr') && (
        <RangeField
          label={t('set.lr')}
          min={0}
          max={LRS.length - 1}
          step={1}
          value={lrIndex}
          display={String(p.lr)}
          numeric
          onChange={(k) => set('lr', LRS[k] ?? p.lr)}
        />
      )}
    </>
  );
}
