import { useId } from 'react';

// A labelled <select> in the shared field style: the keyboard-friendly choice
// among a few named options (cell, activation, initialiser).

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  help?: string;
  disabled?: boolean;
}

export function SelectField<V extends string>({ label, value, options, onChange, help, disabled }: SelectFieldProps<V>) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <div className="field__head">
        <label htmlFor={id}>{label}</label>
      </div>
      <select
        id={id}
        className="gr-select"
        value={value}
        disabled={disabled}
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
