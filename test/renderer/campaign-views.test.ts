/** Projection and measurement views: the figures, the assumptions and power hint in words, the verdict per code. */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src-renderer/i18n';
import { measureCampaign, projectCampaign, profitCurve, type GroupOutcome, type ProjectionInput } from '../../src-core/campaigns';
import type { CampaignFormat } from '../../src-renderer/features/campaigns/campaign-words';
import { groupRows, upliftRows, verdictText } from '../../src-renderer/features/campaigns/measurement-view';
import { assumptionText, powerHint, profitCurveOption, projectionRows } from '../../src-renderer/features/campaigns/projection-view';
import type { CampaignPlanAnswer } from '../../src-renderer/worker/campaigns/campaign-answers';

const format: CampaignFormat = {
  count: (value) => String(value),
  money: (value) => `$${value.toFixed(2)}`,
  moneyCompact: (value) => `$${Math.round(value)}`,
  percent: (share) => `${(share * 100).toFixed(1)}%`,
  day: (day) => `day ${day}`,
  month: (month) => month,
  points: (value) => value.toFixed(1),
};
const t = i18n.getFixedT('en');

/** 100 customers, each b = 0.1 and v = 50; 5% response, 20% off. */
const input: ProjectionInput = {
  customers: Array.from({ length: 100 }, () => ({ baselineProbability: 0.1, expectedOrderValue: 50 })),
  responseRate: 0.05,
  offer: { kind: 'percentOff', percent: 20, validDays: 7 },
  contactCostPerCustomer: 0.5,
  fixedCost: 10,
  marginPct: 40,
  windowDays: 14,
  baselineSource: 'history',
  orderValueSource: 'history',
};

function planAnswer(overrides: Partial<CampaignPlanAnswer> = {}): CampaignPlanAnswer {
  const projection = projectCampaign(input);
  return {
    asOf: 20453,
    resolution: { matched: 120, excluded: [], notes: [], eligible: 111, unknownKeys: 0 },
    groups: { targeted: 100, holdout: 11, stored: false },
    drift: null,
    projection,
    profitCurve: profitCurve(input, 0.2),
    baselineRate: 0.1,
    minimumDetectableUplift: 0.3,
    ...overrides,
  };
}

describe('projection view', () => {
  it('shows the projection’s own numbers, formatted', () => {
    const rows = Object.fromEntries(projectionRows(planAnswer(), format, t).map((row) => [row.id, row]));
    // persuadable = 100 × 0.9 = 90; incremental orders = 4.5; revenue = 225; buyers = 10 + 4.5
    expect(rows['contacted']!.value).toBe('100');
    expect(rows['holdout']!.value).toBe('11');
    expect(rows['incrementalOrders']!.value).toBe('5');
    expect(rows['incrementalRevenue']!.value).toBe('$225.00');
    expect(rows['responders']!.detail).toBe('14.5% of those contacted; 10 would have bought anyway');
    // cost = 50 contact + 20% × 50 × 14.5 buyers = 145 offer + 10 fixed = 205
    expect(rows['cost']!.value).toBe('$205.00');
    expect(rows['cost']!.detail).toBe('contacts $50.00 · offer $145.00 · fixed $10.00');
    expect(rows['netProfit']!.value).toBe('$-115.00');
    // break-even: (60 fixed + 10 × $10 offer to baseline buyers) / (0.4 × 90 × 50 − 90 × $10) = 160 / 900
    expect(rows['breakEven']!.value).toBe('17.8%');
    const neverPays = projectCampaign({ ...input, marginPct: 10 });
    expect(projectionRows(planAnswer({ projection: neverPays }), format, t).find((row) => row.id === 'breakEven')!.value).toBe(
      'Does not pay back at any response rate',
    );
  });

  it('writes every assumption in words with its numbers', () => {
    const texts = projectCampaign(input).assumptions.map((assumption) => assumptionText(assumption, format, t));
    expect(texts[0]).toBe('5.0% of the contacted customers who would not have bought anyway buy because of the campaign.');
    expect(texts[2]).toBe('On average 10.0% of them would buy within 14 days anyway (from their order history; the model could not be fitted).');
    expect(texts[5]).toBe('Profit counts a 40% gross margin on the incremental revenue.');
  });

  it('warns when the planned uplift is below what the groups can detect, and when nothing can be', () => {
    expect(powerHint(planAnswer(), format, t)).toEqual({
      text:
        'With 100 targeted and 11 held out, the measurement can detect an uplift in response of about 30.0 points or more. ' +
        'The planned uplift (4.5 points) is smaller, so the result will probably be inconclusive: contact more customers or hold out more.',
      warning: true,
    });
    expect(powerHint(planAnswer({ minimumDetectableUplift: 0.02 }), format, t).warning).toBe(false);
    expect(powerHint(planAnswer({ minimumDetectableUplift: null }), format, t)).toEqual({
      text: 'With groups this small, no uplift can be measured: contact more customers or hold out more.',
      warning: true,
    });
  });

  it('charts the profit curve with the planned rate marked, and escapes the tooltip', () => {
    const option = profitCurveOption(planAnswer(), 0.05, { xAxis: '<b>x', yAxis: 'y', planned: 'Planned', breakEven: 'Break-even' }, format, {
      text: '#000', grid: '#ccc', line: '#00f', marker: '#f80', fontFamily: 'sans-serif',
    });
    const series = (option['series'] as { data: number[][]; markLine: { data: { xAxis?: number; name: string }[] } }[])[0]!;
    expect(series.data).toHaveLength(21);
    expect(series.data[0]).toEqual([0, profitCurve(input, 0.2)[0]!.netProfit]);
    expect(series.markLine.data[0]).toEqual({ xAxis: 0.05, name: 'Planned' });
    const tooltip = option['tooltip'] as { formatter(items: { value: [number, number] }[]): string };
    expect(tooltip.formatter([{ value: [0.1, 12] }])).toBe('&lt;b&gt;x: 10.0%<br/>y: $12.00');
  });
});

