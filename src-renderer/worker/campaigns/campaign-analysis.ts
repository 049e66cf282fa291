/**
 * The Campaigns page's answers, computed in the analytics worker with
 * src-core/campaigns over the loaded columns: the target and its exclusions,
 * the hold-out draw, the projection and power hint, the contact list, and the
 * measurement against the stored hold-out once later orders are imported.
 * The customer value table (RFM, BG/NBD, Gamma-Gamma) is computed once per
 * loaded data and kept, so editing a plan only re-runs the cheap steps.
 */
import { RFM_SEGMENTS, customerValueTable, type CustomerValueTable } from '../../../src-core/analytics';
import {
  HISTORY_FIELDS,
  assignHoldout,
  contactListCsv,
  contactRows,
  customerExpectations,
  customerKeyIndex,
  groupOutcome,
  mailingListCsv,
  measureCampaign,
  minimumDetectableUplift,
  offerCodes,
  offerCostPerContact,
  offerCostPerResponder,
  profitCurve,
  projectCampaign,
  projectionInputOf,
  reconcileHoldout,
  resolveTarget,
  rfmStratumOf,
  type CampaignPlan,
  type ContactColumn,
  type CustomerKeyIndex,
  type FitStatus,
  type GroupOutcome,
  type TargetingContext,
} from '../../../src-core/campaigns';
import type { CustomerRecord, AnalysisColumns, OrderDictionaries } from '../../../src-core/data/columnar';
import type { EpochDay } from '../../../src-core/model/orders';
import { defaultFitSettings } from '../../features/fit/fit-settings';
import { fitAnalysis } from '../fit/fit-analysis';
import type { FitQuestionInputs } from '../fit/fit-answers';
import type { CampaignContext, CampaignDrawAnswer, CampaignMeasureAnswer, CampaignPlanAnswer, CampaignQuestion, ContactListQuestion } from './campaign-answers';

/** What campaigns need of the loaded workspace (AnalyticsEngine's LoadedWorkspace has it). */
export interface CampaignWorkspace {
  columns: AnalysisColumns;
  dictionaries: OrderDictionaries;
  customers: CustomerRecord[];
}

interface Base {
  asOf: EpochDay | null;
  table: CustomerValueTable | null;
  keyIndex: CustomerKeyIndex;
}

const bases = new WeakMap<AnalysisColumns, Base>();

function lastCountedDay(columns: AnalysisColumns): EpochDay | null {
  let last = -Infinity;
  for (let i = 0; i < columns.count; i++) if (columns.cancelled[i] === 0 && columns.day[i]! > last) last = columns.day[i]!;
  return last === -Infinity ? null : last;
}

function baseOf(workspace: CampaignWorkspace): Base {
  let base = bases.get(workspace.columns);
  if (!base) {
    const asOf = lastCountedDay(workspace.columns);
    const table = asOf === null ? null : customerValueTable(workspace.columns, asOf, { customerCount: workspace.customers.length });
    base = { asOf, table, keyIndex: customerKeyIndex(workspace.customers) };
    bases.set(workspace.columns, base);
  }
  return base;
}

/** Fit statuses by customer key, as the Fit page shows them (its defaults when the user has set nothing). */
function fitStatuses(workspace: CampaignWorkspace, inputs: FitQuestionInputs | null): Map<string, FitStatus> {
  const settings = defaultFitSettings();
  const fit: FitQuestionInputs = inputs ?? { ...settings, costs: {}, segmentCosts: {}, ratings: {}, overrides: [] };
  const answer = fitAnalysis(workspace, { inputs: fit, axes: 'value-cost', draft: null, search: '', rowsPerStatus: Number.MAX_SAFE_INTEGER, customerKey: null });
  const statuses = new Map<string, FitStatus>();
  for (const status of ['keep', 'grow', 'depart'] as const) for (const row of answer.tables[status].rows) statuses.set(row.key, status);
  return statuses;
}

function needsFit(plan: CampaignPlan): boolean {
  return plan.exclusions.depart || plan.target.kind === 'fitStatus';
}

function targetingOf(workspace: CampaignWorkspace, table: CustomerValueTable, plan: CampaignPlan, context: CampaignContext): TargetingContext {
  const savedSegments = new Map<string, string[]>();
  for (const [id, indexes] of Object.entries(context.savedSegments)) {
    savedSegments.set(
      id,
      indexes.map((index) => workspace.customers[index]?.key ?? '').filter((key) => key !== ''),
    );
  }
  return {
    customers: workspace.customers,
    summaries: table.summaries,
    rfmSegment: table.segment,
    ...(needsFit(plan) ? { fitStatus: fitStatuses(workspace, context.fit) } : {}),
    savedSegments,
    optedOut: new Set(context.optedOut),
    contactLog: context.contactLog,
  };
}

function resolve(workspace: CampaignWorkspace, table: CustomerValueTable, { plan, context }: CampaignQuestion) {
  const targeting = targetingOf(workspace, table, plan, context);
  const resolution = resolveTarget(targeting, {
    target: plan.target,
    exclusions: plan.exclusions,
    channel: plan.channel,
    campaignId: plan.id,
    today: context.today,
  });
  return { targeting, resolution };
}

/** The hold-out draw for the target as it resolves now, balanced on RFM segment. */
export function campaignDraw(workspace: CampaignWorkspace, question: CampaignQuestion): CampaignDrawAnswer {
  const { table, keyIndex } = baseOf(workspace);
  if (!table) return { ok: false, problem: 'noCustomers' };
  const { targeting, resolution } = resolve(workspace, table, question);
  const candidates = resolution.customerKeys.map((customerKey) => ({ customerKey, stratum: rfmStratumOf(targeting, keyIndex.get(customerKey) ?? -1) }));
  return assignHoldout(candidates, { share: question.plan.holdoutShare, seed: question.plan.seed });
}

