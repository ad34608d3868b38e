import { TEDDY_TEST, TEDDY_TRAINING, teddyAccuracy } from '../../engine/index.ts';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import { formatValue } from '../../views/scales.ts';
import { StackDiagram } from '../../views/gates/stack/StackDiagram.tsx';
import { memo, useState } from 'react';
import { Section } from './Section.tsx';
import { useTeddyRuns, type TeddySide } from './useTeddyRuns.ts';

function Cell({ side, k, person }: { side: TeddySide; k: number; person: boolean }) {
  const t = useT(cat);
  const p = side.p?.[k];
  if (p === undefined) return <td className="num ltr">–</td>;
  const right = p > 0.5 === person;
  return (
    <td className={`num ltr ${right ? 'is-right' : 'is-wrong'}`}>
      {formatValue(p, 2)} <span aria-label={right ? t('teddy.right') : t('teddy.wrong')}>{right ? '✓' : '✗'}</span>
    </td>
  );
}

/** Bidirectional and deep diagrams, then the two Teddy taggers side by side (memoised like CellSection). */
export const TeddySection = memo(function TeddySection({ seed }: { seed: number }) {
  const t = useT(cat);
  const runs = useTeddyRuns(seed);
  const [layers, setLayers] = useState(2);
  const [bidi, setBidi] = useState(true);
  const budget = TEDDY_TRAINING.updates;
  const acc = (s: TeddySide) => (s.p ? Math.round(teddyAccuracy(s.p) * 100) : null);
  const ready = runs.fwd.ready && runs.bi.ready;
  const done = runs.fwd.step >= budget && runs.bi.step >= budget;
  return (
    <>
      <Section id="gates-stack" title={t('s.stack.title')} look={t('s.stack.look')} tryIt={t('s.stack.try')} notice={t('s.stack.notice')}>
        <div className="gates-row">
          <label className="field">
            {t('stack.layers')}
            <select value={layers} onChange={(e) => setLayers(Number(e.target.value))}>
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={bidi} onChange={(e) => setBidi(e.target.checked)} />
            {t('stack.bidi')}
          </label>
        </div>
        <StackDiagram layers={layers} bidirectional={bidi} label={t('stack.desc', { layers, dir: bidi ? t('stack.dirTwo') : t('stack.dirOne') })} />
      </Section>
      <Section id="gates-teddy" title={t('s.teddy.title')} look={t('s.teddy.look')} tryIt={t('s.teddy.try')} notice={t('s.teddy.notice')}>
        <div className="gates-row">
          <button
            type="button"
            className="btn btn--primary"
            disabled={!ready || done}
            onClick={() => runs.train(Math.max(1, budget - Math.min(runs.fwd.step, runs.bi.step)))}
          >
            {t('teddy.train', { n: budget })}
          </button>
          <button type="button" className="btn" disabled={!ready} onClick={runs.reset}>
            {t('teddy.reset')}
          </button>
          <span className="num" data-testid="teddy-step">
            {ready ? t('teddy.step', { step: Math.min(runs.fwd.step, runs.bi.step), n: budget }) : t('teddy.waiting')}
          </span>
        </div>
        <div className="gates-teddy__scores">
          <p data-testid="teddy-acc-fwd">
            <strong>{t('teddy.fwd')}</strong> {acc(runs.fwd) === null ? '–' : t('teddy.acc', { acc: acc(runs.fwd) ?? 0 })}
          </p>
          <p data-testid="teddy-acc-bi">
            <strong>{t('teddy.bi')}</strong> {acc(runs.bi) === null ? '–' : t('teddy.acc', { acc: acc(runs.bi) ?? 0 })}
          </p>
        </div>
        <div className="gates-teddy__table">
          <table>
            <caption>{t('teddy.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teddy.sentence')}</th>
                <th scope="col">{t('teddy.truth')}</th>
                <th scope="col">{t('teddy.fwd')}</th>
                <th scope="col">{t('teddy.bi')}</th>
              </tr>
            </thead>
            <tbody>
              {TEDDY_TEST.map((s, k) => (
                <tr key={k}>
                  <th scope="row" lang="en" dir="ltr" className="gates-teddy__sentence">
                    {s.words.slice(0, s.teddyAt).join(' ')} <mark>Teddy</mark> {s.words.slice(s.teddyAt + 1).join(' ')}
                  </th>
                  <td>{s.person ? t('teddy.person') : t('teddy.thing')}</td>
                  <Cell side={runs.fwd} k={k} person={s.person} />
                  <Cell side={runs.bi} k={k} person={s.person} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
});
