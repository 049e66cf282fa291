/**
 * The Segments panel's numbers: size and value of every RFM segment (in RFM_SEGMENTS order,
 * empty ones included, so the rules read the same every time), and the R × F map of counts.
 */
import { RFM_SEGMENTS, rfmSegmentIndex, type RfmSegmentRule } from '../../../src-core/analytics';
import type { CustomerTable } from '../../worker/customers/customer-answers';

export interface SegmentTile {
  /** Index into RFM_SEGMENTS (what the table filter takes). */
  index: number;
  rule: RfmSegmentRule;
  customers: number;
  /** Share of all customers in the table (0 when it is empty). */
  share: number;
  revenue: number;
  revenueShare: number;
  /** Mean predicted CLV of the segment's customers; NaN without a model or customers. */
  averageClv: number;
}

type SegmentColumns = Pick<CustomerTable, 'rows' | 'segment' | 'revenue' | 'predictedClv'>;

export function segmentTiles(table: SegmentColumns): SegmentTile[] {
  const customers = new Float64Array(RFM_SEGMENTS.length);
  const revenue = new Float64Array(RFM_SEGMENTS.length);
  const clv = new Float64Array(RFM_SEGMENTS.length);
  const valued = new Float64Array(RFM_SEGMENTS.length);
  let totalRevenue = 0;
  for (let row = 0; row < table.rows; row++) {
    const segment = table.segment[row]!;
    if (segment >= RFM_SEGMENTS.length) continue;
    customers[segment]!++;
    revenue[segment]! += table.revenue[row]!;
    totalRevenue += table.revenue[row]!;
    const value = table.predictedClv[row]!;
    if (Number.isFinite(value)) {
      clv[segment]! += value;
      valued[segment]!++;
    }
  }
  return RFM_SEGMENTS.map((rule, index) => ({
    index,
    rule,
    customers: customers[index]!,
    share: table.rows ? customers[index]! / table.rows : 0,
    revenue: revenue[index]!,
    revenueShare: totalRevenue ? revenue[index]! / totalRevenue : 0,
    averageClv: valued[index] ? clv[index]! / valued[index]! : Number.NaN,
  }));
}

export interface RfCell {
  recency: number;
  frequency: number;
  /** Index into RFM_SEGMENTS of the rule that names the cell. */
  segment: number;
  customers: number;
}

/** The 25 cells of the R × F grid, rows from R = 5 (bought lately) down to R = 1, F from 1 to 5. */
export function rfMap(table: Pick<CustomerTable, 'rows' | 'recencyScore' | 'frequencyScore' | 'segment'>): RfCell[] {
  const counts = new Uint32Array(25);
  for (let row = 0; row < table.rows; row++) {
    const r = table.recencyScore[row]!;
    const f = table.frequencyScore[row]!;
    if (r >= 1 && r <= 5 && f >= 1 && f <= 5) counts[(r - 1) * 5 + (f - 1)]!++;
  }
  const cells: RfCell[] = [];
  for (let recency = 5; recency >= 1; recency--) {
    for (let frequency = 1; frequency <= 5; frequency++) {
      cells.push({ recency, frequency, segment: rfmSegmentIndex(recency, frequency), customers: counts[(recency - 1) * 5 + (frequency - 1)]! });
    }
  }
  return cells;
}
