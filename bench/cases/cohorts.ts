/**
 * Monthly cohort matrix with all metrics on 1,000,000 orders of 100,000
 * customers: src-core's prepareFrame + cohortMatrix against DuckDB running the
 * equivalent SQL on the same orders already loaded into an in-memory table.
 * The two answers are compared cell by cell.
 *
 * What is timed, like the app does it:
 * - indexMs: the one-off order index (indexOrders: counted orders sorted by
 *   customer, day), built once when the analytics worker loads a workspace,
 *   like DuckDB's load (duckdbLoadMs). Median of several builds; not in nodeMs.
 * - Per query (median of several runs after a warm-up, each run computing its
 *   frame and matrix afresh; only the index is reused): frameMs = prepareFrame
 *   with the index, matrixMs = cohortMatrix, nodeMs = their sum, against
 *   duckdbMs = the SQL query. Not timed: reading the orders (benchOrders) and
 *   loading the DuckDB table. The worker's cache of the last frame is not used.
 * - filteredFrameMs: prepareFrame for a filtered query (an earlier as-of date
 *   and one acquisition channel), which copies the kept orders out of the index
 *   instead of sharing its arrays as the unfiltered frame does.
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
  const indexMs: number[] = [];
  let index = analytics.indexOrders(columns);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    index = analytics.indexOrders(columns);
    indexMs.push(performance.now() - started);
  }

  const frameMs: number[] = [];
  const matrixMs: number[] = [];
  let matrix = analytics.cohortMatrix(analytics.prepareFrame(columns, dictionaries, {}, index), { period: 'month', cohortKey: 'firstPeriod' });
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const frame = analytics.prepareFrame(columns, dictionaries, {}, index);
    const framed = performance.now();
    matrix = analytics.cohortMatrix(frame, { period: 'month', cohortKey: 'firstPeriod' });
    matrixMs.push(performance.now() - framed);
    frameMs.push(framed - started);
  }

  const filtered = { asOf: (index.lastCountedDay ?? 0) - 30, filters: { channels: [dictionaries.channels[1] ?? ''] } };
  const filteredFrameMs: number[] = [];
  let filteredOrders = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const frame = analytics.prepareFrame(columns, dictionaries, filtered, index);
    if (run > 0) filteredFrameMs.push(performance.now() - started); // run 0 is the warm-up
    filteredOrders = frame.orderCount;
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
      indexMs: round(median(indexMs), 1),
      frameMs: round(median(frameMs), 1),
      matrixMs: round(median(matrixMs), 1),
      nodeMs: round(nodeMs, 1),
      filteredFrameMs: round(median(filteredFrameMs), 1),
      filteredOrders,
      duckdbMs: round(median(duckdbMs), 1),
      duckdbThreads: String(threads),
      duckdbLoadMs: Math.round(duckdbLoadMs),
      speedupVsDuckdb: round(median(duckdbMs) / nodeMs, 2),
      peakRssMb: round(peakRssMb()),
    },
  });
}
