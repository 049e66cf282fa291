import type { AnalysisColumns } from '../../src-core/data/columnar';

/**
 * Columns as a plain object to compare with toStrictEqual: the order ids read
 * out into an array (the analytics load keeps them packed), and without what
 * analysis does not load (line numbers, quantities) or concatChunks leaves (seq).
 */
export function comparable(columns: AnalysisColumns): Record<string, unknown> {
  const { orderId, ...rest } = columns;
  const { line: _line, quantity: _quantity, seq: _seq, ...analysed } = rest as typeof rest & { line?: unknown; quantity?: unknown; seq?: unknown };
  return { ...analysed, orderId: Array.from({ length: orderId.length }, (_, i) => orderId.at(i)) };
}
