import { describe, expect, it } from 'vitest';
import { profitCurve, projectCampaign, type ProjectionInput } from './projection';

const base: Omit<ProjectionInput, 'customers' | 'responseRate' | 'offer'> = {
  contactCostPerCustomer: 1,
  fixedCost: 10,
  marginPct: 50,
  windowDays: 14,
  baselineSource: 'history',
  orderValueSource: 'history',
};

describe('projectCampaign', () => {
  // Two customers: A buys anyway with 20% and spends 100; B with 50% and spends 50. 20% off, r = 10%.
  const twoCustomers: ProjectionInput = {
    ...base,
    customers: [
      { baselineProbability: 0.2, expectedOrderValue: 100 },
      { baselineProbability: 0.5, expectedOrderValue: 50 },
    ],
    responseRate: 0.1,
    offer: { kind: 'percentOff', percent: 20, validDays: 7 },
  };

  it('computes responders, incremental orders and revenue, costs and ROI by hand', () => {
    const p = projectCampaign(twoCustomers);
    expect(p.contacted).toBe(2);
    expect(p.expectedBuyersAnyway).toBeCloseTo(0.7, 12); // 0.2 + 0.5
    expect(p.incrementalOrders).toBeCloseTo(0.13, 12); // (0.8 + 0.5) × 0.1
    expect(p.expectedResponders).toBeCloseTo(0.83, 12);
    expect(p.expectedResponseRate).toBeCloseTo(0.415, 12);
    expect(p.expectedUplift).toBeCloseTo(0.065, 12);
    expect(p.incrementalRevenue).toBeCloseTo(10.5, 12); // (0.8×100 + 0.5×50) × 0.1
    expect(p.incrementalGrossProfit).toBeCloseTo(5.25, 12);
    // Offer: every buyer redeems 20% — A: (0.2 + 0.8×0.1) × 20 = 5.6, B: (0.5 + 0.5×0.1) × 10 = 5.5.
    expect(p.cost.offer).toBeCloseTo(11.1, 12);
    expect(p.cost.contact).toBe(2);
    expect(p.cost.fixed).toBe(10);
    expect(p.cost.total).toBeCloseTo(23.1, 12);
    expect(p.netProfit).toBeCloseTo(-17.85, 12);
    expect(p.roi).toBeCloseTo(-17.85 / 23.1, 12);
  });

  it('finds the break-even response rate where profit equals cost', () => {
    // 0.5 × 105 r = 2 + 10 + 9 + 21 r  ⇒  r = 21 / 31.5 = 2/3
    const p = projectCampaign(twoCustomers);
    expect(p.breakEvenResponseRate).toBeCloseTo(2 / 3, 12);
    expect(projectCampaign({ ...twoCustomers, responseRate: 2 / 3 }).netProfit).toBeCloseTo(0, 9);
  });

  it('charges a gift sent to everyone per contact, not per buyer', () => {
    const p = projectCampaign({
      ...base,
      marginPct: 100,
      fixedCost: 0,
      contactCostPerCustomer: 0.5,
      customers: Array.from({ length: 10 }, () => ({ baselineProbability: 0, expectedOrderValue: 30 })),
      responseRate: 0.2,
      offer: { kind: 'gift', giftCost: 3, giftTo: 'everyone' },
    });
    expect(p.incrementalOrders).toBeCloseTo(2, 12);
    expect(p.incrementalRevenue).toBeCloseTo(60, 12);
    expect(p.cost).toEqual({ contact: 5, offer: 30, fixed: 0, total: 35 });
    expect(p.roi).toBeCloseTo(25 / 35, 12);
    expect(p.breakEvenResponseRate).toBeCloseTo(35 / 300, 12);
  });

  it('reports no break-even when the offer eats more than the margin', () => {
    const p = projectCampaign({ ...twoCustomers, offer: { kind: 'percentOff', percent: 100, validDays: 7 } });
    expect(p.breakEvenResponseRate).toBeNull();
    expect(p.netProfit).toBeLessThan(0);
  });

  it('caps a fixed amount off at the order value and reports a costless campaign without ROI', () => {
    const p = projectCampaign({
      ...base,
      fixedCost: 0,
      contactCostPerCustomer: 0,
      customers: [{ baselineProbability: 0, expectedOrderValue: 8 }],
      responseRate: 0,
      offer: { kind: 'amountOff', amount: 10, validDays: 7 },
    });
    expect(p.cost.total).toBe(0);
    expect(p.roi).toBeNull();
    expect(p.breakEvenResponseRate).toBe(0);
    const responding = projectCampaign({ ...base, fixedCost: 0, contactCostPerCustomer: 0, customers: [{ baselineProbability: 0, expectedOrderValue: 8 }], responseRate: 1, offer: { kind: 'amountOff', amount: 10, validDays: 7 } });
    expect(responding.cost.offer).toBe(8);
  });

  it('lists its assumptions as data with translation keys', () => {
    const p = projectCampaign(twoCustomers);
    expect(p.assumptions.map((a) => a.key)).toEqual([
      'campaigns.assumption.responseRate',
      'campaigns.assumption.oneOrderEach',
      'campaigns.assumption.baselineHistory',
      'campaigns.assumption.orderValueHistory',
      'campaigns.assumption.offerPaidByAllBuyers',
      'campaigns.assumption.margin',
    ]);
    expect(p.assumptions[2]!.params).toEqual({ meanBaseline: 0.35, windowDays: 14 });
    expect(p.assumptions[0]!.english).toContain('10%');
  });

  it('draws a straight profit line through the break-even point', () => {
    const curve = profitCurve(twoCustomers, 1, 3);
    expect(curve.map((point) => point.responseRate)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(curve[0]!.netProfit).toBeCloseTo(-21, 12);
    expect(curve[2]!.netProfit).toBeCloseTo(0, 9);
  });
});
