import type { Corpus } from '../../engine/index.ts';
import { TEXTLM_DEFAULTS } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import { selectSample } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { LossPanel } from '../shared/LossPanel.tsx';
import { SAMPLE_PROMPT, type CorpusName } from './config.ts';
import { Perplexity } from './Perplexity.tsx';
import { Sampling } from './Sampling.tsx';
import { Section } from './Section.tsx';

export interface ModelSectionProps {
  client: EngineClient | null;
  buffer: TelemetryBuffer;
  corpus: Corpus;
  corpusName: CorpusName;
  rtl: boolean;
  temperature: number;
  onTemperature: (v: number) => void;
}

/** The live model: loss, perplexity, what it writes greedily, and sampling with a temperature. */
export function ModelSection(p: ModelSectionProps) {
  const t = useT(cat);
  return (
    <Section id="lang-model" title={t('lm.title')} look={t('lm.look')} tryIt={t('lm.try')} notice={t('lm.notice')}>
      <Perplexity buffer={p.buffer} vocabSize={p.corpus.vocab.tokens.length} window={TEXTLM_DEFAULTS[p.corpus.level].window} />
      <LossPanel buffer={p.buffer} className="lang-loss" />
      <Greedy rtl={p.rtl} />
      <Sampling
        key={p.corpusName}
        client={p.client}
        corpus={p.corpus}
        prompt={SAMPLE_PROMPT[p.corpusName]}
        temperature={p.temperature}
        onTemperature={p.onTemperature}
        rtl={p.rtl}
      />
    </Section>
  );
}

/** The greedy text of the latest frame: its own component, so only it re-renders when the sample changes. */
function Greedy({ rtl }: { rtl: boolean }) {
  const t = useT(cat);
  const sample = useStore(selectSample);
  return (
    <div>
      <h3 className="lang-sub">{t('lm.greedy')}</h3>
      <p className="field__help">{t('lm.greedyHelp')}</p>
      <p className="lang-text" data-testid="greedy" dir={rtl ? 'rtl' : 'auto'}>
        {sample ?? t('lm.greedyEmpty')}
      </p>
    </div>
  );
}
