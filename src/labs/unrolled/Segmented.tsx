import { useId } from 'react';

// A few mutually exclusive choices as one row of buttons: native radio
// inputs underneath, so arrow keys move the choice and screen readers
// announce a radio group with its legend.

export interface SegmentedProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  help?: string;
  /** set the labels left to right (symbols, cell names) */
  ltr?: boolean;
}

export function Segmented<V extends string>({ legend, value, options, onChange, help, ltr }: SegmentedProps<V>) {
  const name = useId();
  const helpId = `${name}-help`;
  return (
    <fieldset className="field ur-segmented" aria-describedby={help ? helpId : undefined}>
      <legend className="ur-segmented__legend">{legend}</legend>
      <div className="ur-segmented__row" dir={ltr ? 'ltr' : undefined}>
        {options.map((o) => (
          <label key={o.value} className={`ur-segmented__option${o.value === value ? ' is-checked' : ''}`}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span className="ur-segmented__face">{o.label}</span>
          </label>
        ))}
      </div>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
    </fieldset>
  );
}

export interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  help?: string;
}

/** A labelled <select> in the shared field style. */
export function Select<V extends string>({ label, value, options, onChange, help }: SelectProps<V>) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <div className="field__head">
        <label htmlFor={id}>{label}</label>
      </div>
      <select
        id={id}
        className="ur-select"
        value={value}
        aria-describedby={help ? helpId : undefined}
        onChange={(e) => {
          const v = options.find((o) => o.value === e.target.value);
          if (v) onChange(v.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}
