/**
 * The model's view of one customer through time: P(alive) evaluated at past dates from the
 * purchases the customer had made by then, under the parameters fitted at the as-of date.
 * It dips while the customer is silent and jumps back at each repeat purchase.
 */
import { probabilityAlive, type BgNbdParams } from '../../../src-core/analytics';
import type { EpochDay } from '../../../src-core/model/orders';
import type { AlivePoint } from './customer-answers';

/** Enough points for a small chart over years of history without flooding it. */
const MAX_POINTS = 400;
const DAYS_PER_WEEK = 7;

/**
 * @param purchaseDays the customer's distinct purchase days, ascending, none after asOf
 * Points: every step (a week, longer for long histories) from the first purchase to asOf, the
 * day before and the day of every purchase (so the jump is drawn where it happens), and asOf.
 * At day d: x = purchase days up to d − 1, t_x = last of them − first, T = d − first, in weeks.
 */
export function aliveOverTime(purchaseDays: readonly EpochDay[], asOf: EpochDay, params: BgNbdParams): AlivePoint[] {
  if (purchaseDays.length === 0) return [];
  const first = purchaseDays[0]!;
  const span = Math.max(0, asOf - first);
  const step = Math.max(DAYS_PER_WEEK, Math.ceil(span / MAX_POINTS));
  const days = new Set<EpochDay>();
  for (let day = first; day <= asOf; day += step) days.add(day);
  for (const day of purchaseDays) {
    if (day - 1 >= first) days.add(day - 1);
    days.add(day);
  }
  days.add(asOf);

  const points: AlivePoint[] = [];
  let made = 0;
  for (const day of [...days].sort((a, b) => a - b)) {
    if (day > asOf) break;
    while (made < purchaseDays.length && purchaseDays[made]! <= day) made++;
    const x = made - 1;
    const tx = (purchaseDays[made - 1]! - first) / DAYS_PER_WEEK;
    const T = (day - first) / DAYS_PER_WEEK;
    points.push({ day, probabilityAlive: probabilityAlive(params, x, tx, T) });
  }
  return points;
}
