/**
 * The Customers table's columns: what each shows, how it is read for sorting and export, and
 * how wide it is. Labels live in the locales under customers.columns.<id>.
 */
import type { CustomerTable } from '../../worker/customers/customer-answers';

export const CUSTOMER_COLUMN_IDS = [
  'customer',
  'firstOrder',
  'lastOrder',
  'orders',
  'revenue',
  'averageOrderValue',
  'daysSinceLastOrder',
  'typicalInterval',
  'recency',
  'frequency',
  'monetary',
  'segment',
  'lapsed',
  'atRisk',
  'probabilityAlive',
  'expectedPurchases90',
  'expectedPurchases365',
  'predictedClv',
] as const;

export type CustomerColumnId = (typeof CUSTOMER_COLUMN_IDS)[number];

export function isCustomerColumnId(value: unknown): value is CustomerColumnId {
  return CUSTOMER_COLUMN_IDS.some((id) => id === value);
}

/** How a cell is formatted on screen. */
export type CellKind = 'customer' | 'day' | 'count' | 'money' | 'days' | 'score' | 'segment' | 'flag' | 'percent' | 'decimal';

export interface CustomerColumn {
  id: CustomerColumnId;
  kind: CellKind;
  /** px */
  width: number;
  /** Whether a click on the header sorts high-to-low first (what a person usually wants for amounts). */
  descendingFirst: boolean;
}

/** In the order shown: who, what they are worth, what the model expects, then the history behind it. */
export const CUSTOMER_COLUMNS: readonly CustomerColumn[] = [
  { id: 'customer', kind: 'customer', width: 240, descendingFirst: false },
  { id: 'segment', kind: 'segment', width: 156, descendingFirst: false },
  { id: 'orders', kind: 'count', width: 80, descendingFirst: true },
  { id: 'revenue', kind: 'money', width: 116, descendingFirst: true },
  { id: 'predictedClv', kind: 'money', width: 124, descendingFirst: true },
  { id: 'probabilityAlive', kind: 'percent', width: 92, descendingFirst: true },
  { id: 'expectedPurchases90', kind: 'decimal', width: 104, descendingFirst: true },
  { id: 'expectedPurchases365', kind: 'decimal', width: 104, descendingFirst: true },
  { id: 'averageOrderValue', kind: 'money', width: 110, descendingFirst: true },
  { id: 'firstOrder', kind: 'day', width: 132, descendingFirst: false },
  { id: 'lastOrder', kind: 'day', width: 132, descendingFirst: true },
  { id: 'daysSinceLastOrder', kind: 'count', width: 104, descendingFirst: false },
  { id: 'typicalInterval', kind: 'days', width: 104, descendingFirst: false },
  { id: 'recency', kind: 'score', width: 52, descendingFirst: true },
  { id: 'frequency', kind: 'score', width: 52, descendingFirst: true },
  { id: 'monetary', kind: 'score', width: 52, descendingFirst: true },
  { id: 'lapsed', kind: 'flag', width: 84, descendingFirst: true },
  { id: 'atRisk', kind: 'flag', width: 84, descendingFirst: true },
];

type NumericColumnId = Exclude<CustomerColumnId, 'customer'>;

const NUMERIC_COLUMN: Record<NumericColumnId, (table: CustomerTable) => ArrayLike<number>> = {
  firstOrder: (table) => table.firstOrderDay,
  lastOrder: (table) => table.lastOrderDay,
  orders: (table) => table.orders,
  revenue: (table) => table.revenue,
  averageOrderValue: (table) => table.averageOrderValue,
  daysSinceLastOrder: (table) => table.daysSinceLastOrder,
  typicalInterval: (table) => table.typicalIntervalDays,
  recency: (table) => table.recencyScore,
  frequency: (table) => table.frequencyScore,
  monetary: (table) => table.monetaryScore,
  segment: (table) => table.segment,
  lapsed: (table) => table.lapsed,
  atRisk: (table) => table.atRisk,
  probabilityAlive: (table) => table.probabilityAlive,
  expectedPurchases90: (table) => table.expectedPurchases90,
  expectedPurchases365: (table) => table.expectedPurchases365,
  predictedClv: (table) => table.predictedClv,
};

/** The column's values for every row (NaN = no value, e.g. no model). */
export function numericColumn(table: CustomerTable, id: NumericColumnId): ArrayLike<number> {
  return NUMERIC_COLUMN[id](table);
}

/** What the customer column shows and sorts by: the name, else the customer key. */
export function displayName(table: Pick<CustomerTable, 'name' | 'key'>, row: number): string {
  return table.name[row] || table.key[row] || '';
}
