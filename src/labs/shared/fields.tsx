import { useEffect, useId, useState, type ReactNode } from 'react';

// Form fields for lab settings: a visible label bound to the control, optional
// help text wired with aria-describedby, numbers shown left to right.

interface FieldShellProps {
  id: string;
  label: string;
  value?: ReactNode;
  /** the value is a number: set in tabular figures, left to right */
  numeric?: boolean;
  help?: string;
  helpId: string;
  error?: string | null;
  children: ReactNode;
}

function FieldShell({ id, label, value, numeric, help, helpId, error, children }: FieldShellProps) {
  return (
    <div className="field">
      <div className="field__head">
        <label htmlFor={id}>{label}</label>
        {/* Shown for the eye only: the slider announces the same text as its aria-valuetext. */}
        {value !== undefined && (
          <span aria-hidden="true" className={numeric ? 'field__value ltr num' : 'field__value'}>
            {value}
          </span>
        )}
      </div>
      {children}
      {error ? (
        <p id={helpId} className="field__error">
          {error}
        </p>
      ) : (
        help && (
          <p id={helpId} className="field__help">
            {help}
          </p>
        )
      )}
    </div>
  );
}

export interface RangeFieldProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (v: number) => void;
  /** what the value means, shown and announced (e.g. "Slow (10 updates/s)") */
  display: string;
  numeric?: boolean;
  help?: string;
}

export function RangeField({ label, min, max, step, value, onChange, display, numeric, help }: RangeFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <FieldShell id={id} label={label} value={display} numeric={numeric} help={help} helpId={helpId}>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        aria-describedby={help ? helpId : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </FieldShell>
  );
}

export interface LogRangeFieldProps {
  label: string;
  value: number;
  /** the slider's ends as powers of ten: 10^minExp .. 10^maxExp */
  minExp: number;
  maxExp: number;
  display: string;
  help?: string;
  onChange: (value: number) => void;
}

/**
 * A slider for a value that spans decades (a learning rate): it moves in
 * tenths of a power of ten, and the value it gives keeps two significant
 * digits, so a link stays short and readable.
 */
export function LogRangeField({ label, value, minExp, maxExp, display, help, onChange }: LogRangeFieldProps) {
  return (
    <RangeField
      label={label}
      min={minExp}
      max={maxExp}
      step={0.1}
      value={Math.log10(value)}
      display={display}
      numeric
      {...(help !== undefined && { help })}
      onChange={(exp) => onChange(Number((10 ** exp).toPrecision(2)))}
    />
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  /** returns an error message, or null when the draft can be committed */
  validate: (draft: string) => string | null;
  onCommit: (v: string) => void;
  help?: string;
  inputMode?: 'numeric' | 'text';
  /** a button or two after the input (e.g. "New seed") */
  after?: ReactNode;
}

/**
 * A text input committed on Enter or when focus leaves it, not on every
 * keystroke: typing "42" must not build a network for seed 4 on the way.
 */
export function TextField({ label, value, validate, onCommit, help, inputMode = 'text', after }: TextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const error = draft === value ? null : validate(draft);
  const commit = () => {
    if (draft !== value && validate(draft) === null) onCommit(draft);
  };
  return (
    <FieldShell id={id} label={label} help={help} helpId={helpId} error={error}>
      <div className="field__row">
        <input
          id={id}
          type="text"
          className="ltr num"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={help || error ? helpId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
        {after}
      </div>
    </FieldShell>
  );
}

/** A labelled drop-down of [value, label] pairs. */
export function Choice(p: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <div className="field__head">
        <label htmlFor={id}>{p.label}</label>
      </div>
      <select id={id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
