import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { LogRangeField, RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import type { GradientParams } from './config.ts';
import { GRADIENTS_SCHEMA } from './params.ts';
import { SelectField } from './SelectField.tsx';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// The network's settings. Each change rebuilds the network from the seed, and
// the first frame of the new network already shows its gradient profile, so
// moving a slider redraws the plots at once, before any training.

const RHO_STOPS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1, 1.05, 1.1, 1.2, 1.3, 1.5, 1.75, 2, 2.5, 3];
const LR_MIN = Math.log10(0.001);
const LR_MAX = Math.log10(2);

function nearest(stops: readonly number[], v: number): number {
  let best = 0;
  stops.forEach((s, i) => {
    if (Math.abs(s - v) < Math.abs((stops[best] ?? 0) - v)) best = i;
  });
  return best;
}

export function GradientSettings({ p }: { p: GradientParams }) {
  const t = useLabT();
  const lang = useLang();
  const hidden = useStore(selectHidden);
  const setParam = useSetParam();
  const shown = (k: string) => !hidden.includes(k);
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className="panel" aria-labelledby="gr-settings-heading">
      <h2 id="gr-settings-heading" className="panel__title">
        {t('set.heading')}
      </h2>
      {shown('cell') && (
        <SelectField
          label={t('set.cell')}
          value={p.cell as 'rnn' | 'lstm' | 'gru'}
          options={[
            { value: 'rnn', label: t('opt.rnn') },
            { value: 'lstm', label: t('opt.lstm') },
            { value: 'gru', label: t('opt.gru') },
          ]}
          onChange={(v) => setParam('cell', v)}
        />
      )}
      {shown('act') && (
        <SelectField
          label={t('set.act')}
          value={p.act as 'tanh' | 'relu' | 'sigmoid' | 'identity'}
          disabled={p.cell !== 'rnn'}
          help={p.cell !== 'rnn' ? t('set.actGated') : undefined}
          options={[
            { value: 'tanh', label: 'tanh' },
            { value: 'relu', label: 'ReLU' },
            { value: 'sigmoid', label: t('opt.sigmoid') },
            { value: 'identity', label: t('opt.identity') },
          ]}
          onChange={(v) => setParam('act', v)}
        />
      )}
      {shown('init') && (
        <SelectField
          label={t('set.init')}
          value={p.init as 'gaussian' | 'orthogonal' | 'identity' | 'echo_state'}
          options={[
            { value: 'gaussian', label: t('opt.gaussian') },
            { value: 'orthogonal', label: t('opt.orthogonal') },
            { value: 'identity', label: t('opt.identityInit') },
            { value: 'echo_state', label: t('opt.echo') },
          ]}
          help={t(`initHelp.${p.init as 'gaussian' | 'orthogonal' | 'identity' | 'echo_state'}`)}
          onChange={(v) => setParam('init', v)}
        />
      )}
      {shown('rho') && (
        <RangeField
          label={p.init === 'gaussian' ? t('set.sigma') : t('set.rho')}
          min={0}
          max={RHO_STOPS.length - 1}
          step={1}
          value={nearest(RHO_STOPS, p.rho)}
          display={n(p.rho)}
          numeric
          help={t('set.rhoHelp')}
          onChange={(i) => setParam('rho', RHO_STOPS[i] ?? 1)}
        />
      )}
      {shown('steps') && (
        <RangeField
          label={t('set.steps')}
          min={GRADIENTS_SCHEMA.steps.min}
          max={GRADIENTS_SCHEMA.steps.max}
          step={1}
          value={p.steps}
          display={n(p.steps)}
          numeric
          help={t('set.stepsHelp', { k: p.steps - 2 })}
          onChange={(v) => setParam('steps', v)}
        />
      )}
      {shown('hidden') && (
        <RangeField
          label={t('set.hidden')}
          min={GRADIENTS_SCHEMA.hidden.min}
          max={GRADIENTS_SCHEMA.hidden.max}
          step={1}
          value={p.hidden}
          display={n(p.hidden)}
          numeric
          onChange={(v) => setParam('hidden', v)}
        />
      )}
      {shown('lr') && (
        <LogRangeField
          label={t('set.lr')}
          minExp={LR_MIN}
          maxExp={LR_MAX}
          value={p.lr}
          display={n(p.lr)}
          help={t('set.lrHelp')}
          onChange={(lr) => setParam('lr', lr)}
        />
      )}
    </section>
  );
}
