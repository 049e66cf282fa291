/**
 * The monthly acquisition-cohort matrix of src-core/analytics/cohorts.ts as one
 * DuckDB query over orders(customer, day, amount, cancelled), day = epoch day:
 * per cohort and offset k the cohort size, active customers, "on or after",
 * revenue, cumulative revenue, orders and the per-customer rates, the partial
 * flag of a still-running as-of month, and the weighted average row.
 */
export const COHORT_MATRIX_SQL = `
WITH counted AS (
  SELECT customer, day, amount,
         CAST(year(DATE '1970-01-01' + day) * 12 + month(DATE '1970-01-01' + day) - 1 AS INTEGER) AS period
  FROM orders WHERE cancelled = 0
),
as_of AS (
  SELECT max(period) AS last_period,
         last_day(DATE '1970-01-01' + max(day)) > DATE '1970-01-01' + max(day) AS running
  FROM counted
),
firsts AS (SELECT customer, min(period) AS cohort FROM counted GROUP BY customer),
tagged AS (SELECT f.cohort, c.period - f.cohort AS k, c.customer, c.amount FROM counted c JOIN firsts f USING (customer)),
cells AS (
  SELECT cohort, k, count(DISTINCT customer) AS active, sum(amount) AS revenue, count(*) AS orders
  FROM tagged GROUP BY cohort, k
),
last_offsets AS (
  SELECT cohort, k, count(*) AS leaving
  FROM (SELECT cohort, customer, max(k) AS k FROM tagged GROUP BY cohort, customer)
  GROUP BY cohort, k
),
sizes AS (SELECT cohort, count(*) AS customers FROM firsts GROUP BY cohort),
grid AS (SELECT cohort, customers, unnest(range(0, (SELECT last_period FROM as_of) - cohort + 1)) AS k FROM sizes),
matrix AS (
  SELECT g.cohort, g.k, g.customers,
         coalesce(c.active, 0) AS active,
         sum(coalesce(l.leaving, 0)) OVER (PARTITION BY g.cohort ORDER BY g.k DESC) AS on_or_after,
         coalesce(c.revenue, 0) AS revenue,
         sum(coalesce(c.revenue, 0)) OVER (PARTITION BY g.cohort ORDER BY g.k) AS cumulative_revenue,
         coalesce(c.orders, 0) AS orders,
         (SELECT running FROM as_of) AND g.cohort + g.k = (SELECT last_period FROM as_of) AS partial
  FROM grid g LEFT JOIN cells c USING (cohort, k) LEFT JOIN last_offsets l USING (cohort, k)
)
SELECT 'cell' AS kind, cohort, CAST(k AS INTEGER) AS k, CAST(customers AS INTEGER) AS customers,
       CAST(active AS INTEGER) AS active, active / customers AS retention,
       CAST(on_or_after AS INTEGER) AS on_or_after, on_or_after / customers AS on_or_after_rate,
       revenue, revenue / customers AS revenue_per_customer,
       cumulative_revenue, cumulative_revenue / customers AS cumulative_revenue_per_customer,
       CAST(orders AS INTEGER) AS orders, partial
FROM matrix
UNION ALL
SELECT 'average', NULL, CAST(k AS INTEGER), CAST(sum(customers) AS INTEGER),
       CAST(sum(active) AS INTEGER), sum(active) / sum(customers),
       CAST(sum(on_or_after) AS INTEGER), sum(on_or_after) / sum(customers),
       sum(revenue), sum(revenue) / sum(customers),
       sum(cumulative_revenue), sum(cumulative_revenue) / sum(customers),
       CAST(sum(orders) AS INTEGER), false
FROM matrix WHERE NOT partial GROUP BY k
ORDER BY kind DESC, cohort, k
`;

/** `2024-01` for the month index year × 12 + month − 1 that the query uses. */
export function monthLabel(period: number): string {
  return `${Math.floor(period / 12)}-${String((period % 12) + 1).padStart(2, '0')}`;
}
