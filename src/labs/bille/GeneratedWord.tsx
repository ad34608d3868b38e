import { labsCatalogue } from '../../i18n/catalogues/labs.ts';
import { useT } from '../../i18n/useT.ts';
import { selectSample } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';

/**
 * What the network spells now, letter by letter against the target. Right
 * letters are marked by colour and by an underline, so colour is not the only cue.
 */
export function GeneratedWord({ target }: { target: string }) {
  const t = useT(labsCatalogue);
  const sample = useStore(selectSample);
  const word = sample ?? '';
  const matches = word === target;
  return (
    <section className="panel generated" aria-labelledby="generated-heading">
      <div className="generated__head">
        <h2 id="generated-heading" className="panel__title">
          {t('bille.generated')}
        </h2>
        {/* The word is isolated left to right; the label around it follows the page. */}
        <span className="generated__target">{t('bille.target', { word: `\u2066${target}\u2069` })}</span>
      </div>
      <div className="generated__word ltr" role="group" aria-label={t('bille.generated')}>
        {word === '' ? (
          <span className="generated__none">{t('bille.notYet')}</span>
        ) : (
          [...word].map((ch, i) => (
            <span key={i} className={ch === target[i] ? 'letter letter--ok' : 'letter letter--off'}>
              {ch}
            </span>
          ))
        )}
      </div>
      <p className={`generated__verdict${matches ? ' generated__verdict--ok' : ''}`}>
        {matches ? t('bille.match') : t('bille.noMatch')}
      </p>
      <p className="panel__help">{t('bille.generatedHelp', { first: target.charAt(0) })}</p>
    </section>
  );
}
