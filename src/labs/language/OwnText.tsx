import { useId, useState } from 'react';
import { prepareCorpus, TEXTLM_MAX_CHARS, TEXTLM_MIN_TOKENS } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import type { Level } from './config.ts';

/** Longest paste kept in the box: more than the model reads, so the cap is visible but the page stays responsive. */
const PASTE_LIMIT = 4 * TEXTLM_MAX_CHARS;

/**
 * A pasted corpus. It is checked with the same pipeline the worker runs before
 * it is used; a bad one gets a message and the text stays in the box.
 */
export function OwnText({ level, onUse }: { level: Level; onUse: (text: string) => void }) {
  const t = useT(cat);
  const id = useId();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const use = () => {
    const check = prepareCorpus(draft, { level });
    if (!check.ok) {
      setNote({ kind: 'error', text: check.problem === 'empty' ? t('own.empty') : t('own.tooShort', { min: TEXTLM_MIN_TOKENS }) });
      return;
    }
    setNote(check.corpus.truncated > 0 ? { kind: 'info', text: t('own.tooLong', { max: TEXTLM_MAX_CHARS }) } : null);
    onUse(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('own.label')}</label>
      <textarea
        id={id}
        className="lang-own"
        dir="auto"
        rows={5}
        value={draft}
        maxLength={PASTE_LIMIT}
        aria-describedby={`${id}-help`}
        aria-invalid={note?.kind === 'error'}
        onChange={(e) => setDraft(e.target.value)}
      />
      <p id={`${id}-help`} className={note?.kind === 'error' ? 'field__error' : 'field__help'} role={note ? 'status' : undefined}>
        {note?.text ?? t('own.help', { max: TEXTLM_MAX_CHARS })}
      </p>
      <button type="button" className="btn" onClick={use}>
        {t('own.use')}
      </button>
    </div>
  );
}
