/**
 * The import, start to end: records → header → mapping → parsed rows →
 * folded orders, with every unusable row reported as { line, column, message }.
 * One pass over the records; only the first few hundred are held for sniffing.
 */
import { type ColumnMapping, type ImportIssue, type NormalizedOrder } from '../model/orders';
import { DateOrderEvidence } from './dates';
import type { ByteSource } from './encoding';
import { OrderFolder } from './fold';
import { customerKey } from './identity';
import { headerScore, suggestMapping, uniqueHeaders } from './mapping';
import { checkMappingColumns, mappingProblems } from './mapping-check';
import type { RecordBatch } from './records';
import { compileRowReader, recordOf } from './row-reader';
import { openSource, type OpenedSource } from './source';
import type { ImportFailure, ImportOptions, MappingProblem, SourceInfo } from './types';

const HEAD_RECORDS = 500;
const MAX_COLUMNS = 16_384;
/** Beyond this many issues we keep counting but stop listing (memory stays bounded on hopeless files). */
const MAX_LISTED_ISSUES = 100_000;

export interface PipelineResult {
  source: SourceInfo;
  mapping: ColumnMapping;
  orders: NormalizedOrder[];
  warnings: string[];
  /** Sniffed records after the header (preview only). */
  head: { headers: string[]; records: string[][] };
  columnWarnings: Record<string, string[]>;
  /** Preview only (an import fails instead): what the mapping lacks. */
  mappingProblems: MappingProblem[];
}

const fail = (message: string, line = 0, column = ''): ImportFailure => ({ ok: false, fatal: { line, column, message } });
const cancelled = (): ImportFailure => ({ ok: false, cancelled: true, fatal: { line: 0, column: '', message: 'The import was cancelled.' } });
const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

