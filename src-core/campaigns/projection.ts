/**
 * What a campaign is expected to bring before it is sent: responders, incremental
 * orders and revenue, cost, ROI and the break-even response rate, with every
 * assumption listed as data so the page (and the report) can show them.
 *
 * The model, per contacted customer i with baseline probability bᵢ of buying in the
 * window anyway and expected order value vᵢ, for a response rate r:
 *   P(buys in window | contacted) = bᵢ + (1 − bᵢ)·r     — r is the share of those who would NOT
 *                                                          have bought that the campaign persuades
 *   incremental orders  = Σ (1 − bᵢ)·r                   — one extra order per persuaded customer
 *   incremental revenue = Σ (1 − bᵢ)·r·vᵢ
 *   cost = contacts × contact cost + Σ P(buys)·offer per buyer + contacts × offer per contact + fixed
 * A discount is paid by everyone who buys, including those who would have bought anyway:
 * that is the real price of a discount, and the reason the baseline matters.
 * Profit counts the margin on incremental revenue; ROI = (profit − cost) / cost.
 */
import { offerCostPerContact, offerCostPerResponder, type Offer } from './offer';
import type { CustomerExpectation } from './expectations';

export interface ProjectionInput {
  /** The customers who will be contacted (the hold-out excluded). */
  customers: readonly CustomerExpectation[];
  responseRate: number;
  offer: Offer;
  contactCostPerCustomer: number;
  fixedCost: number;
  /** Gross margin in percent of revenue (100 = judge the campaign on revenue). */
  marginPct: number;
  windowDays: number;
  baselineSource: 'model' | 'history';
  orderValueSource: 'model' | 'history';
}

export interface ProjectionAssumption {
  key: string;
  params: Record<string, number | string>;
  english: string;
}

export interface Projection {
  contacted: number;
  /** Σ bᵢ: customers expected to buy in the window without any campaign. */
  expectedBuyersAnyway: number;
  /** Σ P(buys | contacted): what the measurement will count as responders. */
  expectedResponders: number;
  /** expectedResponders / contacted. */
  expectedResponseRate: number;
  /** Expected targeted response rate minus the expected rate without the campaign. */
  expectedUplift: number;
  incrementalOrders: number;
  incrementalRevenue: number;
  /** Margin on the incremental revenue. */
  incrementalGrossProfit: number;
  cost: { contact: number; offer: number; fixed: number; total: number };
  /** incrementalGrossProfit − cost.total. */
  netProfit: number;
  /** netProfit / cost.total; null when the campaign costs nothing. */
  roi: number | null;
  /** Response rate at which netProfit = 0; null when no rate up to 100% pays for the campaign. */
  breakEvenResponseRate: number | null;
  assumptions: ProjectionAssumption[];
}

/** The sums the projection is linear in: everything at a response rate r is A + B·r. */
interface Totals {
  contacted: number;
  buyersAnyway: number;
  persuadable: number;
  persuadableValue: number;
  /** Offer cost if only the baseline buyers bought, and its growth per unit of r. */
  offerAtZero: number;
  offerPerRate: number;
  fixedCosts: number;
}

function totalsOf(input: ProjectionInput): Totals {
  let buyersAnyway = 0;
  let persuadable = 0;
  let persuadableValue = 0;
  let offerAtZero = 0;
  let offerPerRate = 0;
  for (const { baselineProbability: b, expectedOrderValue: v } of input.customers) {
    const perBuyer = offerCostPerResponder(input.offer, v);
    buyersAnyway += b;
    persuadable += 1 - b;
    persuadableValue += (1 - b) * v;
    offerAtZero += b * perBuyer;
    offerPerRate += (1 - b) * perBuyer;
  }
  const contacted = input.customers.length;
  offerAtZero += contacted * offerCostPerContact(input.offer);
  const fixedCosts = contacted * input.contactCostPerCustomer + input.fixedCost;
  return { contacted, buyersAnyway, persuadable, persuadableValue, offerAtZero, offerPerRate, fixedCosts };
}