/** A group of n customers, the first `buyers` of whom spent `spend` each in the window. */
function group(n: number, buyers: number, spend: number): GroupOutcome {
  const orders = new Uint32Array(n);
  const revenue = new Float64Array(n);
  for (let i = 0; i < buyers; i++) {
    orders[i] = 1;
    revenue[i] = spend;
  }
  return { customers: n, orders, revenue };
}

describe('measurement view', () => {
  it('puts the two groups side by side', () => {
    const measurement = measureCampaign(group(400, 80, 50), group(100, 10, 50), { resamples: 200 });
    expect(groupRows(measurement, format).map((row) => [row.id, row.targeted, row.holdout])).toEqual([
      ['customers', '400', '100'],
      ['responders', '80', '10'],
      ['responseRate', '20.0%', '10.0%'],
      ['orders', '80', '10'],
      ['revenue', '$4000.00', '$500.00'],
      ['revenuePerCustomer', '$10.00', '$5.00'],
    ]);
    const uplift = Object.fromEntries(upliftRows(measurement, format, t).map((row) => [row.id, row]));
    const [low, high] = measurement.uplift.ci95;
    expect(uplift['responseRate']!.value).toBe('+10.0 pts');
    expect(uplift['responseRate']!.interval).toBe(`95% interval ${low < 0 ? '−' : '+'}${Math.abs(low * 100).toFixed(1)} pts to +${(high * 100).toFixed(1)} pts`);
    expect(uplift['incrementalRevenue']!.value).toBe('+$2000.00');
    expect(uplift['cost']!.value).toBe('—');
  });

  it.each([
    [
      'positive',
      measureCampaign(group(1000, 300, 40), group(1000, 100, 40), { resamples: 100 }),
      /^The campaign raised the response: 30\.0% of targeted customers bought, against 10\.0% of the hold-out, an uplift of 20\.0 points \(95% interval \d+\.\d to \d+\.\d points\)\.$/,
    ],
    [
      'negative',
      measureCampaign(group(1000, 100, 40), group(1000, 300, 40), { resamples: 100 }),
      /^The targeted customers bought less than the hold-out: 10\.0% against 30\.0%, a difference of -20\.0 points/,
    ],
    [
      'inconclusive',
      measureCampaign(group(200, 24, 40), group(50, 5, 40), { resamples: 100 }),
      /^No effect can be claimed: 12\.0% of targeted customers bought, against 10\.0% of the hold-out; the 95% interval -\d+\.\d to \d+\.\d points includes zero\. Groups of this size can only detect an uplift of about \d+\.\d points\.$/,
    ],
    ['noData', measureCampaign(group(100, 10, 40), group(0, 0, 0), { resamples: 100 }), /^Nothing can be measured: the hold-out group is empty\.$/],
  ] as const)('the %s verdict reads as the interval allows', (code, measurement, expected) => {
    expect(measurement.verdict.code).toBe(code);
    expect(verdictText(measurement.verdict, format, t)).toMatch(expected);
  });

  it('adds the small-sample caution and never a claim the interval does not support', () => {
    const measurement = measureCampaign(group(30, 4, 40), group(10, 1, 40), { resamples: 100 });
    expect(measurement.verdict).toMatchObject({ code: 'inconclusive', smallSample: true });
    const text = verdictText(measurement.verdict, format, t);
    expect(text).toMatch(/^No effect can be claimed/);
    expect(text).toMatch(/The groups are small, so treat this as a rough indication\.$/);
    expect(text).not.toMatch(/raised/);
  });

  it('reads in Japanese and Russian too', () => {
    const measurement = measureCampaign(group(1000, 300, 40), group(1000, 100, 40), { resamples: 100 });
    expect(verdictText(measurement.verdict, format, i18n.getFixedT('ja'))).toMatch(/^キャンペーンで反応が上がりました。対象顧客の 30\.0% が購入し/);
    expect(verdictText(measurement.verdict, format, i18n.getFixedT('ru'))).toMatch(/^Кампания повысила отклик: купили 30\.0% клиентов из рассылки/);
  });
});