function findHeader(records: string[][]): number {
  const widths = new Map<number, number>();
  for (const record of records.slice(0, 100)) {
    const filled = record.filter((cell) => cell.trim() !== '').length;
    if (filled >= 2) widths.set(filled, (widths.get(filled) ?? 0) + 1);
  }
  const modal = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  let best = -1;
  let bestScore = -1;
  records.slice(0, 30).forEach((record, index) => {
    const { recognised, textCells, filled } = headerScore(record);
    if (filled < Math.max(2, Math.ceil(modal * 0.5)) || textCells < filled * 0.5) return;
    const score = recognised * 10 + (textCells === filled ? 5 : 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runPipeline(bytes: ByteSource, options: ImportOptions, mode: 'preview' | 'import'): Promise<PipelineResult | ImportFailure> {
  if (options.signal?.aborted) return cancelled();
  const opened = openSource(bytes, options);
  if ('message' in opened) return { ok: false, fatal: opened };
  const issues: ImportIssue[] = [];
  const warnings = [...opened.warnings];
  let extraIssues = 0;
  const report = (issue: ImportIssue) => {
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
    else extraIssues++;
  };

  // Sniff: hold the first records to find the header and suggest the mapping.
  const headRecords: string[][] = [];
  const headLines: number[] = [];
  let bytesDone = 0;
  let exhausted = false;
  const pull = (): RecordBatch | null => {
    const next = opened.batches.next();
    if (next.done) return null;
    const fatalIssue = next.value.issues.find((issue) => issue.line === 0);
    if (fatalIssue) throw new FatalSourceError(fatalIssue.message);
    next.value.issues.forEach(report);
    bytesDone = next.value.bytesDone;
    return next.value;
  };
  try {
    while (headRecords.filter((record) => !isBlank(record)).length < HEAD_RECORDS) {
      const batch = pull();
      if (!batch) {
        exhausted = true;
        break;
      }
      // One by one: a batch can hold hundreds of thousands of records, too many for spread arguments.
      for (let i = 0; i < batch.records.length; i++) {
        headRecords.push(batch.records[i] ?? []);
        headLines.push(batch.lines[i] ?? 0);
      }
    }
  } catch (error) {
    if (error instanceof FatalSourceError) return fail(error.message);
    throw error;
  }
  if (headRecords.every(isBlank)) return fail(issues[0] ? `No rows could be read. ${issues[0].message}` : 'The file is empty.');
  const wide = headRecords.findIndex((record) => record.length > MAX_COLUMNS);
  if (wide >= 0) {
    const count = (headRecords[wide]?.length ?? 0).toLocaleString('en-US');
    return fail(`Line ${headLines[wide]} has ${count} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are supported.`, headLines[wide] ?? 0);
  }
  const headerIndex = findHeader(headRecords);
  if (headerIndex < 0) {
    const widest = headRecords.reduce((most, record) => Math.max(most, record.length), 0);
    if (widest < 2) return fail('No table was found: every line holds a single column (is this an order export?).');
    return fail('No header row was found: the first rows hold only numbers and dates, not column names.');
  }
  const rawHeaders = headRecords[headerIndex] ?? [];
  const headerLine = headLines[headerIndex] ?? 1;
  const { headers, duplicates } = uniqueHeaders(rawHeaders);
  for (const name of duplicates) warnings.push(`The column name '${name}' appears more than once; the later ones are called '${name} (2)', '${name} (3)'…`);
  const sample = headRecords.slice(headerIndex + 1).filter((record) => !isBlank(record));
  if (sample.length === 0 && exhausted) return fail('Only a header row was found; there are no orders.', headerLine);

  let preset: string | null = null;
  let presetCurrency = '';
  let mapping: ColumnMapping;
  if (options.mapping) {
    const checked = checkMappingColumns(options.mapping, headers);
    if (checked.problem) return fail(checked.problem);
    mapping = checked.mapping;
  } else {
    const suggestion = suggestMapping(headers, sample.slice(0, 1000));
    mapping = suggestion.mapping;
    preset = suggestion.preset;
    presetCurrency = suggestion.presetCurrency;
  }
  const problems = mappingProblems(mapping);
  const reader = compileRowReader(headers, mapping, sample, opened);
  if (problems.length > 0) {
    // The CLI and the worker's import need a complete mapping; the preview lets the user finish it by hand.
    if (mode === 'import') return fail(problems[0]?.message ?? '', headerLine);
    const source = sourceInfo(options, opened, preset, headerLine, headers, sample.length, issues.length, issues);
    source.sampled = !exhausted;
    return { source, mapping, orders: [], warnings, head: { headers, records: sample }, columnWarnings: reader.columnWarnings(sample), mappingProblems: problems };
  }

  const folder = new OrderFolder();
  const dateEvidence = new DateOrderEvidence();
  let records = 0;
  let rejectedRows = 0;
  let totalsRows = 0;
  let noteRows = 0;
  let lastYield = Date.now();
  const sourceIssues = issues.length;
  rejectedRows += sourceIssues;

  const consume = (record: string[], line: number) => {
    if (isBlank(record)) return;
    const outcome = reader.read(record, line);
    if (outcome === 'totals') {
      totalsRows++;
      return;
    }
    if (outcome === 'note') {
      noteRows++;
      return;
    }
    records++;
    if (outcome !== null) {
      rejectedRows++;
      report(outcome);
      return;
    }
    const row = reader.row;
    dateEvidence.add(row.date);
    if (!reader.hasOrderId) {
      row.orderId = reader.fingerprint(record);
    } else if (row.orderId === '') {
      // Some exports leave the order id blank on an order's later item rows.
      const continues = folder.size > 0 && Number.isNaN(row.date) && customerKey({ id: row.customerId, email: row.email, phone: row.phone, name: row.customerName }) === '';
      row.orderId = continues ? (folder.ids[folder.size - 1] ?? '') : reader.fingerprint(record);
    }
    folder.add(row);
  };

  for (let i = headerIndex + 1; i < headRecords.length; i++) consume(headRecords[i] ?? [], headLines[i] ?? 0);
  if (mode === 'import') {
    try {
      for (let batch = exhausted ? null : pull(); batch; batch = pull()) {
        const { records: batchRecords, lines } = batch;
        for (let i = 0; i < batchRecords.length; i++) consume(batchRecords[i] ?? [], lines[i] ?? 0);
        rejectedRows += batch.issues.length;
        if (Date.now() - lastYield > 30) {
          options.onProgress?.({ records, bytesDone, bytesTotal: bytes.length });
          await tick();
          lastYield = Date.now();
          if (options.signal?.aborted) return cancelled();
        }
      }
    } catch (error) {
      if (error instanceof FatalSourceError) return fail(error.message);
      throw error;
    }
    exhausted = true;
  }
  if (options.signal?.aborted) return cancelled();
  options.onProgress?.({ records, bytesDone: mode === 'import' ? bytes.length : bytesDone, bytesTotal: bytes.length });

  const hint = reader.europeanHints ? 'DMY' : 'MDY';
  const decided = dateEvidence.decide(options.dateOrder, hint);
  if (decided.guessed) {
    warnings.push(`Dates such as 03/04/2024 could be day/month or month/day; they were read as ${decided.order === 'DMY' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'} (choose the date order to change this).`);
  }
  const orders: NormalizedOrder[] = [];
  let cancelledCount = 0;
  const deliver = mode === 'import' ? options.onOrders : undefined;
  const rejected = folder.finish(decided.order, reader.defaultCurrency || presetCurrency, mapping.refundAmount !== undefined, (batch) => {
    for (const order of batch) if (order.cancelled) cancelledCount++;
    if (deliver) deliver(batch);
    else for (const order of batch) orders.push(order);
  });
  for (const order of rejected) {
    rejectedRows += order.rows;
    const column = order.missing === 'date' ? mapping.orderDate ?? '' : order.missing === 'customer' ? mapping.customerId ?? mapping.email ?? mapping.phone ?? mapping.customerName ?? '' : mapping.orderTotal ?? mapping.lineAmount ?? mapping.unitPrice ?? '';
    const what = order.missing === 'date' ? 'no usable order date' : order.missing === 'customer' ? 'no customer id, e-mail, phone or name' : 'no amount';
    const rows = order.rows > 1 ? `order ${order.orderId} (${order.rows} rows)` : 'the row';
    report({ line: order.line, column, message: `Line ${order.line}: ${what}; ${rows} was skipped.` });
  }
  if (totalsRows > 0) warnings.push(`${totalsRows} totals row${totalsRows > 1 ? 's were' : ' was'} skipped.`);
  if (noteRows > 0) warnings.push(`${noteRows} line${noteRows > 1 ? 's' : ''} holding a single note (e.g. a footer) ${noteRows > 1 ? 'were' : 'was'} skipped.`);
  if (extraIssues > 0) warnings.push(`${extraIssues.toLocaleString('en-US')} more rejected rows are not listed.`);
  if (folder.totalVaries && mapping.orderTotal) warnings.push(`'${mapping.orderTotal}' differs between rows of the same order, so it was treated as a line amount and summed.`);
  issues.sort((a, b) => a.line - b.line);
  if (cancelledCount > 0) warnings.push(`${cancelledCount} cancelled, voided or failed order${cancelledCount > 1 ? 's are' : ' is'} kept but not counted.`);

  const source = sourceInfo(options, opened, preset, headerLine, headers, records, rejectedRows, issues);
  if (mode === 'preview') source.sampled = !exhausted;
  return { source, mapping, orders, warnings, head: { headers, records: sample }, columnWarnings: mode === 'preview' ? reader.columnWarnings(sample) : recordOf([]), mappingProblems: [] };
}

function sourceInfo(options: ImportOptions, opened: OpenedSource, preset: string | null, headerLine: number, headers: string[], records: number, rejected: number, errors: ImportIssue[]): SourceInfo {
  const { format, encoding, delimiter, sheet, sheets } = opened;
  return { file: options.fileName, format, encoding, delimiter, sheet, sheets, preset, headerLine, headers, records, rejected, errors };
}

class FatalSourceError extends Error {}

