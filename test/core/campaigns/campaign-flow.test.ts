/**
 * The whole campaign on the demo shop: a win-back for lapsed customers is planned,
 * its hold-out drawn, its contact list exported; a later-orders export is imported
 * and the measured uplift comes out of both the core and the `measure` command.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appendOrders, concatChunks, orderStoreFrom } from '../../../src-core/data/columnar';
import { customerValueTable, RFM_SEGMENTS } from '../../../src-core/analytics';
import { importOrders } from '../../../src-core/import';
import { isoDate, type NormalizedOrder } from '../../../src-core/model/orders';
import {
  HISTORY_FIELDS,
  assignHoldout,
  contactListCsv,
  contactRows,
  customerExpectations,
  customerKeyIndex,
  describeOffer,
  findCustomer,
  groupOutcome,
  mailingListCsv,
  measureCampaign,
  minimumDetectableUplift,
  newCampaignPlan,
  offerCodes,
  projectCampaign,
  projectionInputOf,
  resolveTarget,
  rfmStratumOf,
  withAssignment,
} from '../../../src-core/campaigns';
import { runCli } from '../../../src-main/cli/index';

const demo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/demo/demo-shop.json'), 'utf8')) as { orders: NormalizedOrder[] };

describe('a win-back campaign on the demo shop', () => {
  const store = orderStoreFrom(demo.orders, 'USD');
  const columns = concatChunks(store.chunks);
  const asOf = Math.max(...demo.orders.filter((o) => !o.cancelled).map((o) => o.day));
  const table = customerValueTable(columns, asOf);
  const context = { customers: store.customers, summaries: table.summaries, rfmSegment: table.segment };
  const plan = newCampaignPlan({ id: 'winback-demo', tacticId: 'winBack', currency: 'USD', startDay: asOf + 1 });
  const scratch = mkdtempSync(join(tmpdir(), 'campaign-flow-'));

  const resolution = resolveTarget(context, { ...plan, campaignId: plan.id, today: asOf });
  const index = customerKeyIndex(store.customers);
  const drawn = assignHoldout(
    resolution.customerKeys.map((key) => ({ customerKey: key, stratum: rfmStratumOf(context, findCustomer(index, key)) })),
    { share: plan.holdoutShare, seed: plan.seed },
  );
  if (!drawn.ok) throw new Error(drawn.problem);
  const stored = withAssignment(plan, drawn.assignment);
  if (!stored.ok) throw new Error(stored.problem);
  const { targetGroup, holdoutGroup } = drawn.assignment;

  it('targets lapsed customers it can e-mail and holds out 10% of them', () => {
    expect(plan.target).toEqual({ kind: 'lapsed', days: 180 });
    expect(resolution.matched).toBeGreaterThan(200);
    for (const key of resolution.customerKeys) {
      const c = findCustomer(index, key);
      expect(table.summaries.daysSinceLastOrder[c]).toBeGreaterThanOrEqual(180);
      expect(store.customers[c]!.email).toContain('@');
    }
    expect(resolution.notes).toContain('campaigns.targeting.noFitStatuses');
    expect(holdoutGroup.length).toBe(Math.round(resolution.customerKeys.length * 0.1));
    expect(withAssignment(stored.plan, drawn.assignment)).toEqual({ ok: false, problem: 'alreadyAssigned' });
  });

  it('projects the campaign from the fitted models', () => {
    const targetIndexes = targetGroup.map((key) => findCustomer(index, key));
    const expectations = customerExpectations(columns, table, targetIndexes, plan.schedule.windowDays);
    expect(expectations.baselineSource).toBe('model');
    const input = projectionInputOf(plan, expectations);
    expect(input.windowDays).toBe(14);
    const projection = projectCampaign(input);
    expect(projection.contacted).toBe(targetGroup.length);
    expect(projection.expectedBuyersAnyway).toBeGreaterThan(0);
    expect(projection.expectedBuyersAnyway).toBeLessThan(targetGroup.length * 0.2); // lapsed customers rarely come back unprompted
    expect(projection.cost.contact).toBeCloseTo(targetGroup.length * 0.02, 9);
    if (projection.breakEvenResponseRate !== null) {
      expect(projectCampaign({ ...input, responseRate: projection.breakEvenResponseRate }).netProfit).toBeCloseTo(0, 6);
    }
    const meanBaseline = projection.expectedBuyersAnyway / projection.contacted;
    const detectable = minimumDetectableUplift(meanBaseline, targetGroup.length, holdoutGroup.length)!;
    expect(detectable).toBeGreaterThan(0.01);
    expect(detectable).toBeLessThan(0.2);
  });

  it('exports a formula-safe contact list and a mail-tool list without the hold-out, then measures the uplift', async () => {
    const codes = offerCodes(targetGroup, { seed: plan.seed, prefix: 'WB-' });
    const rows = contactRows({
      assignment: drawn.assignment,
      customers: store.customers,
      summaries: table.summaries,
      segmentName: (c) => RFM_SEGMENTS[table.segment[c]!]?.name ?? '',
      offerText: describeOffer(plan.offer).english,
      codes,
    });
    const full = contactListCsv(rows, { fieldColumns: HISTORY_FIELDS });
    const mailing = mailingListCsv(rows, { fieldColumns: HISTORY_FIELDS });
    expect(full.startsWith('\uFEFF')).toBe(true);
    const fullCells = Papa.parse<string[]>(full.slice(1), { skipEmptyLines: true }).data;
    expect(fullCells[0]).toEqual(['customer_key', 'name', 'email', 'phone', 'segment', 'offer', 'code', 'group', ...HISTORY_FIELDS]);
    expect(fullCells).toHaveLength(1 + targetGroup.length + holdoutGroup.length);
    expect(fullCells[1]![5]).toBe('20% off, valid 7 days');
    expect(fullCells[1]![6]).toBe(codes.get(targetGroup[0]!));
    const mailingCells = Papa.parse<string[]>(mailing.slice(1), { skipEmptyLines: true }).data;
    expect(mailingCells.slice(1).map((row) => row[0])).toEqual(targetGroup.map((key) => (/^[=+\-@]/.test(key) ? `'${key}` : key)));
    const mailingFile = join(scratch, 'mailing.csv');
    writeFileSync(mailingFile, mailing);
    const holdoutFile = join(scratch, 'holdout.txt');
    writeFileSync(holdoutFile, holdoutGroup.join('\n'));

    // The later export: 3 in 10 targeted customers and 1 in 10 held-out ones buy in the window;
    // one targeted order falls the day after the window and must not count.
    const start = plan.schedule.startDay!;
    const lines = ['Order ID,Created at,Email,Total,Financial Status'];
    const buyers = targetGroup.filter((_, i) => i % 10 < 3);
    const holdoutBuyers = holdoutGroup.filter((_, i) => i % 10 === 0);
    buyers.forEach((key, i) => lines.push(`W${i},${isoDate(start + (i % 14))},${key},40.00,paid`));
    holdoutBuyers.forEach((key, i) => lines.push(`H${i},${isoDate(start + (i % 14))},${key},40.00,paid`));
    lines.push(`LATE,${isoDate(start + 14)},${targetGroup[5]},99.00,paid`);
    const laterFile = join(scratch, 'later-orders.csv');
    writeFileSync(laterFile, lines.join('\n') + '\n');

    const imported = await importOrders(new Uint8Array(readFileSync(laterFile)), { fileName: 'later-orders.csv' });
    if (!imported.ok) throw new Error(imported.fatal.message);
    const after = appendOrders(store, imported.orders).store;
    const afterColumns = concatChunks(after.chunks);
    const afterIndex = customerKeyIndex(after.customers);
    const window = { startDay: start, windowDays: plan.schedule.windowDays };
    const measurement = measureCampaign(
      groupOutcome(afterColumns, targetGroup.map((key) => findCustomer(afterIndex, key)), window),
      groupOutcome(afterColumns, holdoutGroup.map((key) => findCustomer(afterIndex, key)), window),
      { cost: 100, seed: plan.seed },
    );
    expect(measurement.targeted.responders).toBe(buyers.length);
    expect(measurement.targeted.revenue).toBeCloseTo(buyers.length * 40, 6);
    expect(measurement.holdout.responders).toBe(holdoutBuyers.length);
    expect(measurement.uplift.responseRate).toBeCloseTo(buyers.length / targetGroup.length - holdoutBuyers.length / holdoutGroup.length, 12);
    expect(measurement.verdict.code).toBe('positive');
    expect(measurement.roi).toBeCloseTo((measurement.uplift.incrementalRevenue - 100) / 100, 9);

    // The same numbers from the command line, reading the exported mail-tool list as the targeted IDs.
    let out = '';
    const code = await runCli(
      ['measure', laterFile, '--targeted', mailingFile, '--holdout', holdoutFile, '--start', isoDate(start), '--window-days', String(plan.schedule.windowDays), '--json'],
      { out: (text) => (out += text), err: (text) => (out += text) },
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.targeted.customers).toBe(targetGroup.length);
    expect(doc.targeted.responders).toBe(buyers.length);
    expect(doc.holdout.customers).toBe(holdoutGroup.length);
    expect(doc.holdout.responders).toBe(holdoutBuyers.length);
    expect(doc.uplift.responseRate).toBeCloseTo(measurement.uplift.responseRate, 12);
    expect(doc.uplift.ci95[0]).toBeCloseTo(measurement.uplift.ci95[0], 12);
    expect(doc.uplift.ci95[1]).toBeCloseTo(measurement.uplift.ci95[1], 12);
    expect(doc.uplift.incrementalRevenue).toBeCloseTo(measurement.uplift.incrementalRevenue, 2);
    expect(doc.verdict.code).toBe('positive');
  });
});
