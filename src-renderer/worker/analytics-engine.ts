/**
 * The analytics worker's state and answers, as a plain class so it can be
 * tested without a Worker. It loads the columns itself (Dexie works in
 * workers), so no order data ever crosses to the UI thread.
 */
import { overview, prepareFrame, type FrameOptions, type Overview } from '../../src-core/analytics';
import { concatChunks, type OrderColumns, type OrderDictionaries, type OrderStore } from '../../src-core/data/columnar';
import { describeError, failed, succeeded, type Outcome } from '../db/outcome';
import { loadOrderStore } from '../db/workspace-repository';
import type { AnalyticsApi, WorkspaceSummary } from './analytics-api';

interface LoadedWorkspace {
  workspaceId: string;
  columns: OrderColumns;
  dictionaries: OrderDictionaries;
  customerCount: number;
}

export class AnalyticsEngine implements AnalyticsApi {
  private loading: Promise<Outcome<LoadedWorkspace>> | null = null;

  constructor(private readonly loadStore: (workspaceId: string) => Promise<OrderStore> = loadOrderStore) {}

  async openWorkspace(workspaceId: string): Promise<Outcome<WorkspaceSummary>> {
    this.loading = this.load(workspaceId);
    const loaded = await this.loading;
    if (!loaded.ok) return loaded;
    const { columns, customerCount } = loaded.value;
    return succeeded({ workspaceId, orders: columns.count, customers: customerCount });
  }

  async overview(options: FrameOptions = {}): Promise<Outcome<Overview>> {
    return this.answer((loaded) => overview(prepareFrame(loaded.columns, loaded.dictionaries, options)));
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
      const store = await this.loadStore(workspaceId);
      return succeeded({
        workspaceId,
        columns: concatChunks(store.chunks),
        dictionaries: store.dictionaries,
        customerCount: store.customers.length,
      });
    } catch (error) {
      return failed(describeError(error));
    }
  }
}
