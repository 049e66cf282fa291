/**
 * Real-export-shaped fixtures, each checked against values computed by hand
 * (test/fixtures/import/expected.json), never against this code's own output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders } from '../../../src-core/import';
import { isoDate } from '../../../src-core/model/orders';

const dir = path.resolve(__dirname, '../../fixtures/import');

interface Expected {
  encoding: string;
  delimiter: string;
  format: string;
  preset: string | null;
  headerLine: number;
  records: number;
  rejected: number;
  orders: number;
  countedOrders: number;
  customers: number;
  revenue: number;
  currency: string;
  cancelled: string[];
  amounts: Record<string, number>;
  days?: Record<string, string>;
  lines?: Record<string, number>;
  customerOf?: Record<string, string>;
  errors?: { line: number; column: string }[];
}

const expectations = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected | string>;
const cases = Object.entries(expectations).filter((entry): entry is [string, Expected] => typeof entry[1] !== 'string');

describe('fixtures shaped like real exports', () => {
  it.each(cases)('%s', async (file, expected) => {
    const outcome = await importOrders(new Uint8Array(readFileSync(path.join(dir, file))), { fileName: file });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    const { source, orders } = outcome;
    expect(source.encoding).toBe(expected.encoding);
    expect(source.delimiter).toBe(expected.delimiter);
    expect(source.format).toBe(expected.format);
    expect(source.preset).toBe(expected.preset);
    expect(source.headerLine).toBe(expected.headerLine);
    expect(source.records).toBe(expected.records);
    expect(source.rejected).toBe(expected.rejected);
    expect(orders).toHaveLength(expected.orders);
    const counted = orders.filter((order) => !order.cancelled);
    expect(counted).toHaveLength(expected.countedOrders);
    expect(new Set(counted.map((order) => order.customerKey)).size).toBe(expected.customers);
    expect(counted.reduce((sum, order) => sum + order.amount, 0)).toBeCloseTo(expected.revenue, 6);
    expect(orders.filter((order) => order.cancelled).map((order) => order.orderId)).toEqual(expected.cancelled);
    const byId = new Map(orders.map((order) => [order.orderId, order]));
    for (const order of counted) expect(order.currency).toBe(expected.currency);
    for (const [id, amount] of Object.entries(expected.amounts)) expect(byId.get(id)?.amount, id).toBeCloseTo(amount, 6);
    for (const [id, day] of Object.entries(expected.days ?? {})) expect(isoDate(byId.get(id)?.day ?? NaN), id).toBe(day);
    for (const [id, line] of Object.entries(expected.lines ?? {})) expect(byId.get(id)?.line, id).toBe(line);
    for (const [id, key] of Object.entries(expected.customerOf ?? {})) expect(byId.get(id)?.customerKey, id).toBe(key);
    expect(source.errors.map(({ line, column }) => ({ line, column }))).toEqual(expected.errors ?? []);
  });
});
