/**
 * What the UI may ask the analytics worker. The worker holds the active
 * workspace's orders as columns and answers with small, structured-clone-safe
 * results. Every answer is an Outcome: failures come back as messages.
 *
 * Adding a question: declare it here, implement it in AnalyticsEngine
 * (analytics-engine.ts), and forward it in analytics-client.ts (the compiler
 * points at both).
 */
import type { FrameOptions, Overview } from '../../src-core/analytics';
import type { Outcome } from '../db/outcome';

export interface WorkspaceSummary {
  workspaceId: string;
  /** Stored orders, cancelled included. */
  orders: number;
  customers: number;
}

export interface AnalyticsApi {
  /** (Re)loads the workspace's orders from IndexedDB; call again after an import. */
  openWorkspace(workspaceId: string): Promise<Outcome<WorkspaceSummary>>;
  /** Headline KPIs and the monthly series of the loaded workspace. */
  overview(options?: FrameOptions): Promise<Outcome<Overview>>;
}
