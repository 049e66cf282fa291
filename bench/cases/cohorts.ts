/**
 * Monthly cohort matrix with all metrics on 1,000,000 orders of 100,000
 * customers: src-core's prepareFrame + cohortMatrix against DuckDB running the
 * equivalent SQL on the same orders already loaded into an in-memory table.
 * Only the computation is timed (median of several runs after a warm-up);
 * the two answers are compared cell by cell.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { median, optionalModule, peakRssMb, report, round } from '../child';
import { benchOrders, duckdbCsvPath } from '../data';
import { COHORT_MATRIX_SQL, monthLabel } from './cohort-sql';

const RUNS = 9;

const analytics = await optionalModule('src-core/analytics', () => import('../../src-core/analytics/index'));
if (typeof analytics === 'string') {
  report({ name: 'cohorts', skipped: analytics, metrics: {} });
} else {
  const { columns, dictionaries } = benchOrders();
  const frameMs: number[] = [];
  const matrixMs: number[] = [];
  let matrix = analytics.cohortMatrix(analytics.prepareFrame(columns, dictionaries), { period: 'month', cohortKey: 'firstPeriod' });
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const frame = analytics.prepareFrame(columns, dictionaries);
    const framed = performance.now();
    matrix = analytics.cohortMatrix(frame, { period: 'month', cohortKey: 'firstPeriod' });
    matrixMs.push(performance.now() - framed);
    frameMs.push(framed - started);
  }

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const loadStarted = performance.now();
  await connection.run(
    `CREATE TABLE orders AS SELECT * FROM read_csv('${duckdbCsvPath()}', header = true,
       columns = {'customer': 'INTEGER', 'day': 'INTEGER', 'amount': 'DOUBLE', 'cancelled': 'TINYINT'})`,
  );
  const duckdbLoadMs = performance.now() - loadStarted;
  const threads = (await connection.runAndReadAll(`SELECT current_setting('threads') AS threads`)).getRows()[0]![0];
  let rows = (await connection.runAndReadAll(COHORT_MATRIX_SQL)).getRowObjectsJS();
  const duckdbMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    rows = (await connection.runAndReadAll(COHORT_MATRIX_SQL)).getRowObjectsJS();
    duckdbMs.push(performance.now() - started);
  }

  // Same answer? Every cell's counts exactly, money to a millionth (summation order differs).
  const sqlCells = new Map<string, Record<string, unknown>>();
  for (const row of rows) if (row['kind'] === 'cell') sqlCells.set(`${monthLabel(Number(row['cohort']))}/${row['k']}`, row);
  let cells = 0;
  let mismatches = 0;
  for (const row of matrix.rows) {
    row.active.forEach((active, k) => {
      cells++;
      const sql = sqlCells.get(`${row.cohort}/${k}`);
      const same =
        sql !== undefined &&
        sql['customers'] === row.customers &&
        sql['active'] === active &&
        sql['on_or_after'] === row.onOrAfter[k] &&
        sql['orders'] === row.orders[k] &&
        sql['partial'] === row.partial[k] &&
        Math.abs(Number(sql['revenue']) - row.revenue[k]!) < 1e-6 * Math.max(1, row.revenue[k]!) &&
        Math.abs(Number(sql['cumulative_revenue']) - row.cumulativeRevenue[k]!) < 1e-6 * Math.max(1, row.cumulativeRevenue[k]!);
      if (!same) mismatches++;
    });
  }
  const nodeMs = median(frameMs.map((ms, i) => ms + matrixMs[i]!));
  report({
    name: 'cohorts',
    metrics: {
      orders: columns.count,
      cohorts: matrix.rows.length,
      cells,
      cellsDifferingFromDuckdb: mismatches + Math.abs(sqlCells.size - cells),
      runs: RUNS,
      frameMs: round(median(frameMs), 1),
      matrixMs: round(median(matrixMs), 1),
      nodeMs: round(nodeMs, 1),
      duckdbMs: round(median(duckdbMs), 1),
      duckdbThreads: String(threads),
      duckdbLoadMs: Math.round(duckdbLoadMs),
      speedupVsDuckdb: round(median(duckdbMs) / nodeMs, 2),
      peakRssMb: round(peakRssMb()),
    },
  });
}
