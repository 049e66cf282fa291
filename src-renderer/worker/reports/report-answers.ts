/**
 * What the analytics worker answers about a report (issue 8): the question
 * carries the definition and what the page knows that the orders do not (the
 * Fit page's inputs, the campaigns with their stored measurements and the
 * context their targets resolve in). Structured-clone safe.
 */
import type { CampaignPlan, Measurement } from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';
import type { ReportDefinition } from '../../../src-core/report';
import type { CampaignContext } from '../campaigns/campaign-answers';
import type { FitQuestionInputs } from '../fit/fit-answers';

export interface ReportCampaignQuestion {
  plan: CampaignPlan;
  /** The last stored measurement (the Campaigns page measures and stores it), or null. */
  measurement: Measurement | null;
}

export interface ReportQuestion {
  definition: ReportDefinition;
  /** The report's as-of date; null = the last order date in the workspace. */
  asOf: EpochDay | null;
  /** The workspace's currency (ISO 4217), '' when unknown; the definition's own currency wins. */
  currency: string;
  /** The Fit page's inputs; null = its defaults (the statuses the Fit page shows untouched). */
  fit: FitQuestionInputs | null;
  campaigns: readonly ReportCampaignQuestion[];
  campaignContext: CampaignContext;
}

export interface ReportDocument {
  /** The finished, self-contained print document (fonts embedded): what is previewed is what prints. */
  html: string;
}
