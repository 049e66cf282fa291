/**
 * The Fit page's worker answers on the tiny shop, by hand:
 *   ann 150 (100 gift box + 50 tea), bob 30, cy 20; default margin 40 %
 *   → gross margins 60, 12, 8. Growth is unknown for all (under 3 complete months).
 */
import { describe, expect, it } from 'vitest';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import { DEFAULT_SCORING, defaultFitRules, type FitOverrideEvent } from '../../src-core/analytics/fit';
import { statusTables, totalsLine } from '../../src-renderer/features/fit/fit-table';
import type { FitQuestion, FitQuestionInputs } from '../../src-renderer/worker/fit/fit-answers';
import { fitAnalysis, fitCostFile, matchesSearch, type FitWorkspace } from '../../src-renderer/worker/fit/fit-analysis';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

function tinyWorkspace(): FitWorkspace {
  const store = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY');
  return { columns: concatChunks(store.chunks), dictionaries: store.dictionaries, customers: store.customers };
}

function inputs(patch: Partial<FitQuestionInputs> = {}): FitQuestionInputs {
  return {
    margins: { defaultMargin: 0.4 },
    defaultHourlyRate: 0,
    costs: {},
    segmentCosts: {},
    ratings: {},
    scoring: DEFAULT_SCORING,
    rules: defaultFitRules(),
    overrides: [],
    ...patch,
  };
}

function ask(patch: Partial<FitQuestion> = {}, inputPatch: Partial<FitQuestionInputs> = {}) {
  return fitAnalysis(tinyWorkspace(), {
    inputs: inputs(inputPatch),
    axes: 'score-profitability',
    draft: null,
    search: '',
    rowsPerStatus: 10,
    customerKey: null,
    ...patch,
  });
}

const statusOf = (answer: ReturnType<typeof ask>) =>
  Object.fromEntries(answer.matrix.points.map((point) => [point.row.key, point.row.status]));

describe('fitAnalysis', () => {
  it('without costs everybody makes a profit and no rule fires: all Keep, totals by hand', () => {
    const answer = ask();
    expect(statusOf(answer)).toEqual({ ann: 'keep', bob: 'keep', cy: 'keep' });
    expect(answer.tables.keep.totals).toMatchObject({ customers: 3, lifetimeRevenue: 200, grossMargin: 80, costToServe: 0, profit: 80 });
    expect(answer.tables.keep.rows.map((row) => row.key)).toEqual(['ann', 'bob', 'cy']);
    expect(answer.tables.depart.totals.customers).toBe(0);
  });

  it('labour hours × the segment rate and a customer entry move customers: profit 0 → Depart', () => {
    const answer = ask({ customerKey: 'bob' }, { costs: { bob: { labourHours: 2, hourlyRate: 5, hard: 2 } } });
    // bob: cost 2 × 5 + 2 = 12 = his gross margin → profit 0 → "profit ≤ 0" → Depart.
    expect(statusOf(answer).bob).toBe('depart');
    expect(answer.detail?.cost).toMatchObject({ labour: 10, hard: 2, total: 12, source: 'customer' });
    expect(answer.detail?.row.reason.code).toBe('depart-unprofitable');
    expect(answer.tables.depart.totals).toMatchObject({ customers: 1, lifetimeRevenue: 30, grossMargin: 12, costToServe: 12, profit: 0 });
    expect(answer.all).toMatchObject({ customers: 3, lifetimeRevenue: 200, costToServe: 12, profit: 68 });
  });

  it('an override wins over the rules and keeps its reason', () => {
    const overrides: FitOverrideEvent[] = [{ customerKey: 'bob', status: 'grow', reason: 'Opening a second shop', at: '2024-04-01T00:00:00.000Z' }];
    const answer = ask({ customerKey: 'bob' }, { costs: { bob: { hard: 50 } }, overrides });
    expect(answer.detail?.row).toMatchObject({ status: 'grow', overridden: true });
    expect(answer.detail?.row.reason).toMatchObject({ ruleStatus: 'depart', override: { reason: 'Opening a second shop' } });
  });

  it('what-if: raising the margin threshold moves nobody without growth data, lowering the margin moves the costly', () => {
    const draftRules = defaultFitRules({ profitabilityThreshold: 0.9 });
    const same = ask({ draft: { scoring: DEFAULT_SCORING, rules: draftRules } });
    // The low-profitability rule also needs "not growing", which unknown growth never is.
    expect(same.whatIf).toMatchObject({ movedCustomers: 0, revenueAtStake: 0 });
    const costly = ask(
      { draft: { scoring: DEFAULT_SCORING, rules: { rules: [{ id: 'cost', status: 'depart', when: [{ metric: 'costToServe', op: '>', value: 5 }] }], fallback: 'keep' } } },
      { costs: { cy: { communication: 6 } } },
    );
    expect(costly.whatIf?.moves).toEqual([{ key: 'cy', name: 'CY', from: 'keep', to: 'depart', last12Revenue: 20 }]);
    expect(costly.whatIf?.revenueAtStake).toBe(20);
    expect(costly.matrix.preview).toBe(true);
    expect(costly.matrix.points.find((point) => point.row.key === 'cy')?.row.status).toBe('depart');
    // The tables stay on the applied settings.
    expect(costly.tables.depart.totals.customers).toBe(0);
  });

  it('per-product margins change the gross margin: gift box at 10 %', () => {
    const answer = ask({}, { margins: { defaultMargin: 0.4, byProduct: { 'Gift box': 0.1 } } });
    const ann = answer.matrix.points.find((point) => point.row.key === 'ann')!.row;
    expect(ann.grossMargin).toBeCloseTo(100 * 0.1 + 50 * 0.4);
  });

  it('the search filters the rows, never the totals', () => {
    const answer = ask({ search: 'ANN@' });
    expect(answer.tables.keep.rows.map((row) => row.key)).toEqual(['ann']);
    expect(answer.tables.keep.matching).toBe(1);
    expect(answer.tables.keep.totals.customers).toBe(3);
    expect(matchesSearch({ key: 'x', name: 'Émile', email: '', phone: '' }, 'x', 'émi')).toBe(true);
  });

  it('value against cost: x is the cost, y the margin, the break-even diagonal drawn', () => {
    const answer = ask({ axes: 'value-cost' }, { costs: { ann: { hard: 7 } } });
    const ann = answer.matrix.points.find((point) => point.row.key === 'ann')!;
    expect([ann.x, ann.y, ann.size]).toEqual([7, 60, 150]);
    expect(answer.matrix.diagonal).toBe(true);
  });
});

