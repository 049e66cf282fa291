/** The worker's question for the current draft: the definition plus what the page knows that the orders do not. */
import type { EpochDay } from '../../../src-core/model/orders';
import type { ReportDefinition } from '../../../src-core/report';
import type { CampaignRecord } from '../../db/campaign-records';
import type { CampaignContext } from '../../worker/campaigns/campaign-answers';
import type { FitQuestionInputs } from '../../worker/fit/fit-answers';
import type { ReportQuestion } from '../../worker/reports/report-answers';

export function reportQuestion(input: {
  definition: ReportDefinition;
  currency: string;
  asOf: EpochDay | null;
  fit: FitQuestionInputs | null;
  campaigns: readonly CampaignRecord[];
  context: CampaignContext;
}): ReportQuestion {
  return {
    definition: input.definition,
    currency: input.currency,
    asOf: input.asOf,
    fit: input.fit,
    // Oldest first, as the Campaigns page lists them; the measurement as last stored there.
    campaigns: input.campaigns.map((record) => ({ plan: record.plan, measurement: record.measured?.measurement ?? null })),
    campaignContext: input.context,
  };
}
