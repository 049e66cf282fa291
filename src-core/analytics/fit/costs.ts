/**
 * Cost to serve a customer over the span of the orders up to the as-of date:
 * labour hours × hourly rate + communication + hard costs + named other costs
 * (shipping, returns, discounts given, payment fees, …).
 *
 * Costs are entered per customer, set as defaults per segment, or imported from
 * a cost file. A customer's own entry wins field by field over the segment's
 * default, so "this customer took 40 hours" keeps the segment's hourly rate.
 */

/** What is known about one customer's (or one segment's) cost to serve; absent = not given. */
export interface CostEntry {
  labourHours?: number;
  hourlyRate?: number;
  communication?: number;
  hard?: number;
  /** Named other costs: name → amount. */
  other?: Readonly<Record<string, number>>;
}

export interface CostInputs {
  /** Customer key → costs entered or imported for that customer. */
  byCustomer?: Readonly<Record<string, CostEntry>>;
  /** Segment name → default costs for its customers. */
  bySegment?: Readonly<Record<string, CostEntry>>;
  /** Hourly rate when neither the customer nor the segment gives one. */
  defaultHourlyRate?: number;
}

export interface CostToServe {
  labourHours: number;
  hourlyRate: number;
  labour: number;
  communication: number;
  hard: number;
  other: Record<string, number>;
  total: number;
  /** Where the numbers came from: the customer's entry, the segment default, both, or nothing. */
  source: 'customer' | 'segment' | 'customer+segment' | 'none';
}

export const NO_COST: CostToServe = Object.freeze({
  labourHours: 0,
  hourlyRate: 0,
  labour: 0,
  communication: 0,
  hard: 0,
  other: {},
  total: 0,
  source: 'none',
}) satisfies CostToServe;

function isEmpty(entry: CostEntry | undefined): boolean {
  if (!entry) return true;
  return (
    entry.labourHours === undefined &&
    entry.hourlyRate === undefined &&
    entry.communication === undefined &&
    entry.hard === undefined &&
    Object.keys(entry.other ?? {}).length === 0
  );
}

/** The customer's cost to serve: their own entry over their segment's default over nothing. */
export function costToServe(inputs: CostInputs, customerKey: string, segment?: string): CostToServe {
  const own = inputs.byCustomer?.[customerKey];
  const fallback = segment === undefined ? undefined : inputs.bySegment?.[segment];
  const hasOwn = !isEmpty(own);
  const hasSegment = !isEmpty(fallback);
  if (!hasOwn && !hasSegment) return NO_COST;

  const labourHours = own?.labourHours ?? fallback?.labourHours ?? 0;
  const hourlyRate = own?.hourlyRate ?? fallback?.hourlyRate ?? inputs.defaultHourlyRate ?? 0;
  const communication = own?.communication ?? fallback?.communication ?? 0;
  const hard = own?.hard ?? fallback?.hard ?? 0;
  const other: Record<string, number> = { ...fallback?.other, ...own?.other };
  const labour = labourHours * hourlyRate;
  const total = labour + communication + hard + Object.values(other).reduce((sum, amount) => sum + amount, 0);
  const usedSegment =
    hasSegment &&
    ((own?.labourHours === undefined && fallback?.labourHours !== undefined) ||
      (own?.hourlyRate === undefined && fallback?.hourlyRate !== undefined) ||
      (own?.communication === undefined && fallback?.communication !== undefined) ||
      (own?.hard === undefined && fallback?.hard !== undefined) ||
      Object.keys(fallback?.other ?? {}).some((name) => own?.other?.[name] === undefined));
  const source = hasOwn ? (usedSegment ? 'customer+segment' : 'customer') : 'segment';
  return { labourHours, hourlyRate, labour, communication, hard, other, total, source };
}

/**
 * Two cost entries for the same customer added together (a cost file may list a
 * customer on several rows, e.g. one per month). Hours add up; the hourly rate
 * becomes the one that keeps hours × rate equal to the sum of both labour costs.
 * When only one entry has a rate, its rate applies to all the hours.
 */
export function addCostEntries(a: CostEntry, b: CostEntry): CostEntry {
  const sum = (x: number | undefined, y: number | undefined) => (x === undefined ? y : y === undefined ? x : x + y);
  const merged: CostEntry = {};
  const labourHours = sum(a.labourHours, b.labourHours);
  let hourlyRate = a.hourlyRate ?? b.hourlyRate;
  if (a.hourlyRate !== undefined && b.hourlyRate !== undefined && labourHours !== undefined && labourHours > 0) {
    hourlyRate = ((a.labourHours ?? 0) * a.hourlyRate + (b.labourHours ?? 0) * b.hourlyRate) / labourHours;
  }
  if (labourHours !== undefined) merged.labourHours = labourHours;
  if (hourlyRate !== undefined) merged.hourlyRate = hourlyRate;
  const communication = sum(a.communication, b.communication);
  if (communication !== undefined) merged.communication = communication;
  const hard = sum(a.hard, b.hard);
  if (hard !== undefined) merged.hard = hard;
  if (a.other || b.other) {
    const other: Record<string, number> = { ...a.other };
    for (const [name, amount] of Object.entries(b.other ?? {})) other[name] = (other[name] ?? 0) + amount;
    merged.other = other;
  }
  return merged;
}
