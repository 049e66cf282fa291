/** One headline number, with its exact definition on hover or focus. */
import { useId } from 'react';

interface KpiCardProps {
  /** Stable name for tests and styling, e.g. 'revenue'. */
  kpi: string;
  label: string;
  value: string;
  definition: string;
  definitionLabel: string;
}

export function KpiCard({ kpi, label, value, definition, definitionLabel }: KpiCardProps) {
  const labelId = useId();
  const definitionId = useId();
  return (
    <div className="kpi-card" role="group" aria-labelledby={labelId} data-kpi={kpi}>
      <div className="kpi-head">
        <span id={labelId} className="kpi-label">
          {label}
        </span>
        <span className="kpi-info" tabIndex={0} role="button" aria-label={definitionLabel} aria-describedby={definitionId}>
          i
          <span id={definitionId} role="tooltip" className="kpi-definition">
            {definition}
          </span>
        </span>
      </div>
      <p className="kpi-value" data-testid={`kpi-${kpi}`}>
        {value}
      </p>
    </div>
  );
}
