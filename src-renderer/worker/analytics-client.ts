/**
 * The UI's handle on the analytics worker. Created on first use; if the worker
 * cannot start (or dies), every pending and later question fails with a message
 * instead of hanging.
 */
import { wrap, type Remote } from 'comlink';
import { failed, type Outcome } from '../db/outcome';
import type { AnalyticsApi } from './analytics-api';

let client: AnalyticsApi | null = null;

function startWorker(): AnalyticsApi {
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module', name: 'analytics' });
  const remote: Remote<AnalyticsApi> = wrap<AnalyticsApi>(worker);
  let crashed: Outcome<never> | null = null;
  const crash = new Promise<Outcome<never>>((resolve) => {
    const fail = (event: Event) => {
      crashed = failed(event instanceof ErrorEvent && event.message ? event.message : 'The analytics worker stopped.');
      resolve(crashed);
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
  });
  const guard = <T>(call: () => Promise<Outcome<T>>): Promise<Outcome<T>> =>
    crashed ? Promise.resolve(crashed) : Promise.race([call(), crash]);

  return {
    openWorkspace: (workspaceId) => guard(() => remote.openWorkspace(workspaceId)),
    overview: (options) => guard(() => remote.overview(options)),
    filterChoices: () => guard(() => remote.filterChoices()),
    cohortMatrix: (options, cohorts) => guard(() => remote.cohortMatrix(options, cohorts)),
    cohortCellCustomers: (options, cohorts, cell) => guard(() => remote.cohortCellCustomers(options, cohorts, cell)),
    crrTrend: (options, period, windowDays) => guard(() => remote.crrTrend(options, period, windowDays)),
    headlineKpis: (options) => guard(() => remote.headlineKpis(options)),
    customerTable: (options) => guard(() => remote.customerTable(options)),
    customerProfile: (customer, options) => guard(() => remote.customerProfile(customer, options)),
    customerModel: (calibrationEnd, horizonDays) => guard(() => remote.customerModel(calibrationEnd, horizonDays)),
    fitAnalysis: (question) => guard(() => remote.fitAnalysis(question)),
    fitCostFile: (bytes, fileName) => guard(() => remote.fitCostFile(bytes, fileName)),
    campaignPlan: (question) => guard(() => remote.campaignPlan(question)),
    campaignDraw: (question) => guard(() => remote.campaignDraw(question)),
    campaignContactList: (question) => guard(() => remote.campaignContactList(question)),
    campaignMeasure: (plan) => guard(() => remote.campaignMeasure(plan)),
    reportDocument: (question) => guard(() => remote.reportDocument(question)),
  };
}

export function analytics(): AnalyticsApi {
  client ??= startWorker();
  return client;
}

/** Tests (jsdom has no workers) run an AnalyticsEngine in-process instead. */
export function setAnalyticsInstance(instance: AnalyticsApi | null): void {
  client = instance;
}
