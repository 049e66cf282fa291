/**
 * The analytics worker's state and answers, as a plain class so it can be
 * tested without a Worker. It loads the columns itself (Dexie works in
 * workers), so no order data ever crosses to the UI thread.
 */
import {
  cohortCellCustomers,
  cohortMatrix,
  crrByPeriod,
  headlineKpis,
  indexOrders,
  overview,
  prepareFrame,
  type CohortMatrix,
  type CohortOptions,
  type CrrRow,
  type FrameOptions,
  type HeadlineKpis,
  type OrderFilters,
  type OrderFrame,
  type OrderIndex,
  type Overview,
  type PeriodKind,
} from '../../src-core/analytics';
import { storeColumns, type CustomerRecord, type AnalysisColumns, type OrderDictionaries, type OrderStore, type OrderStoreColumns } from '../../src-core/data/columnar';
import type { EpochDay } from '../../src-core/model/orders';
import { describeError, failed, succeeded, type Outcome } from '../db/outcome';
import { loadOrderColumns, measureLoad } from '../db/workspace-repository';
import type { AnalyticsApi, CohortCell, CustomerListing, FilterChoices, WorkspaceSummary } from './analytics-api';
import type { CustomerModelReport, CustomerProfile, CustomerTable, CustomerTableOptions } from './customers/customer-answers';
import { customerModel, customerProfile, customerTable } from './customers/customer-value';
import type { FitAnswer, FitCostFileAnswer, FitQuestion } from './fit/fit-answers';
import { fitAnalysis, fitCostFile } from './fit/fit-analysis';
import type { CampaignDrawAnswer, CampaignMeasureAnswer, CampaignPlanAnswer, CampaignQuestion, ContactListQuestion } from './campaigns/campaign-answers';
import { campaignContactList, campaignDraw, campaignMeasure, campaignPlan } from './campaigns/campaign-analysis';
import type { CampaignPlan } from '../../src-core/campaigns';
import type { ReportDocument, ReportQuestion } from './reports/report-answers';
import type { reportDocument as BuildReportFunction } from './reports/report-document';

type BuildReport = typeof BuildReportFunction;

interface LoadedWorkspace {
  workspaceId: string;
  columns: AnalysisColumns;
  dictionaries: OrderDictionaries;
  customerCount: number;
  /** By store index: names and e-mails for the customer lists. */
  customers: CustomerRecord[];
  /** Counted orders sorted by customer and day, built once per load: a query's frame is then a pass over it. */
  orderIndex: OrderIndex;
}

/** The last frame made, kept because several answers often ask for the same one in a row. */
interface KeptFrame {
  loaded: LoadedWorkspace;
  key: string;
  segment: OrderFilters['customers'];
  frame: OrderFrame;
}

/** Everything about a query's frame but its segment (compared separately, by content). */
function frameKey(options: FrameOptions): string {
  const { asOf, filters } = options;
  return JSON.stringify([asOf ?? null, filters?.dateRange?.from ?? null, filters?.dateRange?.to ?? null,
    filters?.firstProducts ?? null, filters?.channels ?? null, filters?.countries ?? null]);
}

function sameSegment(a: OrderFilters['customers'], b: OrderFilters['customers']): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((value, i) => value === b[i]);
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((value) => b.has(value));
  return false;
}

