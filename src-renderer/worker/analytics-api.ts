/**
 * What the UI may ask the analytics worker. The worker holds the active
 * workspace's orders as columns and answers with small, structured-clone-safe
 * results. Every answer is an Outcome: failures come back as messages.
 *
 * Adding a question: declare it here, implement it in AnalyticsEngine
 * (analytics-engine.ts), and forward it in analytics-client.ts (the compiler
 * points at both).
 */
import type {
  CohortCellMeasure,
  CohortMatrix,
  CohortOptions,
  CrrRow,
  FrameOptions,
  HeadlineKpis,
  Overview,
  PeriodKind,
} from '../../src-core/analytics';
import type { EpochDay } from '../../src-core/model/orders';
import type { Outcome } from '../db/outcome';
import type { CustomerModelReport, CustomerProfile, CustomerTable, CustomerTableOptions } from './customers/customer-answers';
import type { FitAnswer, FitCostFileAnswer, FitQuestion } from './fit/fit-answers';
import type { CampaignDrawAnswer, CampaignMeasureAnswer, CampaignPlanAnswer, CampaignQuestion, ContactListQuestion } from './campaigns/campaign-answers';
import type { CampaignPlan } from '../../src-core/campaigns';
import type { ReportDocument, ReportQuestion } from './reports/report-answers';

export interface WorkspaceSummary {
  workspaceId: string;
  /** Stored orders, cancelled included. */
  orders: number;
  customers: number;
}

/** What the filters can choose from: the values recorded in the workspace, sorted. */
export interface FilterChoices {
  products: string[];
  channels: string[];
  countries: string[];
  /** Counted orders' date span (null when there are none). */
  firstOrderDay: EpochDay | null;
  lastOrderDay: EpochDay | null;
}

/** One cohort cell, as cohortCellCustomers takes it (`cohort` is the row's key). */
export interface CohortCell {
  cohort: number;
  offset: number;
  measure: CohortCellMeasure;
}

/** A customer as a list shows them; `index` is the store customer index (what segments keep). */
export interface CustomerListing {
  index: number;
  key: string;
  name: string;
  email: string;
}

export interface AnalyticsApi {
  /** (Re)loads the workspace's orders from IndexedDB; call again after an import. */
  openWorkspace(workspaceId: string): Promise<Outcome<WorkspaceSummary>>;
  /** Headline KPIs and the monthly series of the loaded workspace. */
  overview(options?: FrameOptions): Promise<Outcome<Overview>>;
  /** Values the filters offer (products, channels, countries) and the date span. */
  filterChoices(): Promise<Outcome<FilterChoices>>;
  /** The cohort matrix with every metric, the weighted-average row and partial flags. */
  cohortMatrix(options: FrameOptions, cohorts: CohortOptions): Promise<Outcome<CohortMatrix>>;
  /** The customers behind one cohort cell, with their names and e-mails. */
  cohortCellCustomers(options: FrameOptions, cohorts: CohortOptions, cell: CohortCell): Promise<Outcome<CustomerListing[]>>;
  /** CRR and churn per period (DESIGN.md), activity window in days. */
  crrTrend(options: FrameOptions, period: PeriodKind, windowDays: number): Promise<Outcome<CrrRow[]>>;
  /** Headline KPIs (repeat funnel, median days to a second order …). */
  headlineKpis(options?: FrameOptions): Promise<Outcome<HeadlineKpis>>;
  /** Every customer with a counted order: summary, RFM, flags, P(alive), expected purchases, CLV (typed columns). */
  customerTable(options: CustomerTableOptions): Promise<Outcome<CustomerTable>>;
  /** One customer (store index): orders, contact details, P(alive) over time; null when there is no such customer. */
  customerProfile(customer: number, options: CustomerTableOptions): Promise<Outcome<CustomerProfile | null>>;
  /** Fitted BG/NBD and Gamma-Gamma, and the backtest with this calibration end (null: two thirds through the data). */
  customerModel(calibrationEnd: EpochDay | null, horizonDays: number): Promise<Outcome<CustomerModelReport>>;
  /** Customer fit: the matrix, a table per status with totals, one customer's details and the what-if comparison. */
  fitAnalysis(question: FitQuestion): Promise<Outcome<FitAnswer>>;
  /** Reads a file of costs and matches it to the customers; stores nothing. */
  fitCostFile(bytes: Uint8Array, fileName: string): Promise<Outcome<FitCostFileAnswer>>;
  /** A campaign plan: its target with the exclusions' counts, the groups, projection, profit curve and power hint. */
  campaignPlan(question: CampaignQuestion): Promise<Outcome<CampaignPlanAnswer>>;
  /** Draws the hold-out for the target as it resolves now (the page stores it; nothing is stored here). */
  campaignDraw(question: CampaignQuestion): Promise<Outcome<CampaignDrawAnswer>>;
  /** The contact list CSV of a campaign whose hold-out is stored. */
  campaignContactList(question: ContactListQuestion): Promise<Outcome<string>>;
  /** Targeted against hold-out in the campaign window, from the orders loaded now. */
  campaignMeasure(plan: CampaignPlan): Promise<Outcome<CampaignMeasureAnswer>>;
  /** The report as one self-contained print document (data, HTML, embedded fonts). */
  reportDocument(question: ReportQuestion): Promise<Outcome<ReportDocument>>;
}
