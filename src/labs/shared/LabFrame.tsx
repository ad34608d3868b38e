import type { ReactNode } from 'react';
import { ErrorBanner } from '../../app/ErrorBanner.tsx';
import { StatusLine } from '../../app/StatusLine.tsx';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import '../lab.css';

export interface LabFrameProps {
  title: string;
  /** a paragraph or two: what the network does here and what to try */
  intro: ReactNode;
  /** the cell's equations, shown beside the intro */
  formula?: ReactNode;
  /** the training controls, first in the side column */
  controls: ReactNode;
  /** the settings, under the controls (after the main panel on a phone) */
  settings?: ReactNode;
  onRestart: () => void;
  /** the main panel: the lab's views */
  children: ReactNode;
}

/**
 * The frame every lab lives in: title and explanation, the error banner, a
 * side column (training controls, then settings) and the main panel with the
 * status line on top. On a phone the columns stack as controls, main panel,
 * settings: Train and what it changes stay on the first screens. The DOM
 * follows that order, so keyboard order and reading order agree with it.
 */
export function LabFrame({ title, intro, formula, controls, settings, onRestart, children }: LabFrameProps) {
  const t = useT(controlsCatalogue);
  return (
    <article className="lab">
      <header className="lab__header">
        <div className="lab__intro">
          <h1>{title}</h1>
          {intro}
        </div>
        {formula}
      </header>
      <ErrorBanner onRestart={onRestart} />
      <div className="lab__grid">
        <aside className="lab__controls" aria-label={t('heading')}>
          {controls}
        </aside>
        <div className="lab__main">
          <StatusLine />
          {children}
        </div>
        {settings && (
          <aside className="lab__settings" aria-label={t('settings')}>
            {settings}
          </aside>
        )}
      </div>
    </article>
  );
}
