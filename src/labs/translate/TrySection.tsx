import { useMemo, useState } from 'react';
import type { TranslateTask } from '../../engine/index.ts';
import { TRANSLATE_MAX_WORDS } from '../../engine/index.ts';
import { labTranslateCatalogue as cat } from '../../i18n/catalogues/lab-translate.ts';
import { useT } from '../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { describeVector } from '../../views/vector-bars/barStrip.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { StateBars } from './StateBars.tsx';
import { useTranslation, type Translation } from './useTranslation.ts';

const TOP = 3;

function percent(p: number): string {
  return `${(100 * p).toFixed(p >= 0.995 || p < 0.001 ? 0 : 1)}%`;
}

/** Each step's chosen word and best candidates, read from its whole distribution. */
function Steps({ tr, task }: { tr: Translation; task: TranslateTask }) {
  const t = useT(cat);
  const K = task.targetVocab.length;
  const label = (id: number) => (id === 1 ? t('try.eos') : (task.targetVocab[id] ?? '?'));
  const lang = task.direction === 'en-fr' ? 'fr' : 'en';
  return (
    <ol className="translate-steps" data-testid="translate-steps">
      {tr.ids.map((id, i) => {
        const row = tr.probs.subarray(i * K, (i + 1) * K);
        const top = Array.from(row, (p, k) => ({ k, p }))
          .sort((a, b) => b.p - a.p)
          .slice(0, TOP);
        return (
          <li key={i} className="translate-step" data-testid="translate-step">
            <span className="translate-step__n">{t('try.step', { n: i + 1 })}</span>
            <strong lang={lang} dir="ltr" className={id === 1 ? 'translate-step__eos' : undefined}>
              {t('try.chosen', { word: label(id), p: percent(row[id] ?? 0) })}
            </strong>
            <ul className="translate-cands">
              {top.map(({ k, p }) => (
                <li key={k} className={k === id ? 'is-chosen' : undefined}>
                  <span className="translate-cand__bar" style={{ inlineSize: `${Math.round(100 * p)}%` }} aria-hidden="true" />
                  <span lang={lang} dir="ltr">
                    {t('try.candidate', { word: label(k), p: percent(p) })}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

export function TrySection({ client, buffer, task }: { client: EngineClient | null; buffer: TelemetryBuffer; task: TranslateTask }) {
  const t = useT(cat);
  const first = task.unseen[0]?.source ?? '';
  const [draft, setDraft] = useState(first);
  const [text, setText] = useState<string | null>(first);
  const [problem, setProblem] = useState<string | null>(null);
  const tokens = useMemo(() => (text === null ? null : task.tokenize(text)), [text, task]);
  const sendable = tokens !== null && tokens.ids.length > 0 ? text : null;
  const tr = useTranslation(client, buffer, sendable, TRANSLATE_MAX_WORDS);
  const shown = tr !== null && tr.text === sendable ? tr : null;
  const tooLong = draft.trim().split(/\s+/).length > TRANSLATE_MAX_WORDS;

  function submit(s: string): void {
    const tk = task.tokenize(s);
    if (tk.words.length === 0) return setProblem(t('try.empty'));
    if (tk.ids.length === 0) return setProblem(t('try.allUnknown'));
    setProblem(null);
    setText(s);
  }

  const lang = task.direction === 'en-fr' ? 'fr' : 'en';
  const H = shown?.h.length ?? 0;
  const values = shown === null ? [] : [...shown.h, ...(shown.c ?? [])];
  return (
    <section className="panel" aria-labelledby="translate-try-h" data-testid="translate-try">
      <h2 id="translate-try-h" className="panel__title">
        {t('try.title')}
      </h2>
      <p className="field__help">{t('try.help')}</p>
      <form
        className="translate-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit(draft);
        }}
      >
        <div className="field">
          <label htmlFor="translate-input">{t('try.label')}</label>
          <input
            id="translate-input"
            type="text"
            lang={task.direction === 'en-fr' ? 'en' : 'fr'}
            dir="ltr"
            value={draft}
            maxLength={400}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? 'translate-problem' : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn--primary">
          {t('try.go')}
        </button>
      </form>
      {problem !== null && (
        <p id="translate-problem" role="alert" className="field__error">
          {problem}
        </p>
      )}
      {tooLong && <p className="field__help">{t('try.tooLong', { max: TRANSLATE_MAX_WORDS })}</p>}
      <div className="translate-suggest">
        <span>{t('try.suggest')}</span>
        {task.unseen.map((p) => (
          <button
            key={p.source}
            type="button"
            className="btn btn--quiet"
            lang={task.direction === 'en-fr' ? 'en' : 'fr'}
            dir="ltr"
            onClick={() => {
              setDraft(p.source);
              submit(p.source);
            }}
          >
            {p.source}
          </button>
        ))}
      </div>
      {tokens !== null && tokens.unknown.length > 0 && (
        <p className="translate-unknown" aria-live="polite" data-testid="translate-unknown">
          {t('try.unknown', { words: tokens.unknown.map((w) => `“${w}”`).join(', ') })}
        </p>
      )}
      <div aria-live="polite">
        {sendable !== null && shown === null && <p className="field__help">{t('try.waiting')}</p>}
        {shown !== null && (
          <p className="translate-result">
            <span>{t('try.result')}: </span>
            <strong lang={lang} dir="ltr" data-testid="translate-output">
              {shown.ids.filter((id) => id > 1).map((id) => task.targetVocab[id]).join(' ')}
            </strong>
          </p>
        )}
      </div>
      {shown !== null && shown.ids.at(-1) !== 1 && <p className="field__help">{t('try.noEos', { max: TRANSLATE_MAX_WORDS })}</p>}
      <div className="translate-try__grid">
        <div>
          <h3 className="translate-sub">{t('try.steps')}</h3>
          <p className="field__help">{t('try.stepsHelp')}</p>
          {shown !== null && <Steps tr={shown} task={task} />}
        </div>
        <div>
          <h3 className="translate-sub">{t('state.title')}</h3>
          <p className="field__help">{shown === null ? t('state.none') : shown.c === null ? t('state.help', { n: H }) : t('state.helpLstm', { n: H })}</p>
          <StateBars
            data={shown === null ? null : { h: shown.h, c: shown.c }}
            label={shown === null ? t('state.none') : t('state.desc', { n: values.length, values: describeVector(values, 0, values.length) })}
            legend={t('state.legend')}
          />
        </div>
      </div>
    </section>
  );
}
