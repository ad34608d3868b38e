import { useMemo, useState } from 'react';
import { prepareText } from '../../engine/index.ts';
import type { CellKind } from '../../engine/index.ts';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden, selectSample } from '../../state/selectors.ts';
import { DEFAULT_SPEED, isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { EngineTap } from '../bille/panels/EngineTap.tsx';
import { Formula } from '../shared/Formula.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { RunShowCode } from '../shared/ShowCode.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { CellSection } from './CellSection.tsx';
import { gatesRunConfig, PASSAGE_CHARS } from './config.ts';
import { GatesSettings } from './GatesSettings.tsx';
import { GATES_SCHEMA } from './params.ts';
import { JacobianSection } from './JacobianSection.tsx';
import { TeddySection } from './TeddySection.tsx';
import { usePassage } from './usePassage.ts';
import { useShippedText, type ShippedText } from './useTexts.ts';
import '../../views/gates/gates.css';

// #/lab/gates: LSTM and GRU cells with their live gates, heatmaps over a text
// the network is learning, bidirectional and deep nets, and the Teddy task.

const TEX: Record<string, string> = {
  lstm: String.raw`\begin{aligned} i_t, f_t, o_t &= \sigma(W_{i\cdot} x_t + b_{i\cdot} + W_{h\cdot} h_{t-1} + b_{h\cdot}) \\ g_t &= \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg}) \\ c_t &= f_t \odot c_{t-1} + i_t \odot g_t, \quad h_t = o_t \odot \tanh(c_t) \end{aligned}`,
  gru: String.raw`\begin{aligned} r_t, z_t &= \sigma(W_{i\cdot} x_t + b_{i\cdot} + W_{h\cdot} h_{t-1} + b_{h\cdot}) \\ n_t &= \tanh(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn})) \\ h_t &= (1 - z_t) \odot n_t + z_t \odot h_{t-1} \end{aligned}`,
  lstm_simple: String.raw`\begin{aligned} c_t &= c_{t-1} + \tanh(W_{xh} x_t + W_{hh} h_{t-1} + b) \\ h_t &= \tanh(c_t) \end{aligned}`,
};

export default function GatesPage() {
  const p = useLabParams(GATES_SCHEMA);
  const [own, setOwn] = useState<string | null>(null);
  const shipped = useShippedText(p.text === 'own' ? 'en' : (p.text as ShippedText));
  const text = p.text === 'own' && own !== null ? own : shipped.status === 'ok' ? shipped.text : null;
  const t = useT(cat);
  if (text === null) {
    return <p className="gates-waiting" role="status">{shipped.status === 'failed' ? t('text.failed') : t('text.loading')}</p>;
  }
  return <EngineTap>{(client) => <GatesLab client={client} text={text} onOwnText={setOwn} />}</EngineTap>;
}

function GatesLab({ client, text, onOwnText }: { client: EngineClient | null; text: string; onOwnText: (s: string) => void }) {
  const t = useT(cat);
  const p = useLabParams(GATES_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const speed = isSpeedLevel(p.speed) ? p.speed : DEFAULT_SPEED;
  const config = useMemo(() => gatesRunConfig(p, text), [p, text]);
  const { controller, buffer } = useLabRun(config, null, speed);
  const cell = p.cell as CellKind;
  const passage = useMemo(() => {
    const check = prepareText(text);
    return check.ok ? check.text.chars.slice(0, PASSAGE_CHARS + 1) : [];
  }, [text]);
  const passageText = useMemo(() => passage.join(''), [passage]);
  const reading = usePassage(client, passage, cell, p.reset === 'after');
  const formulaKey = cell === 'gru' ? 'page.formulaGru' : cell === 'lstm_simple' ? 'page.formulaSimple' : 'page.formula';

  return (
    <LabFrame
      title={t('page.title')}
      intro={<p className="lab__lead">{t('page.intro')}</p>}
      formula={<Formula tex={TEX[cell] ?? ''} label={t(formulaKey)} />}
      onRestart={() => controller?.restart()}
      controls={
        <>
          <TrainingControls controller={controller} speed={speed} onSpeed={(s) => setParam('speed', s)} />
          <GatesSettings p={p} onOwnText={onOwnText} />
        </>
      }
      settings={<SettingsPanel seed={p.seed} maxSeed={GATES_SCHEMA.seed.max} onSeed={(s) => setParam('seed', s)} hasSettings={false} />}
    >
      <Generated />
      <CellSection cell={cell} reading={reading} hidden={p.hidden} />
      <JacobianSection p={p} text={text} passage={passageText} />
      {!hidden.includes('teddy') && <TeddySection seed={p.seed} />}
      <RunShowCode config={config} buffer={buffer} fileName="gates-weights.json" />
    </LabFrame>
  );
}

/** What the network writes now: its own component, so only it re-renders when the sample changes. */
function Generated() {
  const t = useT(cat);
  const sample = useStore(selectSample);
  return (
    <section className="panel" aria-labelledby="gates-gen-heading">
      <h2 id="gates-gen-heading" className="panel__title">
        {t('gen.title')}
      </h2>
      <p className="field__help">{t('gen.help')}</p>
      <p className="gates-generated" data-testid="gates-generated" dir="auto">
        {sample ?? t('gen.empty')}
      </p>
    </section>
  );
}