/** Distinct values, in the reader's order (locale-aware), for a filter's choices. */
function sortedValues(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

export class AnalyticsEngine implements AnalyticsApi {
  private loading: Promise<Outcome<LoadedWorkspace>> | null = null;
  private kept: KeptFrame | null = null;

  /** `loadOrders` reads a workspace (tests may hand a whole store instead: its chunks are then laid end to end here). */
  constructor(private readonly loadOrders: (workspaceId: string) => Promise<OrderStoreColumns | OrderStore> = loadOrderColumns) {}

  async openWorkspace(workspaceId: string): Promise<Outcome<WorkspaceSummary>> {
    this.loading = this.load(workspaceId);
    const loaded = await this.loading;
    if (!loaded.ok) return loaded;
    const { columns, customerCount } = loaded.value;
    return succeeded({ workspaceId, orders: columns.count, customers: customerCount });
  }

  async overview(options: FrameOptions = {}): Promise<Outcome<Overview>> {
    return this.answer((loaded) => overview(this.frame(loaded, options)));
  }

  async filterChoices(): Promise<Outcome<FilterChoices>> {
    return this.answer((loaded) => {
      const { dictionaries } = loaded;
      const frame = this.frame(loaded, {});
      return {
        products: sortedValues(dictionaries.products),
        channels: sortedValues(dictionaries.channels),
        countries: sortedValues(dictionaries.countries),
        firstOrderDay: frame.firstOrderDay,
        lastOrderDay: frame.lastOrderDay,
      };
    });
  }

  async cohortMatrix(options: FrameOptions, cohorts: CohortOptions): Promise<Outcome<CohortMatrix>> {
    return this.answer((loaded) => cohortMatrix(this.frame(loaded, options), cohorts));
  }

  async cohortCellCustomers(options: FrameOptions, cohorts: CohortOptions, cell: CohortCell): Promise<Outcome<CustomerListing[]>> {
    return this.answer((loaded) => {
      const frame = this.frame(loaded, options);
      const indexes = cohortCellCustomers(frame, cohorts, cell.cohort, cell.offset, cell.measure);
      return Array.from(indexes, (index) => {
        const customer = loaded.customers[index];
        return { index, key: customer?.key ?? '', name: customer?.name ?? '', email: customer?.email ?? '' };
      });
    });
  }

  async crrTrend(options: FrameOptions, period: PeriodKind, windowDays: number): Promise<Outcome<CrrRow[]>> {
    return this.answer((loaded) => crrByPeriod(this.frame(loaded, options), period, windowDays));
  }

  async headlineKpis(options: FrameOptions = {}): Promise<Outcome<HeadlineKpis>> {
    return this.answer((loaded) => headlineKpis(this.frame(loaded, options)));
  }

  async customerTable(options: CustomerTableOptions): Promise<Outcome<CustomerTable>> {
    return this.answer((loaded) => customerTable(loaded, options));
  }

  async customerProfile(customer: number, options: CustomerTableOptions): Promise<Outcome<CustomerProfile | null>> {
    return this.answer((loaded) => customerProfile(loaded, customer, options));
  }

  async customerModel(calibrationEnd: EpochDay | null, horizonDays: number): Promise<Outcome<CustomerModelReport>> {
    return this.answer((loaded) => customerModel(loaded, calibrationEnd, horizonDays));
  }

  async fitAnalysis(question: FitQuestion): Promise<Outcome<FitAnswer>> {
    return this.answer((loaded) => fitAnalysis(loaded, question));
  }

  async fitCostFile(bytes: Uint8Array, fileName: string): Promise<Outcome<FitCostFileAnswer>> {
    return this.answer((loaded) => fitCostFile(loaded, bytes, fileName));
  }

  async campaignPlan(question: CampaignQuestion): Promise<Outcome<CampaignPlanAnswer>> {
    return this.answer((loaded) => campaignPlan(loaded, question));
  }

  async campaignDraw(question: CampaignQuestion): Promise<Outcome<CampaignDrawAnswer>> {
    return this.answer((loaded) => campaignDraw(loaded, question));
  }

  async campaignContactList(question: ContactListQuestion): Promise<Outcome<string>> {
    return this.answer((loaded) => campaignContactList(loaded, question));
  }

  async campaignMeasure(plan: CampaignPlan): Promise<Outcome<CampaignMeasureAnswer>> {
    return this.answer((loaded) => campaignMeasure(loaded, plan));
  }

  async reportDocument(question: ReportQuestion): Promise<Outcome<ReportDocument>> {
    // Loaded on first use: the report's chart renderer (ECharts) is most of the worker's code,
    // and every workspace load would wait for it to be parsed.
    let build: BuildReport;
    try {
      ({ reportDocument: build } = await import('./reports/report-document'));
    } catch (error) {
      return failed(describeError(error));
    }
    const started = await this.answer((loaded) => build(loaded, question));
    if (!started.ok) return started;
    try {
      return succeeded(await started.value);
    } catch (error) {
      return failed(describeError(error));
    }
  }

  /** The frame of a query on the loaded workspace, made from its order index (or the last one, when asked again). */
  private frame(loaded: LoadedWorkspace, options: FrameOptions): OrderFrame {
    const key = frameKey(options);
    const segment = options.filters?.customers;
    const kept = this.kept;
    if (kept && kept.loaded === loaded && kept.key === key && sameSegment(kept.segment, segment)) return kept.frame;
    const frame = prepareFrame(loaded.columns, loaded.dictionaries, options, loaded.orderIndex);
    this.kept = { loaded, key, segment, frame };
    return frame;
  }

  /** Runs a question on the loaded workspace (waiting for a load in progress), catching any failure. */
  private async answer<T>(question: (loaded: LoadedWorkspace) => T): Promise<Outcome<T>> {
    if (!this.loading) return failed('No workspace is open.');
    const loaded = await this.loading;
    if (!loaded.ok) return loaded;
    try {
      return succeeded(question(loaded.value));
    } catch (error) {
      return failed(describeError(error));
    }
  }

  private async load(workspaceId: string): Promise<Outcome<LoadedWorkspace>> {
    try {
      const read = await this.loadOrders(workspaceId);
      const { columns, dictionaries, customers } = 'chunks' in read ? storeColumns(read) : read;
      const indexing = performance.now();
      const orderIndex = indexOrders(columns);
      measureLoad('index', indexing);
      return succeeded({ workspaceId, columns, dictionaries, customerCount: customers.length, customers, orderIndex });
    } catch (error) {
      return failed(describeError(error));
    }
  }
}
