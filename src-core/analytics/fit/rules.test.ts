import { describe, expect, it } from 'vitest';
import {
  addFitRule,
  defaultFitRules,
  evaluateFitRules,
  moveFitRule,
  removeFitRule,
  ruleThreshold,
  setRuleThreshold,
  updateFitRule,
  validateFitRules,
  type FitMetrics,
} from './rules';

const metrics = (over: Partial<FitMetrics>): FitMetrics => ({
  lifetimeRevenue: 1000,
  monthlyRevenue: 100,
  grossMargin: 400,
  costToServe: 0,
  profit: 400,
  profitability: 0.4,
  score: 50,
  growth: 0,
  fallingPeriods: 0,
  predictedClv: null,
  ...over,
});

describe('default rules', () => {
  const rules = defaultFitRules();
  it.each([
    ['profit exactly 0 is not a profit', { profit: 0, profitability: 0 }, 'depart', 'depart-unprofitable'],
    ['negative profit', { profit: -1, profitability: -0.001, score: 95, growth: 0.5 }, 'depart', 'depart-unprofitable'],
    ['profitability just under 30 % without growth', { profit: 299.99, profitability: 0.29999 }, 'depart', 'depart-low-profitability'],
    ['profitability exactly 30 % is not under it', { profit: 300, profitability: 0.3 }, 'keep', null],
    ['profitability under 30 % but growing', { profit: 200, profitability: 0.2, growth: 0.01 }, 'keep', null],
    ['profitability under 30 %, growth unknown (too little history)', { profit: 200, profitability: 0.2, growth: null }, 'keep', null],
    ['no revenue and no cost: profit 0', { lifetimeRevenue: 0, profit: 0, profitability: null }, 'depart', 'depart-unprofitable'],
    ['score exactly 70 and growing', { score: 70, growth: 0.001 }, 'grow', 'grow-high-fit'],
    ['score 69.99 and growing', { score: 69.99, growth: 0.2 }, 'keep', null],
    ['score 90 but flat', { score: 90, growth: 0 }, 'keep', null],
    ['score 90, growing, low profitability: growth saves it from Depart and it may grow', { score: 90, growth: 0.1, profitability: 0.1, profit: 100 }, 'grow', 'grow-high-fit'],
  ])('%s', (_name, over, status, ruleId) => {
    const verdict = evaluateFitRules(rules, metrics(over));
    expect(verdict.status).toBe(status);
    expect(verdict.rule?.id ?? null).toBe(ruleId);
  });

  it('uses the threshold given', () => {
    const strict = defaultFitRules({ profitabilityThreshold: 0.5, growScore: 80 });
    expect(evaluateFitRules(strict, metrics({ profitability: 0.4 })).status).toBe('depart');
    expect(evaluateFitRules(strict, metrics({ score: 75, growth: 0.1 })).status).toBe('keep');
    expect(ruleThreshold(strict, 'depart', 'profitability', ['<', '<='])).toBe(0.5);
    expect(ruleThreshold(strict, 'grow', 'score', ['>=', '>'])).toBe(80);
    expect(ruleThreshold(strict, 'keep', 'score', ['>='])).toBeNull();
  });
});

describe('editing rules', () => {
  const base = defaultFitRules();

  it('moves the threshold of every profitability condition of the Depart rules', () => {
    const edited = setRuleThreshold(base, 'depart', 'profitability', '<', 0.45);
    expect(evaluateFitRules(edited, metrics({ profitability: 0.4 })).status).toBe('depart');
    expect(evaluateFitRules(base, metrics({ profitability: 0.4 })).status).toBe('keep');
    // The original is untouched (the editor's undo keeps it).
    expect(base.rules[1]!.when[0]!.value).toBe(0.3);
  });

  it('updates, adds, moves and removes rules', () => {
    const stricter = updateFitRule(base, 'depart-unprofitable', { when: [{ metric: 'profit', op: '<=', value: 100 }] });
    expect(evaluateFitRules(stricter, metrics({ profit: 50, profitability: 0.5 })).status).toBe('depart');

    const complaints = addFitRule(base, { id: 'grow-big-spender', status: 'grow', when: [{ metric: 'monthlyRevenue', op: '>=', value: 500 }] }, 0);
    expect(complaints.rules.map((r) => r.id)).toEqual(['grow-big-spender', 'depart-unprofitable', 'depart-low-profitability', 'grow-high-fit']);
    // First rule wins: a big spender making a loss is Grow while the rule sits first…
    const lossMaker = metrics({ monthlyRevenue: 900, profit: -10, profitability: -0.01 });
    expect(evaluateFitRules(complaints, lossMaker).status).toBe('grow');
    // …and Depart once it is moved after the loss rule.
    const moved = moveFitRule(complaints, 'grow-big-spender', 3);
    expect(moved.rules.map((r) => r.id)).toEqual(['depart-unprofitable', 'depart-low-profitability', 'grow-high-fit', 'grow-big-spender']);
    expect(evaluateFitRules(moved, lossMaker)).toMatchObject({ status: 'depart', rule: { id: 'depart-unprofitable' } });

    const removed = removeFitRule(base, 'depart-low-profitability');
    expect(evaluateFitRules(removed, metrics({ profitability: 0.1, profit: 100 })).status).toBe('keep');
    expect(moveFitRule(base, 'no-such-rule', 0)).toBe(base);
  });

  it('falls back to the status chosen for customers no rule catches', () => {
    expect(evaluateFitRules({ ...base, fallback: 'grow' }, metrics({}))).toEqual({ status: 'grow', rule: null });
  });

  it('reports problems as data', () => {
    expect(validateFitRules(base)).toEqual([]);
    const broken = addFitRule(addFitRule(base, { id: 'depart-unprofitable', status: 'keep', when: [] }), {
      id: ' ',
      status: 'grow',
      when: [{ metric: 'profit', op: '>', value: Number.NaN }],
    });
    expect(validateFitRules(broken)).toEqual([
      { rule: 3, condition: null, message: 'Another rule is already called "depart-unprofitable".' },
      { rule: 3, condition: null, message: 'This rule has no conditions, so it catches every customer and the rules after it never apply.' },
      { rule: 4, condition: null, message: 'A rule needs a name.' },
      { rule: 4, condition: 0, message: 'The value must be a number.' },
    ]);
  });
});
