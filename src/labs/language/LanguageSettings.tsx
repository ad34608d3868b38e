import type { Values } from '../../app/url-state.ts';
import type { Corpus } from '../../engine/index.ts';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { Choice, LogRangeField, RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import type { Level } from './config.ts';
import { OwnText } from './OwnText.tsx';
import type { LANGUAGE_SCHEMA } from './params.ts';

/** Corpus, tokens, cell and size of the language model. */
export function LanguageSettings({ p, onOwnText, corpus }: { p: Values<typeof LANGUAGE_SCHEMA>; onOwnText: (text: string) => void; corpus: Corpus | null }) {
  const t = useT(cat);
  const tc = useT(controlsCatalogue);
  const set = useSetParam();
  const hidden = useStore(selectHidden);
  const shown = (k: string) => !hidden.includes(k);
  return (
    <section className="panel lang-settings" aria-label={t('set.corpus')}>
      {shown('corpus') && (
        <Choice
          label={t('set.corpus')}
          value={p.corpus}
          onChange={(v) => set('corpus', v)}
          options={[
            ['en', t('set.corpusEn')],
            ['fr', t('set.corpusFr')],
            ['ar', t('set.corpusAr')],
            ['own', t('set.corpusOwn')],
          ]}
        />
      )}
      {shown('corpus') && p.corpus !== 'own' && <p className="field__help">{t('set.provenance')}</p>}
      {p.corpus === 'own' && <OwnText level={p.level as Level} onUse={onOwnText} />}
      {corpus && (
        <p className="field__help" data-testid="corpus-info">
          {t('corpus.info', { sentences: corpus.sentences, tokens: corpus.ids.length, vocab: corpus.vocab.tokens.length, unk: corpus.unknown })}
        </p>
      )}
      {shown('level') && (
        <Choice
          label={t('set.level')}
          value={p.level}
          onChange={(v) => set('level', v)}
          options={[
            ['char', t('set.levelChar')],
            ['word', t('set.levelWord')],
          ]}
        />
      )}
      {shown('mincount') && p.level === 'word' && (
        <RangeField
          label={t('set.minCount')}
          min={1}
          max={10}
          step={1}
          value={p.mincount}
          display={String(p.mincount)}
          numeric
          help={t('set.minCountHelp')}
          onChange={(v) => set('mincount', v)}
        />
      )}
      {shown('cell') && (
        <Choice
          label={t('set.cell')}
          value={p.cell}
          onChange={(v) => set('cell', v)}
          options={[
            ['lstm', t('set.cellLstm')],
            ['gru', t('set.cellGru')],
            ['rnn', t('set.cellRnn')],
          ]}
        />
      )}
      {shown('hidden') && (
        <RangeField
          label={t('set.hidden')}
          min={4}
          max={128}
          step={4}
          value={p.hidden}
          display={String(p.hidden)}
          numeric
          help={t('set.hiddenHelp')}
          onChange={(v) => set('hidden', v)}
        />
      )}
      {shown('lr') && (
        <LogRangeField label={tc('learningRate')} minExp={-4} maxExp={-0.6} value={p.lr} display={p.lr.toPrecision(2)} onChange={(v) => set('lr', v)} />
      )}
    </section>
  );
}