export function projectCampaign(input: ProjectionInput): Projection {
  const totals = totalsOf(input);
  const r = input.responseRate;
  const margin = input.marginPct / 100;
  const incrementalOrders = totals.persuadable * r;
  const incrementalRevenue = totals.persuadableValue * r;
  const incrementalGrossProfit = margin * incrementalRevenue;
  const contact = totals.contacted * input.contactCostPerCustomer;
  const offer = totals.offerAtZero + totals.offerPerRate * r;
  const total = contact + offer + input.fixedCost;
  const netProfit = incrementalGrossProfit - total;
  const expectedResponders = totals.buyersAnyway + incrementalOrders;
  const n = totals.contacted;
  return {
    contacted: n,
    expectedBuyersAnyway: totals.buyersAnyway,
    expectedResponders,
    expectedResponseRate: n > 0 ? expectedResponders / n : 0,
    expectedUplift: n > 0 ? incrementalOrders / n : 0,
    incrementalOrders,
    incrementalRevenue,
    incrementalGrossProfit,
    cost: { contact, offer, fixed: input.fixedCost, total },
    netProfit,
    roi: total > 0 ? netProfit / total : null,
    breakEvenResponseRate: breakEven(totals, margin),
    assumptions: assumptionsOf(input, totals),
  };
}

/**
 * Solves margin·r·Σ(1−b)v = fixedCosts + offerAtZero + r·offerPerRate for r.
 * Null when the margin on a persuaded order does not even cover its offer, or when r > 1.
 */
function breakEven(totals: Totals, margin: number): number | null {
  const gainPerRate = margin * totals.persuadableValue - totals.offerPerRate;
  const costAtZero = totals.fixedCosts + totals.offerAtZero;
  if (costAtZero <= 0) return 0;
  if (gainPerRate <= 0) return null;
  const rate = costAtZero / gainPerRate;
  return rate <= 1 ? rate : null;
}

/** Net profit at evenly spaced response rates from 0 to `upTo`, for the projection's small chart. */
export function profitCurve(input: ProjectionInput, upTo: number, steps = 20): { responseRate: number; netProfit: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const responseRate = (upTo * i) / steps;
    return { responseRate, netProfit: projectCampaign({ ...input, responseRate }).netProfit };
  });
}

function assumptionsOf(input: ProjectionInput, totals: Totals): ProjectionAssumption[] {
  const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`;
  const meanBaseline = totals.contacted > 0 ? totals.buyersAnyway / totals.contacted : 0;
  return [
    {
      key: 'campaigns.assumption.responseRate',
      params: { responseRate: input.responseRate },
      english: `${percent(input.responseRate)} of the contacted customers who would not have bought anyway buy because of the campaign.`,
    },
    {
      key: 'campaigns.assumption.oneOrderEach',
      params: {},
      english: 'Each persuaded customer places one extra order worth their expected order value.',
    },
    {
      key: input.baselineSource === 'model' ? 'campaigns.assumption.baselineModel' : 'campaigns.assumption.baselineHistory',
      params: { meanBaseline, windowDays: input.windowDays },
      english:
        `On average ${percent(meanBaseline)} of them would buy within ${input.windowDays} days anyway ` +
        (input.baselineSource === 'model' ? '(from the BG/NBD model).' : '(from their order history; the model could not be fitted).'),
    },
    {
      key: input.orderValueSource === 'model' ? 'campaigns.assumption.orderValueModel' : 'campaigns.assumption.orderValueHistory',
      params: {},
      english:
        input.orderValueSource === 'model'
          ? 'Expected order values come from the Gamma-Gamma model.'
          : "Expected order values are each customer's average order (the shop's for customers without one).",
    },
    {
      key: 'campaigns.assumption.offerPaidByAllBuyers',
      params: {},
      english: 'The offer is redeemed by everyone who buys in the window, including those who would have bought anyway.',
    },
    {
      key: 'campaigns.assumption.margin',
      params: { marginPct: input.marginPct },
      english: `Profit counts a ${input.marginPct}% gross margin on the incremental revenue.`,
    },
  ];
}
