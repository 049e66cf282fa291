/**
 * Every word the report prints, in English, Japanese and Russian. The interface
 * makes completeness a type error: a language missing a string does not compile.
 * Templated strings are functions that take already-formatted values (the
 * renderer escapes what they return).
 */
import type { ChannelId, TacticId, VerdictCode } from '../campaigns';
import type { FitStatus } from '../analytics/fit';
import type { ReportLanguage, ReportSectionId } from './definition';
import { en } from './locale-en';
import { ja } from './locale-ja';
import { ru } from './locale-ru';

export type RfmSegmentId =
  | 'champions'
  | 'loyal'
  | 'potentialLoyalist'
  | 'new'
  | 'promising'
  | 'needAttention'
  | 'aboutToSleep'
  | 'cantLoseThem'
  | 'atRisk'
  | 'lost'
  | 'hibernating';

export type SummaryKpi = 'revenue' | 'orders' | 'activeCustomers' | 'newCustomers' | 'returningCustomers' | 'averageOrderValue' | 'crr';

export interface ReportStrings {
  /** BCP 47 locale for Intl. */
  intlLocale: string;
  defaultTitle: string;
  sections: Record<ReportSectionId, string>;
  notes: string;
  notAvailable: string;
  /** "Page 3 of 12": the text before the page number, between it and the page count, and after. */
  pageOf: [string, string, string];
  period: {
    month: string;
    week: string;
    quarter: string;
    quarterLabel: (year: number, quarter: number) => string;
    weekLabel: (year: number, week: number) => string;
  };
  cover: {
    period: string;
    asOf: string;
    author: string;
    dataRange: (from: string, to: string) => string;
    confidential: string;
  };
  summary: {
    intro: (from: string, to: string, previousFrom: string, previousTo: string) => string;
    measure: string;
    current: string;
    previous: string;
    change: string;
    kpis: Record<SummaryKpi, string>;
    percentagePoints: string;
    allTime: string;
    customers: string;
    repeatRate: string;
    oneTimeBuyerShare: string;
    ordersPerCustomer: string;
    medianDaysToSecondOrder: string;
    days: (days: string) => string;
    predictedClv: (horizonDays: string) => string;
    expectedRepeatPurchases: (horizonDays: string) => string;
    modelNotFitted: string;
  };
  retention: {
    heatmapTitle: string;
    heatmapIntro: string;
    cohort: string;
    customers: string;
    offsets: string;
    partial: string;
    cohortsLeftOut: (count: string) => string;
    curvesTitle: string;
    curvesIntro: string;
    average: string;
    offsetAxis: string;
    retentionAxis: string;
  };
  funnel: {
    intro: string;
    step: (orders: number) => string;
    stepColumn: string;
    customers: string;
    shareOfAll: string;
    fromPrevious: string;
    medianDaysToSecondOrder: (days: string) => string;
    firstProductsTitle: string;
    firstProduct: string;
    cameBack: string;
    repeatRate: string;
    noneRecorded: string;
  };
  segments: {
    intro: string;
    names: Record<RfmSegmentId, string>;
    segment: string;
    customers: string;
    share: string;
    revenue: string;
    revenueShare: string;
  };
  atRisk: {
    intro: (flagged: string, revenue: string) => string;
    none: string;
    customer: string;
    orders: string;
    revenue: string;
    lastOrder: string;
    daysSince: string;
    usualGap: string;
    probabilityAlive: string;
    predictedClv: string;
  };
  fit: {
    intro: string;
    notSetUp: string;
    statuses: Record<FitStatus, string>;
    status: string;
    customers: string;
    lifetimeRevenue: string;
    last12Revenue: string;
    costToServe: string;
    profit: string;
    total: string;
    matrixTitle: string;
    grossMargin: string;
    departTitle: string;
    customer: string;
    profitability: string;
  };
  campaigns: {
    intro: string;
    none: string;
    tactics: Record<TacticId, string>;
    channels: Record<ChannelId, string>;
    offer: {
      none: string;
      percentOff: (percent: string, days: string) => string;
      amountOff: (amount: string, days: string) => string;
      points: (percent: string) => string;
      giftEveryone: (cost: string) => string;
      giftResponders: (cost: string) => string;
    };
    tactic: string;
    channel: string;
    offerLabel: string;
    window: (start: string, days: string) => string;
    windowLabel: string;
    notScheduled: string;
    plannedTitle: string;
    contacted: string;
    expectedResponseRate: string;
    incrementalRevenue: string;
    totalCost: string;
    roi: string;
    breakEven: string;
    measuredTitle: string;
    notMeasured: string;
    group: string;
    targeted: string;
    holdout: string;
    responseRate: string;
    revenuePerCustomer: string;
    uplift: string;
    ci95: (low: string, high: string) => string;
    verdicts: Record<VerdictCode, string>;
    smallSample: string;
  };
  methodology: {
    intro: string;
    definitions: [term: string, definition: string][];
  };
}

export const REPORT_STRINGS = { en, ja, ru } as const satisfies Record<ReportLanguage, ReportStrings>;

export function reportStrings(language: ReportLanguage): ReportStrings {
  return REPORT_STRINGS[language];
}
