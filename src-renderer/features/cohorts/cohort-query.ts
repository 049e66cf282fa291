/**
 * What the Cohorts page asks: the pickers' and filters' choices, and how they
 * become the worker's FrameOptions. Filters judge the customer's first order
 * (src-core/analytics/filters.ts); a segment travels as its customer indexes.
 */
import type { CohortKey, FrameOptions, OrderFilters, PeriodKind } from '../../../src-core/analytics';
import { parseIsoDate } from '../../../src-core/model/orders';
import type { SegmentRecord } from '../../db/records';
import type { CohortMetric } from './cohort-metrics';

export interface CohortFilterChoice {
  /** `YYYY-MM-DD` from a date input; '' = open. */
  from: string;
  to: string;
  /** null = any. '' is a real value: "none recorded". */
  firstProduct: string | null;
  channel: string | null;
  country: string | null;
  segmentId: number | null;
}

export interface CohortView {
  metric: CohortMetric;
  period: PeriodKind;
  cohortKey: CohortKey;
  filters: CohortFilterChoice;
}

export const NO_FILTERS: CohortFilterChoice = { from: '', to: '', firstProduct: null, channel: null, country: null, segmentId: null };

export const DEFAULT_VIEW: CohortView = { metric: 'retention', period: 'month', cohortKey: 'firstPeriod', filters: NO_FILTERS };

export function frameOptionsFor(choice: CohortFilterChoice, segments: readonly SegmentRecord[]): FrameOptions {
  const filters: OrderFilters = {};
  const from = choice.from ? parseIsoDate(choice.from) : null;
  const to = choice.to ? parseIsoDate(choice.to) : null;
  if (from !== null || to !== null) filters.dateRange = { ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}) };
  if (choice.firstProduct !== null) filters.firstProducts = [choice.firstProduct];
  if (choice.channel !== null) filters.channels = [choice.channel];
  if (choice.country !== null) filters.countries = [choice.country];
  if (choice.segmentId !== null) {
    // A segment deleted meanwhile filters to nobody rather than silently to everybody.
    const segment = segments.find((candidate) => candidate.id === choice.segmentId);
    filters.customers = new Set(segment?.customers ?? []);
  }
  return Object.keys(filters).length > 0 ? { filters } : {};
}

export function activeFilterCount(choice: CohortFilterChoice): number {
  return [choice.from, choice.to].filter(Boolean).length + [choice.firstProduct, choice.channel, choice.country, choice.segmentId].filter((value) => value !== null).length;
}
