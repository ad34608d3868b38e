import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { Choice, LogRangeField, RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import type { Values } from '../../app/url-state.ts';
import type { GATES_SCHEMA } from './params.ts';
import { PasteBox } from './TextSettings.tsx';

/** Cell, text and size of the character model. */
export function GatesSettings({ p, onOwnText }: { p: Values<typeof GATES_SCHEMA>; onOwnText: (text: string) => void }) {
  const t = useT(cat);
  const tc = useT(controlsCatalogue);
  const set = useSetParam();
  const hidden = useStore(selectHidden);
  const shown = (k: string) => !hidden.includes(k);
  return (
    <section className="panel gates-settings" aria-label={t('set.cell')}>
      {shown('cell') && (
        <Choice
          label={t('set.cell')}
          value={p.cell}
          onChange={(v) => set('cell', v)}
          options={[
            ['lstm', t('set.cellLstm')],
            ['gru', t('set.cellGru')],
            ['lstm_simple', t('set.cellSimple')],
          ]}
        />
      )}
      {shown('reset') && p.cell === 'gru' && (
        <Choice
          label={t('set.reset')}
          value={p.reset}
          onChange={(v) => set('reset', v)}
          options={[
            ['after', t('set.resetAfter')],
            ['before', t('set.resetBefore')],
          ]}
        />
      )}
      {shown('text') && (
        <Choice
          label={t('set.text')}
          value={p.text}
          onChange={(v) => set('text', v)}
          options={[
            ['en', t('set.textEn')],
            ['fr', t('set.textFr')],
            ['ar', t('set.textAr')],
            ['own', t('set.textOwn')],
          ]}
        />
      )}
      {shown('text') && p.text !== 'own' && <p className="field__help">{t('text.provenance')}</p>}
      {p.text === 'own' && <PasteBox onUse={onOwnText} />}
      {shown('hidden') && (
        <RangeField
          label={t('set.hidden')}
          min={2}
          max={48}
          step={1}
          value={p.hidden}
          display={String(p.hidden)}
          numeric
          help={t('set.hiddenHelp')}
          onChange={(v) => set('hidden', v)}
        />
      )}
      {shown('lr') && (
        <LogRangeField label={tc('learningRate')} minExp={-4} maxExp={-0.5} value={p.lr} display={p.lr.toPrecision(2)} onChange={(v) => set('lr', v)} />
      )}
    </section>
  );
}
