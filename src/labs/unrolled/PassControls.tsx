import { Icon } from '../../app/Icon.tsx';
import { labUnrolledCatalogue as cat } from '../../i18n/catalogues/lab-unrolled.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { RangeField } from '../shared/fields.tsx';
import { Segmented } from './Segmented.tsx';
import type { PassPlayer } from './usePassPlayer.ts';

// The pass animation's controls, above the graph: back to the start, one
// step back, play or pause, one step forward, the pace, and rolled or
// unrolled. The buttons run left to right in every language, like the graph's
// time axis they move along.

const PACE_KEYS = { 1: 'pace.1', 2: 'pace.2', 3: 'pace.3', 4: 'pace.4', 5: 'pace.5' } as const;

export interface PassControlsProps {
  player: PassPlayer;
  steps: number;
  pace: number;
  onPace: (pace: number) => void;
  rolled: boolean;
  onRolled: (rolled: boolean) => void;
}

export function PassControls({ player, steps, pace, onPace, rolled, onRolled }: PassControlsProps) {
  const t = useT(cat);
  const hidden = useStore(selectHidden);
  const { position, playing, busy, ready, snapshot } = player;
  // Before the engine is ready the buttons are disabled; while a pass is being
  // fetched they only refuse clicks, so a keyboard user keeps focus on them
  // (a disabled button drops focus, and the next key press goes nowhere).
  const disabled = !ready;
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };
  const where =
    position.mode === 'forward'
      ? t('pass.forwardAt', { step: position.currentStep + 1, steps })
      : t('pass.backwardAt', { step: position.currentStep + 1, steps });
  const paceKey = PACE_KEYS[pace as keyof typeof PACE_KEYS] ?? 'pace.3';
  return (
    <div className="ur-pass" role="group" aria-labelledby="ur-pass-heading">
      <h3 id="ur-pass-heading" className="view-visually-hidden">
        {t('pass.heading')}
      </h3>
      <div className="ur-pass__row">
        <div className="ur-pass__buttons" dir="ltr">
          <button type="button" className="btn btn--icon" disabled={disabled || (snapshot !== null && player.p === 0)} aria-disabled={busy || undefined} aria-label={t('pass.restart')} title={t('pass.restart')} onClick={guard(player.restart)} data-testid="pass-restart">
            <Icon name="reset" />
          </button>
          <button type="button" className="btn btn--icon" disabled={disabled || (snapshot !== null && player.p === 0)} aria-disabled={busy || undefined} aria-label={t('pass.back')} title={t('pass.back')} onClick={guard(player.back)} data-testid="pass-back">
            <Icon name="step" className="ur-mirror" />
          </button>
          <button
            type="button"
            className="btn btn--primary ur-pass__play"
            disabled={disabled}
            aria-disabled={busy || undefined}
            onClick={guard(playing ? player.pause : player.play)}
            data-testid="pass-play"
          >
            <Icon name={playing ? 'pause' : 'play'} />
            {playing ? t('pass.pause') : t('pass.play')}
          </button>
          <button type="button" className="btn btn--icon" disabled={disabled} aria-disabled={busy || undefined} aria-label={t('pass.forward')} title={t('pass.forward')} onClick={guard(player.forward)} data-testid="pass-forward">
            <Icon name="step" />
          </button>
        </div>
        <p className="ur-pass__where" aria-live="polite" data-mode={position.mode} data-step={position.currentStep + 1} data-testid="pass-position">
          {busy ? t('pass.busy') : where}
        </p>
      </div>
      {(!hidden.includes('pace') || !hidden.includes('view')) && (
        <div className="ur-pass__row ur-pass__row--settings">
          {!hidden.includes('pace') && (
            <div className="ur-pass__pace">
              <RangeField label={t('pass.pace')} min={1} max={5} step={1} value={pace} display={t(paceKey)} onChange={onPace} />
            </div>
          )}
          {!hidden.includes('view') && (
            <Segmented
              legend={t('pass.drawing')}
              value={rolled ? 'rolled' : 'unrolled'}
              options={[
                { value: 'unrolled', label: t('pass.unrolled') },
                { value: 'rolled', label: t('pass.rolled') },
              ]}
              onChange={(v) => onRolled(v === 'rolled')}
            />
          )}
        </div>
      )}
    </div>
  );
}
