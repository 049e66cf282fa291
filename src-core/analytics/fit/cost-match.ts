/**
 * Attaching the rows of a cost file to the customers of the orders. A row's
 * customer id must equal a customer key; an e-mail matches a customer's e-mail
 * (or an e-mail key) whatever its case. A row naming nobody we know is reported
 * with its line and listed, never silently dropped.
 */
import type { CustomerRecord } from '../../data/columnar';
import type { ImportIssue } from '../../model/orders';
import type { CostFileRow } from './cost-file';
import { addCostEntries, type CostEntry } from './costs';

export interface CostMatch {
  /** Customer key → the costs of every row that names them, added together. */
  byCustomer: Record<string, CostEntry>;
  /** Rows attached to a customer. */
  matchedRows: number;
  /** Distinct keys (ids, else e-mails) of rows that named no customer, in file order. */
  unknownKeys: string[];
  /** One issue per row that named no customer. */
  errors: ImportIssue[];
}

export function matchCostRows(rows: readonly CostFileRow[], customers: readonly CustomerRecord[], keyColumn = ''): CostMatch {
  const byKey = new Map<string, string>();
  const byEmail = new Map<string, string>();
  for (const customer of customers) {
    byKey.set(customer.key, customer.key);
    const email = customer.email.trim().toLowerCase();
    if (email !== '' && !byEmail.has(email)) byEmail.set(email, customer.key);
    // A customer keyed by e-mail (no id column in the orders) is found by that e-mail too.
    if (customer.key.includes('@')) byEmail.set(customer.key.toLowerCase(), customer.key);
  }

  // No prototype: a customer id such as '__proto__' must stay an ordinary key.
  const byCustomer: Record<string, CostEntry> = Object.create(null) as Record<string, CostEntry>;
  const unknown = new Set<string>();
  const errors: ImportIssue[] = [];
  let matchedRows = 0;
  for (const row of rows) {
    const key =
      (row.customerId !== '' ? byKey.get(row.customerId) ?? byEmail.get(row.customerId.toLowerCase()) : undefined) ??
      (row.email !== '' ? byEmail.get(row.email) : undefined);
    if (key === undefined) {
      const named = row.customerId || row.email;
      unknown.add(named);
      errors.push({ line: row.line, column: keyColumn, message: `Line ${row.line}: no customer "${named}" in the orders; these costs were not applied.` });
      continue;
    }
    matchedRows++;
    const known = byCustomer[key];
    byCustomer[key] = known ? addCostEntries(known, row.costs) : row.costs;
  }
  return { byCustomer, matchedRows, unknownKeys: [...unknown], errors };
}
