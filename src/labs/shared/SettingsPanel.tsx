import type { ReactNode } from 'react';
import { Icon } from '../../app/Icon.tsx';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { TextField } from './fields.tsx';

export interface SettingsPanelProps {
  seed: number;
  maxSeed: number;
  onSeed: (seed: number) => void;
  /** the lab's own settings, below the seed */
  children?: ReactNode;
  /** false when a link hid every one of the lab's own settings */
  hasSettings: boolean;
}

/** The seed (every lab has one) and the lab's own settings; gone when a link hid them all. */
export function SettingsPanel({ seed, maxSeed, onSeed, children, hasSettings }: SettingsPanelProps) {
  const t = useT(controlsCatalogue);
  const hidden = useStore(selectHidden);
  const showSeed = !hidden.includes('seed');
  if (!showSeed && !hasSettings) return null;
  const validSeed = (s: string) => (/^\d{1,10}$/.test(s) && Number(s) <= maxSeed ? null : t('seedInvalid', { max: maxSeed }));
  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="panel__title">
        {t('settings')}
      </h2>
      {showSeed && (
        <TextField
          label={t('seed')}
          value={String(seed)}
          inputMode="numeric"
          validate={validSeed}
          onCommit={(s) => onSeed(Number(s))}
          help={t('seedHelp')}
          after={
            <button
              type="button"
              className="btn btn--icon"
              aria-label={t('newSeed')}
              title={t('newSeed')}
              onClick={() => onSeed(Math.floor(Math.random() * Math.min(maxSeed, 99999)) + 1)}
            >
              <Icon name="dice" />
            </button>
          }
        />
      )}
      {children}
    </section>
  );
}