describe('status tables shaping', () => {
  it('adds profitability and share of revenue to each status, and counts the rows not shown', () => {
    const answer = ask({ rowsPerStatus: 1 }, { costs: { bob: { hard: 30 } } });
    const [keep, grow, depart] = statusTables(answer);
    expect(keep).toMatchObject({ status: 'keep', hidden: 1 });
    expect(keep!.rows).toHaveLength(1);
    expect(keep!.totals).toEqual({ customers: 2, revenue: 170, grossMargin: 68, costToServe: 0, profit: 68, profitability: 0.4, revenueShare: 0.85 });
    expect(grow!.totals).toMatchObject({ customers: 0, revenue: 0, profitability: null, revenueShare: 0 });
    expect(depart!.totals).toMatchObject({ customers: 1, revenue: 30, costToServe: 30, profit: -18, profitability: -0.6, revenueShare: 0.15 });
  });

  it('without any revenue the shares are unknown, not zero', () => {
    const empty = { customers: 0, lifetimeRevenue: 0, last12Revenue: 0, grossMargin: 0, costToServe: 0, profit: 0 };
    expect(totalsLine(empty, empty)).toMatchObject({ profitability: null, revenueShare: null });
  });
});

describe('fitCostFile', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('matches rows by id or e-mail and lists unknown customers and bad numbers with their line and column', () => {
    const answer = fitCostFile(tinyWorkspace(), encode('customer_id,email,labour_hours,hard_cost\nann,,2,5\n,BOB@example.com,1,\nzed,,1,1\ncy,,x,1\n'), 'costs.csv');
    if (!answer.ok) throw new Error(answer.fatal.message);
    expect(answer.byCustomer).toEqual({ ann: { labourHours: 2, hard: 5 }, bob: { labourHours: 1 } });
    expect(answer.unknownKeys).toEqual(['zed']);
    expect(answer.errors.map((issue) => [issue.line, issue.column])).toEqual([
      [4, 'customer_id'],
      [5, 'labour_hours'],
    ]);
  });

  it('a file without a customer column is refused whole', () => {
    const answer = fitCostFile(tinyWorkspace(), encode('who,hours\nann,2\n'), 'costs.csv');
    expect(answer.ok).toBe(false);
  });
});
