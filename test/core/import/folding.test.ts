/** Folding line-item rows into orders and the other per-row rules of DESIGN.md, on small inline files. */
import { describe, expect, it } from 'vitest';
import { importOrders, type ImportOptions } from '../../../src-core/import';
import { isoDate, type NormalizedOrder } from '../../../src-core/model/orders';

async function importText(text: string, options: Partial<ImportOptions> = {}) {
  const outcome = await importOrders(new TextEncoder().encode(text), { fileName: 'orders.csv', ...options });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  return outcome;
}
const amounts = (orders: NormalizedOrder[]) => Object.fromEntries(orders.map((order) => [order.orderId, order.amount]));

describe('folding line items into orders', () => {
  it('an order total repeated on every line is taken once', async () => {
    const { orders } = await importText('Order ID,Date,Email,Order Total,Item\nA,2024-01-05,a@x.com,30.00,Tee\nA,2024-01-05,a@x.com,30.00,Mug\nB,2024-01-06,b@x.com,5.00,Pin\n');
    expect(amounts(orders)).toEqual({ A: 30, B: 5 });
    expect(orders[0]?.quantity).toBe(2);
    expect(orders[0]?.product).toBe('Tee');
  });

  it('an order total on the first line only is taken once', async () => {
    const { orders } = await importText('Order ID,Date,Email,Total,Item\nA,2024-01-05,a@x.com,30.00,Tee\nA,,,,Mug\nA,,,,Cap\n');
    expect(amounts(orders)).toEqual({ A: 30 });
    expect(orders[0]?.customerKey).toBe('a@x.com');
  });

  it('a "total" that differs between rows of one order is a line amount and is summed', async () => {
    const outcome = await importText('Order ID,Date,Email,Total\nA,2024-01-05,a@x.com,10.00\nA,2024-01-05,a@x.com,20.00\nB,2024-01-06,b@x.com,5.00\nB,2024-01-06,b@x.com,5.00\n');
    expect(amounts(outcome.orders)).toEqual({ A: 30, B: 10 });
    expect(outcome.warnings).toContain("'Total' differs between rows of the same order, so it was treated as a line amount and summed.");
  });

  it('line amounts are summed, or unit price × quantity when there is no line amount', async () => {
    const lines = await importText('Order ID,Date,Email,Line Total\nA,2024-01-05,a@x.com,10.00\nA,2024-01-05,a@x.com,2.50\n');
    expect(amounts(lines.orders)).toEqual({ A: 12.5 });
    const priced = await importText('Order ID,Date,Email,Unit Price,Quantity\nA,2024-01-05,a@x.com,2.50,4\nA,2024-01-05,a@x.com,1.00,1\n');
    expect(amounts(priced.orders)).toEqual({ A: 11 });
    expect(priced.orders[0]?.quantity).toBe(5);
  });

  it('refunds are subtracted once per order; a refunded status without a refund column zeroes the order', async () => {
    const refunds = await importText('Order ID,Date,Email,Total,Refunded Amount\nA,2024-01-05,a@x.com,50.00,20.00\nA,2024-01-05,a@x.com,50.00,20.00\nB,2024-01-06,b@x.com,(10.00),\n');
    expect(amounts(refunds.orders)).toEqual({ A: 30, B: -10 });
    const status = await importText('Order ID,Date,Email,Total,Status\nA,2024-01-05,a@x.com,50.00,Refunded\nB,2024-01-06,b@x.com,20.00,Partially refunded\n');
    expect(amounts(status.orders)).toEqual({ A: 0, B: 20 });
  });

  it('blank order ids on item rows continue the order above', async () => {
    const { orders } = await importText('Order ID,Date,Email,Line Total\nA,2024-01-05,a@x.com,10.00\n,,,2.00\nB,2024-01-06,b@x.com,1.00\n');
    expect(amounts(orders)).toEqual({ A: 12, B: 1 });
  });
});

describe('files without an order id column', () => {
  const text = 'Date,Email,Total\n2024-01-05,a@x.com,10.00\n2024-01-05,a@x.com,10.00\n2024-01-06,b@x.com,7.00\n';
  it('each row is one order, with a stable fingerprint (repeats numbered) so re-imports de-duplicate', async () => {
    const first = await importText(text);
    const again = await importText(`${text}2024-01-07,c@x.com,1.00\n`);
    expect(first.orders).toHaveLength(3);
    const ids = first.orders.map((order) => order.orderId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^row:[0-9a-f]{16}$/);
    expect(ids[1]).toBe(`${ids[0]}:2`);
    expect(again.orders.slice(0, 3).map((order) => order.orderId)).toEqual(ids);
  });
});

