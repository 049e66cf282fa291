/**
 * The report document, built in the analytics worker (it holds the orders):
 * report data from src-core's analytics, the print HTML, and the fonts the
 * text needs embedded as data: URLs. The data is kept for the last set of
 * options that shape it, so editing notes, the cover or the language only
 * re-renders the HTML.
 */
import { buildReportData, renderReport, reportDataOptions, type FontLoader, type ReportCampaignInput, type ReportData } from '../../../src-core/report';
import { campaignPlan, type CampaignWorkspace } from '../campaigns/campaign-analysis';
import { bundledFontLoader } from './bundled-fonts';
import type { ReportDocument, ReportQuestion } from './report-answers';
import { reportFits } from './report-fit';

interface DataCache {
  key: string;
  data: ReportData;
}

const caches = new WeakMap<CampaignWorkspace, DataCache>();
let defaultLoader: FontLoader | null = null;

/** Everything in the question that changes the numbers (not the words around them). */
function dataKey({ definition, currency, asOf, fit, campaigns, campaignContext }: ReportQuestion): string {
  const { period, summaryDays, atRiskRows } = definition;
  return JSON.stringify([definition.currency || currency, asOf, period, summaryDays, atRiskRows, fit, campaigns, campaignContext]);
}

function campaignInputs(workspace: CampaignWorkspace, question: ReportQuestion): ReportCampaignInput[] {
  return question.campaigns.map(({ plan, measurement }) => {
    let projection = null;
    try {
      projection = campaignPlan(workspace, { plan, context: question.campaignContext }).projection;
    } catch {
      // A plan the orders can no longer resolve prints without its projection rather than failing the report.
    }
    return { plan, projection, measurement };
  });
}

export function reportData(workspace: CampaignWorkspace, question: ReportQuestion): ReportData {
  const key = dataKey(question);
  const cached = caches.get(workspace);
  if (cached?.key === key) return cached.data;
  const options = reportDataOptions(question.definition, question.currency);
  const data = buildReportData(workspace.columns, workspace.dictionaries, workspace.customers, {
    ...options,
    ...(question.asOf === null ? {} : { asOf: question.asOf }),
    fit: reportFits(workspace, question.fit),
    campaigns: campaignInputs(workspace, question),
  });
  caches.set(workspace, { key, data });
  return data;
}

/** The finished document: what the preview shows, savePdf saves and print prints. */
export async function reportDocument(workspace: CampaignWorkspace, question: ReportQuestion, fontLoader?: FontLoader): Promise<ReportDocument> {
  const data = reportData(workspace, question);
  const loader = fontLoader ?? (defaultLoader ??= bundledFontLoader());
  return { html: await renderReport(data, question.definition, loader) };
}
