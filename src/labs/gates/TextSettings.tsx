import { useId, useState } from 'react';
import { CHARLM_MAX_CHARS, CHARLM_MAX_VOCAB, CHARLM_MIN_CHARS, prepareText } from '../../engine/index.ts';
import type { TextCheck } from '../../engine/index.ts';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import type { Translate } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/useT.ts';

type GatesKey = keyof (typeof cat)['en'] & string;

/** What the page says about a text: why it is refused, or what was cut or folded. */
export function textMessages(check: TextCheck, t: Translate<GatesKey>): { error: string | null; notes: string[] } {
  if (!check.ok) return { error: check.problem === 'empty' ? t('text.empty') : t('text.tooShort', { min: CHARLM_MIN_CHARS }), notes: [] };
  const x = check.text;
  const notes = [t('text.info', { chars: x.chars.length, vocab: x.vocab.length })];
  if (x.truncated > 0) notes.push(t('text.truncated', { max: CHARLM_MAX_CHARS, n: x.truncated }));
  if (x.replacedKinds > 0) notes.push(t('text.replaced', { kinds: x.replacedKinds, count: x.replacedCount, max: CHARLM_MAX_VOCAB }));
  return { error: null, notes };
}

/** The pasted-text box: checked as the student types, committed with the button. */
export function PasteBox({ onUse }: { onUse: (text: string) => void }) {
  const t = useT(cat);
  const id = useId();
  const [draft, setDraft] = useState('');
  const [touched, setTouched] = useState(false);
  // Checking a 20,000-character paste is a few milliseconds; the textarea caps what is typed beyond it.
  const check = prepareText(draft);
  const { error, notes } = textMessages(check, t);
  return (
    <div className="field gates-paste">
      <label htmlFor={id}>{t('set.paste')}</label>
      <textarea
        id={id}
        rows={5}
        value={draft}
        maxLength={CHARLM_MAX_CHARS * 4}
        aria-invalid={touched && error !== null}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setDraft(e.target.value);
          setTouched(true);
        }}
      />
      <p id={`${id}-help`} className={touched && error ? 'field__error' : 'field__help'} role={touched && error ? 'alert' : undefined}>
        {touched && error ? error : t('set.pasteHelp', { max: CHARLM_MAX_CHARS })}
      </p>
      {!error && notes.map((n) => <p key={n} className="field__help">{n}</p>)}
      <button type="button" className="btn" disabled={error !== null} onClick={() => onUse(draft)}>
        {t('set.use')}
      </button>
    </div>
  );
}
