/**
 * Checks a mapping against the file: a confirmed mapping may only name
 * columns the file has, and an import needs a date, an amount and a customer
 * (DESIGN.md). The preview reports what is missing so the user can choose the
 * columns by hand; the import refuses to start without them.
 */
import { CANONICAL_FIELDS, type ColumnMapping } from '../model/orders';
import type { MappingProblem } from './types';

/** The mapping restricted to canonical fields, or the first column it names that the file lacks. */
export function checkMappingColumns(mapping: ColumnMapping, headers: readonly string[]): { mapping: ColumnMapping; problem: string | null } {
  const clean: ColumnMapping = {};
  for (const field of CANONICAL_FIELDS) {
    // Own properties only: a mapping parsed from a user's JSON file may carry anything.
    const header: unknown = Object.prototype.hasOwnProperty.call(mapping, field) ? mapping[field] : undefined;
    if (header === undefined || header === '') continue;
    if (typeof header !== 'string' || !headers.includes(header)) {
      return { mapping: clean, problem: `The mapping names the column '${String(header)}' for ${field}, but the file has no such column.` };
    }
    clean[field] = header;
  }
  return { mapping: clean, problem: null };
}

/** What the mapping still lacks for an import, in the order a person fixes it (empty when complete). */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.orderDate) {
    problems.push({ need: 'date', fields: ['orderDate'], message: "No column looks like an order date (expected e.g. 'Created at', '注文日', 'Дата')." });
  }
  if (!mapping.orderTotal && !mapping.lineAmount && !mapping.unitPrice) {
    problems.push({ need: 'amount', fields: ['orderTotal', 'lineAmount', 'unitPrice'], message: "No column looks like an order amount (expected e.g. 'Total', '合計金額', 'Сумма')." });
  }
  if (!mapping.customerId && !mapping.email && !mapping.phone && !mapping.customerName) {
    problems.push({
      need: 'customer',
      fields: ['customerId', 'email', 'phone', 'customerName'],
      message: "No column identifies the customer (expected e.g. 'Email', 'Customer ID', 'メールアドレス', 'Покупатель').",
    });
  }
  return problems;
}
