import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang } from '../../i18n/useT.ts';
import { ClipVectorView } from '../../views/gradients/clip/ClipVectorView.tsx';
import { ClipNormsView, TwinLossView } from '../../views/gradients/clip/ClipViews.tsx';
import type { RunState } from '../../worker/protocol.ts';
import { RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import { EXPLODING_PRESET, twinConfigs, type GradientParams } from './config.ts';
import { Section } from './Section.tsx';
import { useTwinRuns } from './useTwinRuns.ts';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// Clipping: the lab's network trained twice from the same seed, with and
// without clipping by global norm at τ.

export const TWIN_UPDATES = 300;
const TAU_STOPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

export function ClipSection({ p }: { p: GradientParams }) {
  const t = useLabT();
  const lang = useLang();
  const setParam = useSetParam();
  const twins = useTwinRuns(twinConfigs(p), p.tau);
  const s = twins.state;
  const running = s.clipped === 'running' || s.unclipped === 'running';
  const stateWord = (r: RunState) => t(`state.${r}`);
  const tauIndex = TAU_STOPS.reduce((best, v, i) => (Math.abs(v - p.tau) < Math.abs((TAU_STOPS[best] ?? 1) - p.tau) ? i : best), 0);
  return (
    <Section
      id="gr-clipping"
      title={t('s.clip.title')}
      look={t('s.clip.look')}
      tryIt={t('s.clip.try')}
      notice={t('s.clip.notice')}
    >
      <div className="gr-controls-row">
        <div className="gr-grow">
          <RangeField
            label={t('clip.tau')}
            min={0}
            max={TAU_STOPS.length - 1}
            step={1}
            value={tauIndex}
            display={formatNumber(p.tau, lang)}
            numeric
            help={t('clip.tauHelp')}
            onChange={(i) => setParam('tau', TAU_STOPS[i] ?? 1)}
          />
        </div>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!s.ready}
          onClick={() => (running ? twins.pause() : twins.run(TWIN_UPDATES))}
        >
          {running ? t('clip.pause') : t('clip.run', { n: TWIN_UPDATES })}
        </button>
        <button type="button" className="btn" disabled={!s.ready} onClick={() => twins.reset()}>
          {t('clip.reset')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            for (const [k, v] of Object.entries(EXPLODING_PRESET)) setParam(k, v);
          }}
        >
          {t('clip.preset')}
        </button>
      </div>
      <p className="gr-run-state" role="status" data-testid="twin-status">
        {t('clip.status', { a: stateWord(s.clipped), b: stateWord(s.unclipped) })}{' '}
        {s.unclippedDiverged !== null && (
          <strong className="gr-diverged">{t('clip.divergedSentence', { step: s.unclippedDiverged })}</strong>
        )}{' '}
        {s.unclippedDiverged !== null && s.clippedDiverged === null && t('clip.stillFinite')}
      </p>
      <div className="gr-pair">
        <TwinLossView source={twins.source} />
        <ClipNormsView source={twins.source} />
      </div>
      <ClipVectorView source={twins.source} />
    </Section>
  );
}
