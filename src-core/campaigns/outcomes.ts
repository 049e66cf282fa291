/**
 * What each customer of a group did in the campaign window: counted orders and
 * revenue in [start, start + windowDays). Per customer, so the bootstrap can
 * resample customers.
 */
import type { AnalysisColumns } from '../data/columnar';
import type { EpochDay } from '../model/orders';

export interface CampaignWindow {
  startDay: EpochDay;
  windowDays: number;
}

export interface GroupOutcome {
  customers: number;
  /** Counted orders of the group's i-th customer in the window. */
  orders: Uint32Array;
  /** Their net revenue in the window. */
  revenue: Float64Array;
}

/**
 * Outcomes of a group given as store customer indexes; −1 stands for a customer the orders
 * do not know (they are in the group and bought nothing). Cancelled orders never count.
 */
export function groupOutcome(columns: AnalysisColumns, customerIndexes: readonly number[], window: CampaignWindow): GroupOutcome {
  const end = window.startDay + window.windowDays;
  const slotOf = new Map<number, number[]>();
  customerIndexes.forEach((c, slot) => {
    if (c < 0) return;
    const slots = slotOf.get(c);
    if (slots) slots.push(slot);
    else slotOf.set(c, [slot]);
  });
  const orders = new Uint32Array(customerIndexes.length);
  const revenue = new Float64Array(customerIndexes.length);
  for (let i = 0; i < columns.count; i++) {
    const day = columns.day[i]!;
    if (columns.cancelled[i] !== 0 || day < window.startDay || day >= end) continue;
    const slots = slotOf.get(columns.customer[i]!);
    if (!slots) continue;
    for (const slot of slots) {
      orders[slot]!++;
      revenue[slot]! += columns.amount[i]!;
    }
  }
  return { customers: customerIndexes.length, orders, revenue };
}
