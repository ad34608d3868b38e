import { Icon } from '../../app/Icon.tsx';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import type { RunController } from '../../state/run-controller.ts';
import { selectHidden, selectPhase } from '../../state/selectors.ts';
import { isSpeedLevel, type SpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import { RangeField } from './fields.tsx';
import { Readouts } from './Readouts.tsx';

export interface TrainingControlsProps {
  controller: RunController | null;
  speed: SpeedLevel;
  onSpeed: (speed: SpeedLevel) => void;
}

const SPEED_KEYS = { 1: 'speed1', 2: 'speed2', 3: 'speed3', 4: 'speed4', 5: 'speed5' } as const;

/** The controls every lab shares: Train/Pause, Step, Reset, the live read-outs and the speed. */
export function TrainingControls({ controller, speed, onSpeed }: TrainingControlsProps) {
  const t = useT(controlsCatalogue);
  const phase = useStore(selectPhase);
  const hidden = useStore(selectHidden);
  const shown = (name: string) => !hidden.includes(name);
  const training = phase === 'training';
  const canRun = controller !== null && (phase === 'ready' || phase === 'paused' || phase === 'training');
  return (
    <section className="panel" aria-labelledby="training-heading">
      <h2 id="training-heading" className="panel__title">
        {t('heading')}
      </h2>
      <div className="run-buttons">
        <button
          type="button"
          className="btn btn--primary run-buttons__main"
          disabled={!canRun}
          onClick={() => (training ? controller?.pause() : controller?.train())}
        >
          <Icon name={training ? 'pause' : 'play'} />
          {training ? t('pause') : t('train')}
        </button>
        {shown('step') && (
          <button type="button" className="btn" disabled={!canRun} title={t('stepHelp')} onClick={() => controller?.step()}>
            <Icon name="step" className="flip-rtl" />
            {t('step')}
          </button>
        )}
        {shown('reset') && (
          <button
            type="button"
            className="btn"
            disabled={controller === null || phase === 'starting'}
            title={t('resetHelp')}
            onClick={() => controller?.reset()}
          >
            <Icon name="reset" />
            {t('reset')}
          </button>
        )}
      </div>
      <Readouts />
      {shown('speed') && (
        <RangeField
          label={t('speed')}
          min={1}
          max={5}
          step={1}
          value={speed}
          display={t(SPEED_KEYS[speed])}
          onChange={(v) => isSpeedLevel(v) && onSpeed(v)}
        />
      )}
    </section>
  );
}