export function campaignPlan(workspace: CampaignWorkspace, question: CampaignQuestion): CampaignPlanAnswer {
  const { plan } = question;
  const { asOf, table, keyIndex } = baseOf(workspace);
  const { resolution } = table ? resolve(workspace, table, question) : { resolution: null };

  let targetKeys: readonly string[] = [];
  let holdout = 0;
  let drift: CampaignPlanAnswer['drift'] = null;
  if (plan.assignment) {
    targetKeys = plan.assignment.targetGroup;
    holdout = plan.assignment.holdoutGroup.length;
    if (resolution) {
      const found = reconcileHoldout(plan.assignment, resolution.customerKeys);
      drift = { newcomers: found.newcomers.length, leftTargetGroup: found.leftTargetGroup.length, leftHoldoutGroup: found.leftHoldoutGroup.length };
    }
  } else {
    const draw = campaignDraw(workspace, question);
    if (draw.ok) {
      targetKeys = draw.assignment.targetGroup;
      holdout = draw.assignment.holdoutGroup.length;
    }
  }

  const indexes = targetKeys.map((key) => keyIndex.get(key) ?? -1).filter((index) => index >= 0);
  const expectations = table
    ? customerExpectations(workspace.columns, table, indexes, plan.schedule.windowDays)
    : { customers: [], baselineSource: 'history' as const, orderValueSource: 'history' as const };
  const input = projectionInputOf(plan, expectations);
  const projection = projectCampaign(input);
  const baselineRate = projection.contacted > 0 ? projection.expectedBuyersAnyway / projection.contacted : 0;
  // The chart reaches a little past both the planned rate and the break-even rate, so both show.
  const upTo = Math.min(1, Math.max(0.1, plan.responseRate * 2, (projection.breakEvenResponseRate ?? 0) * 1.5));
  return {
    asOf,
    resolution: resolution
      ? {
          matched: resolution.matched,
          excluded: resolution.excluded,
          notes: resolution.notes,
          eligible: resolution.customerKeys.length,
          unknownKeys: resolution.unknownKeys.length,
        }
      : { matched: 0, excluded: [], notes: [], eligible: 0, unknownKeys: 0 },
    groups: { targeted: targetKeys.length, holdout, stored: plan.assignment !== null },
    drift,
    projection,
    profitCurve: profitCurve(input, upTo),
    baselineRate,
    minimumDetectableUplift: minimumDetectableUplift(baselineRate, targetKeys.length, holdout),
  };
}

/** The contact list CSV (UTF-8 with BOM, formula-safe) of a campaign whose hold-out is stored. */
export function campaignContactList(workspace: CampaignWorkspace, question: ContactListQuestion): string {
  const { plan } = question;
  const assignment = plan.assignment;
  if (!assignment) throw new Error('The hold-out has not been drawn yet.');
  const { table } = baseOf(workspace);
  if (!table) throw new Error('The workspace has no counted orders.');
  const rows = contactRows({
    assignment,
    customers: workspace.customers,
    summaries: table.summaries,
    segmentName: (c) => {
      const id = RFM_SEGMENTS[table.segment[c] ?? -1]?.id;
      return id ? (question.segmentNames[id] ?? id) : '';
    },
    offerText: question.offerText,
    ...(plan.useCodes ? { codes: offerCodes(assignment.targetGroup, { seed: plan.seed, prefix: plan.codePrefix }) } : {}),
  });
  const labels: Partial<Record<ContactColumn, string>> = question.labels;
  const options = { fieldColumns: HISTORY_FIELDS, labels, withCodes: plan.useCodes };
  return question.withHoldout ? contactListCsv(rows, options) : mailingListCsv(rows, options);
}

/** What the campaign cost at the plan's prices: every contact, plus the offer for each targeted customer who bought. */
function actualCost(plan: CampaignPlan, targeted: GroupOutcome): number {
  let offer = targeted.customers * offerCostPerContact(plan.offer);
  for (let i = 0; i < targeted.customers; i++) {
    const orders = targeted.orders[i]!;
    // One redemption per buyer, on an order of their average size in the window.
    if (orders > 0) offer += offerCostPerResponder(plan.offer, targeted.revenue[i]! / orders);
  }
  return targeted.customers * plan.contactCostPerCustomer + offer + plan.fixedCost;
}

export function campaignMeasure(workspace: CampaignWorkspace, plan: CampaignPlan): CampaignMeasureAnswer {
  const { assignment } = plan;
  if (!assignment) return { status: 'notDrawn' };
  const startDay = plan.schedule.startDay;
  if (startDay === null) return { status: 'noStart' };
  const dataThrough = lastCountedDay(workspace.columns);
  if (dataThrough === null || dataThrough < startDay) return { status: 'noOrdersYet', dataThrough, startDay };
  const { keyIndex } = baseOf(workspace);
  // A customer the orders do not know stays in their group as one who bought nothing (−1).
  const indexesOf = (keys: readonly string[]) => keys.map((key) => keyIndex.get(key) ?? -1);
  const window = { startDay, windowDays: plan.schedule.windowDays };
  const targeted = groupOutcome(workspace.columns, indexesOf(assignment.targetGroup), window);
  const holdout = groupOutcome(workspace.columns, indexesOf(assignment.holdoutGroup), window);
  const cost = actualCost(plan, targeted);
  const windowEnd = startDay + plan.schedule.windowDays;
  return {
    status: 'measured',
    measurement: measureCampaign(targeted, holdout, { cost, marginPct: plan.marginPct, seed: plan.seed }),
    dataThrough,
    windowEnd,
    windowComplete: dataThrough >= windowEnd - 1,
    cost,
  };
}
