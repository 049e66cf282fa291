/**
 * Customer fit for the report: the same steps and defaults as the Fit page's
 * answer (worker/fit/fit-analysis.ts), but returning src-core's CustomerFit
 * list, which the report engine summarises itself.
 */
import { RFM_SEGMENTS, customerValueTable } from '../../../src-core/analytics';
import { customerFit, customerValues, type CustomerFit } from '../../../src-core/analytics/fit';
import { defaultFitSettings } from '../../features/fit/fit-settings';
import type { FitQuestionInputs } from '../fit/fit-answers';
import type { FitWorkspace } from '../fit/fit-analysis';

function lastCountedDay(workspace: FitWorkspace): number | null {
  const { columns } = workspace;
  let last = -Infinity;
  for (let i = 0; i < columns.count; i++) if (columns.cancelled[i] === 0 && columns.day[i]! > last) last = columns.day[i]!;
  return last === -Infinity ? null : last;
}

export function reportFits(workspace: FitWorkspace, inputs: FitQuestionInputs | null): CustomerFit[] {
  const asOf = lastCountedDay(workspace);
  if (asOf === null) return [];
  const fit: FitQuestionInputs = inputs ?? { ...defaultFitSettings(), costs: {}, segmentCosts: {}, ratings: {}, overrides: [] };
  const table = customerValueTable(workspace.columns, asOf, { customerCount: workspace.customers.length, marginPct: 100 });
  // CLV in revenue terms, then at the default margin: what the Fit page values customers by.
  const predictedClv = table.predictedClv.map((value) => value * fit.margins.defaultMargin);
  const values = customerValues(workspace.columns, workspace.dictionaries, workspace.customers, { asOf, margins: fit.margins, predictedClv });
  const segments: Record<string, string> = {};
  for (const value of values) segments[value.key] = RFM_SEGMENTS[table.segment[value.customer] ?? -1]?.id ?? '';
  return customerFit(
    {
      values,
      costs: { byCustomer: fit.costs, bySegment: fit.segmentCosts, defaultHourlyRate: fit.defaultHourlyRate },
      segments,
      qualitative: fit.ratings,
    },
    { scoring: fit.scoring, rules: fit.rules },
    fit.overrides,
  );
}
