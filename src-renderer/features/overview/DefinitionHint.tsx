/** An "i" that shows a metric's exact definition on hover or focus (the same look as KpiCard's). */
import { useId } from 'react';

export function DefinitionHint({ label, definition }: { label: string; definition: string }) {
  const definitionId = useId();
  return (
    <span className="kpi-info" tabIndex={0} role="button" aria-label={label} aria-describedby={definitionId}>
      i
      <span id={definitionId} role="tooltip" className="kpi-definition">
        {definition}
      </span>
    </span>
  );
}
