/**
 * A number input that commits on blur or Enter, not on every keystroke (each
 * commit re-scores every customer). An empty field commits null when allowed.
 */
import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number | null;
  onCommit(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
  /** Empty means "not given" (null) instead of being refused. */
  allowEmpty?: boolean;
  testId?: string;
}

export function NumberField({ label, value, onCommit, min, max, step = 1, allowEmpty = false, testId }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (allowEmpty) onCommit(null);
      else setText(value === null ? '' : String(value));
      return;
    }
    const parsed = Number(trimmed);
    const valid = Number.isFinite(parsed) && (min === undefined || parsed >= min) && (max === undefined || parsed <= max);
    if (valid) {
      if (parsed !== value) onCommit(parsed);
    } else {
      setText(value === null ? '' : String(value));
    }
  };

  return (
    <label className="fit-field" htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
