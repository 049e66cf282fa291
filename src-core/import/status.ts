/**
 * Order status words in English, Japanese and Russian. Cancelled, voided and
 * failed orders are kept for the record but never counted (DESIGN.md).
 */

const CANCELLED = /cancel|void|fail|storn|annul|declin|reject|abandon|expired|deleted|キャンセル|取消|取り消し|失敗|無効|削除|отмен|аннулир|отказ|ошибк|неудач|удал[её]н/i;
const REFUNDED = /refund|返金|返品|возврат/i;
const PARTIAL = /partial|一部|частичн/i;

export type StatusMeaning = 'counted' | 'cancelled' | 'refunded' | 'partiallyRefunded';

/** Reads a status cell; results are cached because a file has only a handful of distinct statuses. */
export class StatusReader {
  private readonly cache = new Map<string, StatusMeaning>();

  meaning(raw: string): StatusMeaning {
    let meaning = this.cache.get(raw);
    if (meaning !== undefined) return meaning;
    const text = raw.trim();
    if (CANCELLED.test(text)) meaning = 'cancelled';
    else if (REFUNDED.test(text)) meaning = PARTIAL.test(text) ? 'partiallyRefunded' : 'refunded';
    else meaning = 'counted';
    if (this.cache.size < 1000) this.cache.set(raw, meaning);
    return meaning;
  }
}

const TOTALS = /^(?:grand\s+)?(?:total|totals|sum|subtotal|summe|gesamt|gesamtsumme)\b|^(?:итого|итог|всего)|^(?:合計|総計|小計|総合計)/i;

/** A "Total: 12,345" line under a report's table. */
export function looksLikeTotalsRow(record: string[]): boolean {
  let checked = 0;
  for (const cell of record) {
    const text = cell.trim();
    if (text === '') continue;
    if (TOTALS.test(text)) return true;
    if (++checked === 3) return false;
  }
  return false;
}
