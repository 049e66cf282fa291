/**
 * Which column of a cost file holds what: the customer key (customer id or
 * e-mail) and the cost columns, recognised from English, Japanese and Russian
 * header names the way order files are. Columns we do not recognise become
 * named "other" costs when their cells are amounts, and are ignored otherwise
 * (a name or a note column is not a cost).
 */
import { normalizeHeader } from '../../import/mapping';
import { parseAmount } from '../../import/numbers';
import { SYNONYMS } from '../../import/presets';

export const COST_FIELDS = ['customerId', 'email', 'labourHours', 'hourlyRate', 'communication', 'hard'] as const;
export type CostField = (typeof COST_FIELDS)[number];

/** cost field → source header, like ColumnMapping for orders. */
export type CostColumnMapping = Partial<Record<CostField, string>>;

const COST_SYNONYMS: Record<CostField, string[]> = {
  customerId: [...SYNONYMS.customerId.exact, 'customer', 'customer key', 'client', 'key', '顧客', '顧客コード', 'клиент', 'покупатель', 'ключ клиента'],
  email: SYNONYMS.email.exact,
  labourHours: [
    'labour_hours', 'labor_hours', 'labour hours', 'labor hours', 'hours', 'labour', 'labor', 'time spent', 'hours spent',
    '作業時間', '工数', '対応時間', '時間', '人件時間', '稼働時間',
    'часы', 'трудозатраты', 'трудозатраты (ч)', 'часы работы', 'рабочие часы', 'затраты времени',
  ],
  hourlyRate: [
    'hourly_rate', 'hourly rate', 'rate', 'rate per hour', 'hour rate', 'cost per hour',
    '時給', '時間単価', '時間あたり単価', '単価',
    'ставка', 'ставка в час', 'почасовая ставка', 'стоимость часа',
  ],
  communication: [
    'communication_cost', 'communication cost', 'communication', 'communications', 'support cost', 'contact cost',
    'コミュニケーション費', 'コミュニケーションコスト', '通信費', '連絡費', '対応費',
    'коммуникации', 'расходы на коммуникацию', 'затраты на коммуникацию', 'стоимость коммуникаций', 'связь',
  ],
  hard: [
    'hard_cost', 'hard cost', 'hard costs', 'hard_costs', 'direct cost', 'direct costs',
    '直接費', '実費', 'ハードコスト', '直接コスト',
    'прямые расходы', 'прямые затраты', 'жесткие затраты', 'жёсткие затраты',
  ],
};

/** Headers that describe the customer rather than cost them: never read as a named cost. */
const NOT_COSTS = new Set([
  ...SYNONYMS.customerName.exact, ...SYNONYMS.phone.exact, ...SYNONYMS.orderDate.exact, ...SYNONYMS.currency.exact, ...SYNONYMS.country.exact,
  'notes', 'note', 'comment', 'comments', 'segment', 'period', 'month', 'year', 'id', '備考', 'メモ', 'セグメント', 'примечание', 'комментарий', 'сегмент',
]);

const FIELD_ORDER: CostField[] = ['customerId', 'email', 'hourlyRate', 'labourHours', 'communication', 'hard'];

const normalise = (header: string) => normalizeHeader(header).replace(/[\s_-]+/g, ' ');

/** Suggests the mapping: exact synonyms (spaces, '_' and '-' alike), first match per field. */
export function suggestCostMapping(headers: readonly string[]): CostColumnMapping {
  const normalised = headers.map(normalise);
  const mapping: CostColumnMapping = {};
  const used = new Set<number>();
  for (const field of FIELD_ORDER) {
    const names = COST_SYNONYMS[field].map(normalise);
    const index = normalised.findIndex((header, at) => !used.has(at) && names.includes(header));
    if (index >= 0) {
      mapping[field] = headers[index];
      used.add(index);
    }
  }
  return mapping;
}

/**
 * The headers that are named other costs: not mapped, not a description of the
 * customer, and with at least one cell that is an amount and none that is text.
 */
export function otherCostColumns(headers: readonly string[], mapping: CostColumnMapping, records: readonly string[][]): { other: string[]; ignored: string[] } {
  const mapped = new Set(Object.values(mapping));
  const other: string[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    if (mapped.has(header)) return;
    if (NOT_COSTS.has(normalizeHeader(header))) {
      ignored.push(header);
      return;
    }
    let amounts = 0;
    let text = 0;
    for (const record of records) {
      const cell = record[index]?.trim() ?? '';
      if (cell === '') continue;
      if (Number.isNaN(parseAmount(cell))) text++;
      else amounts++;
    }
    // A column of amounts with a few typos is still a cost column: the typos become row errors.
    if (amounts > 0 && amounts >= text * 4) other.push(header);
    else ignored.push(header);
  });
  return { other, ignored };
}
