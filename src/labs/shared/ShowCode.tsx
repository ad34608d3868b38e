import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../state/store.ts';
import { showCodeCatalogue as cat } from '../../i18n/catalogues/show-code.ts';
import { useT } from '../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { ParamSnapshot, RunConfig } from '../../worker/protocol.ts';
import { kerasCode, loadStateDictCode, pytorchCode, stateDictJson, type CodeSpec } from './code-snippets.ts';
import './show-code.css';

// "Show the code": the network on screen as Keras and PyTorch code (two
// tabs), a copy button, and its current weights as a PyTorch state_dict.
// The weights are read from the latest frame only when asked for.

export interface WeightsSource {
  params: readonly ParamSnapshot[];
  /** the update they are from */
  step: number;
}

export interface ShowCodeProps {
  code: CodeSpec;
  /** the latest weights, or null before the first frame */
  weights: () => WeightsSource | null;
  fileName: string;
  /** the section's id (the language lab links to "code") */
  id?: string;
}

type Tab = 'keras' | 'pytorch';
const TABS: readonly Tab[] = ['keras', 'pytorch'];

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked on the next turn: some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ShowCode({ code, weights, fileName, id }: ShowCodeProps) {
  const t = useT(cat);
  const base = useId();
  const [tab, setTab] = useState<Tab>('keras');
  const [status, setStatus] = useState('');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const key = JSON.stringify(code);
  // keyed on the JSON: a new but equal spec object does not regenerate the text
  const text = useMemo(() => ({ keras: kerasCode(code), pytorch: pytorchCode(code) }), [key]);

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>): void {
    const k = TABS.indexOf(tab);
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') next = (k + 1) % TABS.length;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const to = TABS[next] ?? 'keras';
    setTab(to);
    tabRefs.current[to]?.focus();
  }

  function copy(): void {
    const done = () => setStatus(t('copied'));
    const failed = () => setStatus(t('copyFailed'));
    if (typeof navigator === 'undefined' || navigator.clipboard === undefined) return failed();
    navigator.clipboard.writeText(text[tab]).then(done, failed);
  }

  function download(): void {
    const w = weights();
    if (w === null) return setStatus(t('downloadNone'));
    saveFile(fileName, stateDictJson(w.params));
    setStatus(t('downloaded', { step: w.step, file: fileName }));
  }

  return (
    <section className="panel show-code" aria-labelledby={`${base}-h`} id={id} data-testid="show-code">
      <h2 id={`${base}-h`} className="panel__title">
        {t('title')}
      </h2>
      <p className="field__help">{t('intro')}</p>
      <div className="show-code__bar">
        <div role="tablist" aria-label={t('tabs')} className="show-code__tabs">
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                tabRefs.current[name] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-${name}`}
              aria-selected={tab === name}
              aria-controls={`${base}-panel`}
              tabIndex={tab === name ? 0 : -1}
              className="show-code__tab"
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
            >
              {t(name)}
            </button>
          ))}
        </div>
        <button type="button" className="btn" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${tab}`}>
        <pre className="show-code__code" dir="ltr" tabIndex={0} aria-label={t('codeLabel', { framework: t(tab) })} data-testid={`code-${tab}`}>
          <code>{text[tab]}</code>
        </pre>
        {tab === 'keras' && <p className="field__help">{t('kerasNote')}</p>}
      </div>
      <div className="show-code__weights">
        <button type="button" className="btn btn--primary" onClick={download}>
          {t('download')}
        </button>
        <p className="field__help">{t('downloadHelp')}</p>
        <pre className="show-code__code show-code__load" dir="ltr">
          <code>{loadStateDictCode(fileName)}</code>
        </pre>
      </div>
      <p aria-live="polite" className="show-code__status" data-testid="show-code-status">
        {status}
      </p>
    </section>
  );
}

/** The weights of a lab's latest frame. */
export function frameWeights(buffer: TelemetryBuffer): WeightsSource | null {
  const f = buffer.frame;
  return f === null ? null : { params: f.params, step: f.step };
}

/**
 * The panel for a lab that trains one network: the spec is the one the worker
 * announced when it built the model, so the code always matches what trains
 * (and the page never has to load the worker's task code to know it).
 */
export function RunShowCode({ config, buffer, fileName, id }: { config: RunConfig; buffer: TelemetryBuffer; fileName: string; id?: string }) {
  const spec = useStore((s) => s.run.spec);
  const trainingKey = JSON.stringify({ o: config.optimizer, c: config.clip });
  const code = useMemo<CodeSpec | null>(
    () => (spec === null ? null : { kind: 'model', spec, training: { optimizer: config.optimizer, clip: config.clip } }),
    // keyed on the JSON: an equal config rebuilt by a render keeps the same code
    [spec, trainingKey],
  );
  if (code === null) return null;
  return <ShowCode code={code} weights={() => frameWeights(buffer)} fileName={fileName} id={id} />;
}
