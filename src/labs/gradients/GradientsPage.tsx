import { useMemo, useRef } from 'react';
import { selectHidden } from '../../state/selectors.ts';
import { DEFAULT_SPEED, isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import { ChainView } from '../../views/gradients/chain/ChainView.tsx';
import { EigenView } from '../../views/gradients/eigen/EigenView.tsx';
import { GradProfileView } from '../../views/gradients/grad-profile/GradProfileView.tsx';
import { Formula } from '../shared/Formula.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { ClipSection } from './ClipSection.tsx';
import { gradientRunConfig, type Remedy } from './config.ts';
import { GradientSettings } from './GradientSettings.tsx';
import { MemorySection } from './MemorySection.tsx';
import { GRADIENTS_SCHEMA } from './params.ts';
import { Remedies, remedyPatch } from './Remedies.tsx';
import { Section } from './Section.tsx';
import { labSources } from './sources.ts';
import '../../views/gradients/gradients.css';
import { profileFrom } from './derive.ts';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// #/lab/gradients: why plain recurrent nets forget, why their gradients
// explode, and what clipping and gated cells change, on the real engine.

const TEX = String.raw`\begin{aligned} h_t &= \varphi\left(a_t\right), \quad a_t = W_{hh}\,h_{t-1} + W_{xh}\,x_t + b \\ \frac{\partial h_T}{\partial h_t} &= \prod_{s=t+1}^{T} \operatorname{diag}\!\left(\varphi'(a_s)\right) W_{hh} \end{aligned}`;

export default function GradientsPage() {
  const t = useLabT();
  const p = useLabParams(GRADIENTS_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const speed = isSpeedLevel(p.speed) ? p.speed : DEFAULT_SPEED;
  const config = useMemo(() => gradientRunConfig(p), [p]);
  const { controller, buffer } = useLabRun(config, null, speed);
  // ‖∂h_T/∂h_t‖ from just before the latest remedy switch, drawn dotted for comparison.
  const ghost = useRef<Float64Array | null>(null);
  const sources = useMemo(() => labSources(buffer, p.cell, p.act, () => ghost.current), [buffer, p.cell, p.act]);

  function toggle(r: Remedy, on: boolean): void {
    ghost.current = buffer.frame ? profileFrom(buffer.frame).dhTdh : null;
    for (const [k, v] of Object.entries(remedyPatch(r, on))) setParam(k, v);
  }

  return (
    <LabFrame
      title={t('page.title')}
      intro={
        <>
          <p className="lab__lead">{t('page.intro')}</p>
          <p className="gr-task">{t('page.task', { k: p.steps - 2, t: p.steps, back: p.steps - 1 })}</p>
        </>
      }
      formula={<Formula tex={TEX} label={t('page.formula')} />}
      onRestart={() => controller?.restart()}
      controls={
        <>
          <TrainingControls controller={controller} speed={speed} onSpeed={(s) => setParam('speed', s)} />
          <GradientSettings p={p} />
          {!hidden.includes('remedies') && <Remedies p={p} onToggle={toggle} />}
        </>
      }
      settings={<SettingsPanel seed={p.seed} maxSeed={GRADIENTS_SCHEMA.seed.max} onSeed={(s) => setParam('seed', s)} hasSettings={false} />}
    >
      <Section id="gr-profile" title={t('s.profile.title')} look={t('s.profile.look')} tryIt={t('s.profile.try')} notice={t('s.profile.notice')}>
        <GradProfileView source={sources.profile} />
      </Section>
      <Section id="gr-chain" title={t('s.chain.title')} look={t('s.chain.look')} tryIt={t('s.chain.try')} notice={t('s.chain.notice')}>
        <ChainView source={sources.chain} />
      </Section>
      <Section id="gr-eigen" title={t('s.eigen.title')} look={t('s.eigen.look')} tryIt={t('s.eigen.try')} notice={t('s.eigen.notice')}>
        <EigenView source={sources.eigen} />
      </Section>
      <ClipSection p={p} />
      <MemorySection p={p} />
    </LabFrame>
  );
}