describe('customer key', () => {
  it.each([
    ['cus_1', 'A@X.com', '+1 (555) 010-2000', 'Ann', 'cus_1'],
    ['0', ' A@X.com ', '+1 (555) 010-2000', 'Ann', 'a@x.com'],
    ['', '', '+1 (555) 010-2000', 'Ann', '15550102000'],
    ['', '', '', '  Ann Lee ', 'Ann Lee'],
  ])('id %j, email %j, phone %j, name %j → %j', async (id, email, phone, name, key) => {
    const { orders } = await importText(`Order ID,Date,Customer ID,Email,Phone,Name,Total\n1,2024-01-05,${id},${email},"${phone}",${name},5\n`);
    expect(orders[0]?.customerKey).toBe(key);
  });
});

describe('statuses that exclude an order', () => {
  it.each(['cancelled', 'Canceled', 'Voided', 'Failed', 'declined', 'wc-cancelled', 'キャンセル', '取消', 'Отменён', 'отменен', 'Аннулирован', 'storniert'])('%j is cancelled', async (status) => {
    const { orders } = await importText(`Order ID,Date,Email,Total,Status\n1,2024-01-05,a@x.com,5,${status}\n`);
    expect(orders[0]?.cancelled).toBe(true);
  });
  it.each(['paid', 'Completed', 'Refunded', 'pending', '対応済', 'Проведён', 'Оплачен'])('%j is counted', async (status) => {
    const { orders } = await importText(`Order ID,Date,Email,Total,Status\n1,2024-01-05,a@x.com,5,${status}\n`);
    expect(orders[0]?.cancelled).toBe(false);
  });
});

describe('dates across the whole column', () => {
  it('DD/MM is decided by a row far below the sample', async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => `${index},03/04/2024,c${index}@x.com,1`);
    rows.push('last,25/04/2024,z@x.com,1');
    const outcome = await importText(`Order ID,Date,Email,Total\n${rows.join('\n')}\n`);
    expect(isoDate(outcome.orders[0]?.day ?? 0)).toBe('2024-04-03');
    expect(outcome.warnings.filter((warning) => warning.includes('could be day/month'))).toEqual([]);
  });

  it('ambiguous dates follow the user, else a guess that is announced', async () => {
    const text = 'Order ID,Date,Email,Total\n1,03/04/2024,a@x.com,1\n';
    const chosen = await importText(text, { dateOrder: 'DMY' });
    expect(isoDate(chosen.orders[0]?.day ?? 0)).toBe('2024-04-03');
    const guessed = await importText(text);
    expect(isoDate(guessed.orders[0]?.day ?? 0)).toBe('2024-03-04');
    expect(guessed.warnings).toContain('Dates such as 03/04/2024 could be day/month or month/day; they were read as MM/DD/YYYY (choose the date order to change this).');
  });

  it('separate date and time columns: the date column gives the day', async () => {
    const { orders, mapping } = await importText('Order ID,Date,Time,Email,Total\n1,2024-01-05,23:59:59,a@x.com,1\n');
    expect(mapping.orderTime).toBe('Time');
    expect(isoDate(orders[0]?.day ?? 0)).toBe('2024-01-05');
  });

  it('Excel serial numbers in a CSV date column', async () => {
    const { orders } = await importText('Order ID,Order Date,Email,Total\n1,45296,a@x.com,1\n');
    expect(isoDate(orders[0]?.day ?? 0)).toBe('2024-01-05');
  });
});

describe('a confirmed mapping replaces the suggestion', () => {
  it('uses exactly the mapped columns', async () => {
    const { orders, source } = await importText('Ref,When,Who,Gross,Net\nx1,2024-01-05,a@x.com,12.00,10.00\n', {
      mapping: { orderId: 'Ref', orderDate: 'When', email: 'Who', orderTotal: 'Net' },
    });
    expect(source.preset).toBeNull();
    expect(orders.map((order) => [order.orderId, order.customerKey, order.amount])).toEqual([['x1', 'a@x.com', 10]]);
  });
});

describe('report decorations around the table', () => {
  it('title lines, blank lines, footers and totals rows are skipped, not rejected', async () => {
    const outcome = await importText('Sales export\n\nOrder ID,Date,Email,Total\n1,2024-01-05,a@x.com,10.00\n\n2,2024-01-06,b@x.com,5.00\nTotal,,,15.00\nExported by ShopTool 3.1\n');
    expect(outcome.source.headerLine).toBe(3);
    expect(outcome.orders.map((order) => [order.orderId, order.line])).toEqual([['1', 4], ['2', 6]]);
    expect(outcome.source.errors).toEqual([]);
    expect(outcome.warnings).toEqual(['1 totals row was skipped.', '1 line holding a single note (e.g. a footer) was skipped.']);
  });
});
