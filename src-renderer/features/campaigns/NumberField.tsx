/** A labelled number input that keeps what the user is typing and reports numbers (NaN while unreadable). */
import { useEffect, useId, useState } from 'react';
import { numberFromField } from './plan-form';

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  /** Shown value = stored value × scale (100 shows a share as a percentage). */
  scale?: number;
  suffix?: string;
  disabled?: boolean;
  testId?: string;
}

const shown = (value: number, scale: number) => (Number.isFinite(value) ? String(Math.round(value * scale * 1e6) / 1e6) : '');

export function NumberField({ label, value, onChange, scale = 1, suffix, disabled = false, testId }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => shown(value, scale));
  // A change from elsewhere (a new tactic's defaults) replaces the text; the user's own typing does not bounce.
  useEffect(() => {
    setText((current) => (numberFromField(current) / scale === value ? current : shown(value, scale)));
  }, [value, scale]);
  return (
    <div className="field campaign-number">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="campaign-number-input">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          disabled={disabled}
          data-testid={testId}
          onChange={(event) => {
            setText(event.target.value);
            onChange(numberFromField(event.target.value) / scale);
          }}
        />
        {suffix ? <span className="muted">{suffix}</span> : null}
      </span>
    </div>
  );
}
