import { describe, expect, it } from 'vitest';
import { addCostEntries, costToServe, NO_COST, type CostInputs } from './costs';

const inputs: CostInputs = {
  byCustomer: {
    c1: { labourHours: 10, hourlyRate: 50, communication: 20, hard: 30, other: { shipping: 15, 'payment fees': 5 } },
    c2: { labourHours: 4 },
    c3: {},
  },
  bySegment: { Champions: { hourlyRate: 40, communication: 12, other: { shipping: 8 } } },
  defaultHourlyRate: 25,
};

describe('costToServe', () => {
  it('adds labour hours × rate, communication, hard and named costs', () => {
    expect(costToServe(inputs, 'c1')).toEqual({
      labourHours: 10,
      hourlyRate: 50,
      labour: 500,
      communication: 20,
      hard: 30,
      other: { shipping: 15, 'payment fees': 5 },
      total: 570,
      source: 'customer',
    });
  });

  it('fills what the customer lacks from their segment, field by field', () => {
    // 4 h × 40 (segment rate) + 12 communication + 8 shipping.
    expect(costToServe(inputs, 'c2', 'Champions')).toMatchObject({ labour: 160, communication: 12, total: 180, source: 'customer+segment' });
    // Without a segment the workspace hourly rate applies: 4 × 25.
    expect(costToServe(inputs, 'c2')).toMatchObject({ hourlyRate: 25, total: 100, source: 'customer' });
    expect(costToServe(inputs, 'c9', 'Champions')).toMatchObject({ total: 20, source: 'segment' });
  });

  it('is zero when nothing is known', () => {
    expect(costToServe(inputs, 'c3')).toBe(NO_COST);
    expect(costToServe({}, 'anyone', 'Champions')).toBe(NO_COST);
    expect(NO_COST.total).toBe(0);
  });
});

describe('addCostEntries', () => {
  it('adds hours and keeps hours × rate equal to both labour costs', () => {
    const sum = addCostEntries({ labourHours: 2, hourlyRate: 100, other: { shipping: 3 } }, { labourHours: 6, hourlyRate: 20, hard: 5, other: { shipping: 4, fees: 1 } });
    // Labour 2 × 100 + 6 × 20 = 320 over 8 hours: 40 an hour.
    expect(sum).toEqual({ labourHours: 8, hourlyRate: 40, hard: 5, other: { shipping: 7, fees: 1 } });
  });
  it('uses the one known rate for all the hours', () => {
    expect(addCostEntries({ labourHours: 2 }, { labourHours: 3, hourlyRate: 10 })).toEqual({ labourHours: 5, hourlyRate: 10 });
    expect(addCostEntries({ communication: 1 }, {})).toEqual({ communication: 1 });
  });
});
