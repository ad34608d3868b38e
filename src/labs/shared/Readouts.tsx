import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { selectLoss, selectStep, selectStepsPerSecond } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';

/** Step, loss and speed, copied into the store a few times a second. A loss that is not a number is never shown as NaN. */
export function Readouts() {
  const t = useT(controlsCatalogue);
  const lang = useLang();
  const step = useStore(selectStep);
  const loss = useStore(selectLoss);
  const sps = useStore(selectStepsPerSecond);
  const lossText = loss === null ? t('noValue') : Number.isFinite(loss) ? loss.toFixed(4) : '∞';
  return (
    <dl className="readouts" aria-label={t('readouts')}>
      <div>
        <dt>{t('readStep')}</dt>
        <dd className="ltr num" data-testid="readout-step">
          {formatNumber(step, lang)}
        </dd>
      </div>
      <div>
        <dt>{t('readLoss')}</dt>
        <dd className="ltr num" data-testid="readout-loss">
          {lossText}
        </dd>
      </div>
      <div>
        <dt>{t('readSpeed')}</dt>
        <dd className="ltr num" data-testid="readout-speed">
          {formatNumber(Math.round(sps), lang)}
        </dd>
      </div>
    </dl>
  );
}
