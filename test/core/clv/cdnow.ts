/** Loads the CDNOW sample (Fader & Hardie's standard data set) into the app's columnar shape. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { concatChunks, orderStoreFrom, type OrderColumns, type OrderStore } from '../../../src-core/data/columnar';
import { epochDayFromYmd, type NormalizedOrder } from '../../../src-core/model/orders';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cdnowFolder = path.resolve(repoRoot, '../shared/data/cdnow');
export const cdnowAvailable = existsSync(path.join(cdnowFolder, 'CDNOW_sample.txt'));

export const CALIBRATION_END = epochDayFromYmd(1997, 9, 30);
export const HOLDOUT_END = epochDayFromYmd(1998, 6, 30);

/** `master_id sample_id YYYYMMDD cds dollars`, whitespace-separated, no header; customer key = sample id. */
export function loadCdnowSample(): { store: OrderStore; columns: OrderColumns } {
  const orders: NormalizedOrder[] = [];
  readFileSync(path.join(cdnowFolder, 'CDNOW_sample.txt'), 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      const fields = text.trim().split(/\s+/);
      if (fields.length < 5) return;
      const [, sampleId = '', date = '', cds = '', dollars = ''] = fields;
      orders.push({
        orderId: `line-${i + 1}`,
        customerKey: String(Number(sampleId)),
        customerName: '',
        email: '',
        phone: '',
        day: epochDayFromYmd(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))),
        amount: Number(dollars),
        quantity: Number(cds),
        product: '',
        channel: '',
        country: '',
        discountCode: '',
        currency: 'USD',
        cancelled: false,
        line: i + 1,
      });
    });
  const store = orderStoreFrom(orders, 'USD');
  return { store, columns: concatChunks(store.chunks) };
}

/** Rows of a small numeric CSV with a header, keyed by column name. */
export function readCsv(name: string): Record<string, number>[] {
  const [header = '', ...lines] = readFileSync(path.join(cdnowFolder, name), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i] ?? '', Number(value)])));
}
