import { useMemo } from 'react';
import { CAPTION_TRAINING, CAPTIONS_SHOWN, captionWords, renderScene, splitScenes } from '../../../engine/index.ts';
import type { CellKind } from '../../../engine/index.ts';
import { labApplications2Catalogue as cat } from '../../../i18n/catalogues/lab-applications-2.ts';
import { useLang, useT } from '../../../i18n/useT.ts';
import { ImageView } from '../../../views/apps-captions-image/ImageView.tsx';
import { AppSection } from '../AppSection.tsx';
import { APPLICATIONS_SCHEMA } from '../params.ts';
import { useLabParams } from '../../shared/useLabParams.ts';
import { useCaptionRun } from './useCaptionRun.ts';
import './captions.css';

// Captioning, one-to-many: an image in at the first step, a sentence out, in
// the page's language. Held-out images with the caption written now.

const BUDGET = CAPTION_TRAINING.updates;

export default function CaptionSection() {
  const t = useT(cat);
  const lang = useLang();
  const p = useLabParams(APPLICATIONS_SCHEMA);
  const run = useCaptionRun(lang, p.cap_cell as CellKind, p.seed, p.lr);
  const shown = useMemo(
    () =>
      splitScenes(p.seed)
        .test.slice(0, CAPTIONS_SHOWN)
        .map((scene) => ({ pixels: renderScene(scene), truth: captionWords(scene, lang).join(' ') })),
    [p.seed, lang],
  );
  const acc = run.readout?.accuracy;
  const pct = (v: number | undefined) => Math.round((v ?? 0) * 100);
  const done = run.step >= BUDGET;
  return (
    <AppSection id="app-captions" title={t('cap.title')} intro={t('cap.intro')} loss={t('cap.loss')}>
      <p className="apps-cap-shape" data-testid="cap-shape">
        {t('cap.shape')}
      </p>
      <p className="field__help">{t('cap.langNote')}</p>
      <div className="apps-cap-run">
        <button
          type="button"
          className="btn btn--primary"
          disabled={!run.ready || (done && !run.running)}
          onClick={() => (run.running ? run.pause() : run.train(Math.max(1, BUDGET - run.step)))}
        >
          {run.running ? t('cap.pause') : t('cap.train', { n: BUDGET })}
        </button>
        <button type="button" className="btn" disabled={!run.ready} onClick={run.reset}>
          {t('cap.reset')}
        </button>
        <span role="status" data-testid="cap-step">
          {!run.ready ? t('cap.waiting') : run.running ? t('cap.training', { n: BUDGET }) : t('cap.step', { step: run.step, n: BUDGET })}
        </span>
        {run.running && (
          // a progress bar rather than a changing number while training: it repaints without relaying out the page
          <progress max={BUDGET} value={run.step} aria-label={t('cap.progress')} data-testid="cap-progress" />
        )}
      </div>
      {run.error !== null && (
        <p className="apps-error" role="alert">
          {t('cap.failed', { message: run.error })}
        </p>
      )}
      <p data-testid="cap-accuracy">{acc ? t('cap.accuracy', { test: pct(acc[1]), train: pct(acc[0]) }) : t('cap.accuracyNone')}</p>
      <div className="apps-table-wrap">
        <table data-testid="cap-table" className="apps-cap-table">
          <caption>{t('cap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cap.image')}</th>
              <th scope="col">{t('cap.truth')}</th>
              <th scope="col">{t('cap.predicted')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s, i) => {
              const written = run.readout?.captions[i] ?? null;
              const right = written === s.truth;
              return (
                <tr key={i}>
                  <td>
                    <ImageView pixels={s.pixels} label={t('cap.imageAlt', { caption: s.truth })} />
                  </td>
                  <td dir="auto">{s.truth}</td>
                  <td dir="auto" data-testid={`cap-pred-${i}`} className={written === null ? '' : right ? 'is-right' : 'is-wrong'}>
                    {written === null ? '–' : written || '∅'}{' '}
                    {written !== null && <span aria-label={right ? t('cap.right') : t('cap.wrong')}>{right ? '✓' : '✗'}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </AppSection>
  );
}
