/** Hand-made orders for the campaign tests. */
import { parseIsoDate, type NormalizedOrder } from '../../../src-core/model/orders';

let next = 0;

export function order(customerKey: string, date: string, amount: number, extra: Partial<NormalizedOrder> = {}): NormalizedOrder {
  const day = parseIsoDate(date);
  if (day === null) throw new Error(`bad date ${date}`);
  next++;
  return {
    orderId: `o${next}`,
    customerKey,
    customerName: customerKey.split('@')[0] ?? customerKey,
    email: customerKey.includes('@') ? customerKey : '',
    phone: '',
    day,
    amount,
    quantity: 1,
    product: '',
    channel: '',
    country: '',
    discountCode: '',
    currency: 'USD',
    cancelled: false,
    line: next,
    ...extra,
  };
}

export const day = (iso: string): number => {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`bad date ${iso}`);
  return parsed;
};
