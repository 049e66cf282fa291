/**
 * Filters on every analytics query. They are customer-level and judged on the
 * customer's FIRST counted order (like Lifetimely): "channel = web" means
 * customers acquired through the web, with all their later orders whatever the
 * channel. That keeps cohorts whole (a cohort's size never depends on which of
 * its later orders match) and makes every filter O(customers).
 *
 * The date range follows the same rule: it keeps customers acquired inside
 * [from, to] and only their orders up to `to` (which also caps the as-of date),
 * so every order left in the frame is dated inside the range.
 */
import type { EpochDay } from '../model/orders';
import type { OrderDictionaries } from '../data/columnar';

export interface DateRange {
  /** First day included (inclusive); open when absent. */
  from?: EpochDay;
  /** Last day included (inclusive); open when absent. */
  to?: EpochDay;
}

export interface OrderFilters {
  dateRange?: DateRange;
  /** Product of the customer's first order, as written in the data ('' = none recorded). */
  firstProducts?: readonly string[];
  /** Channel of the customer's first order. */
  channels?: readonly string[];
  /** Country of the customer's first order. */
  countries?: readonly string[];
  /**
   * A segment: store customer indexes to keep. Either a mask indexed by the
   * customer's store index (1 = keep) or a set of store indexes.
   */
  customers?: Uint8Array | ReadonlySet<number>;
}

/** Filters turned into dictionary-index masks so checking a customer is a few array reads. */
export interface ResolvedFilters {
  from: number;
  to: number;
  product: Uint8Array | null;
  channel: Uint8Array | null;
  country: Uint8Array | null;
  customers: Uint8Array | ReadonlySet<number> | null;
}

export function resolveFilters(filters: OrderFilters | undefined, dictionaries: OrderDictionaries): ResolvedFilters {
  return {
    from: filters?.dateRange?.from ?? -Infinity,
    to: filters?.dateRange?.to ?? Infinity,
    product: valueMask(filters?.firstProducts, dictionaries.products),
    channel: valueMask(filters?.channels, dictionaries.channels),
    country: valueMask(filters?.countries, dictionaries.countries),
    customers: filters?.customers ?? null,
  };
}

/**
 * Whether a customer, described by the attributes of their first counted order
 * (dictionary indexes), passes the filters. Positional arguments: this runs once
 * per customer while the frame is built, without allocating.
 */
export function customerPassesFilters(
  filters: ResolvedFilters,
  customer: number,
  firstDay: EpochDay,
  firstProduct: number,
  firstChannel: number,
  firstCountry: number,
): boolean {
  if (firstDay < filters.from || firstDay > filters.to) return false;
  if (filters.product && filters.product[firstProduct] !== 1) return false;
  if (filters.channel && filters.channel[firstChannel] !== 1) return false;
  if (filters.country && filters.country[firstCountry] !== 1) return false;
  const segment = filters.customers;
  if (segment) {
    const inSegment = segment instanceof Uint8Array ? segment[customer] === 1 : segment.has(customer);
    if (!inSegment) return false;
  }
  return true;
}

/** A mask over a dictionary: 1 where the value was chosen. Null = no filter. */
function valueMask(chosen: readonly string[] | undefined, dictionary: readonly string[]): Uint8Array | null {
  if (chosen === undefined) return null;
  const wanted = new Set(chosen);
  const mask = new Uint8Array(dictionary.length);
  dictionary.forEach((value, i) => {
    if (wanted.has(value)) mask[i] = 1;
  });
  return mask;
}
