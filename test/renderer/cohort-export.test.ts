/** The cohort matrix and customer list as CSV tables, and the generic export helpers. */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src-renderer/i18n';
import { bytesFromDataUrl, exportFileName, tableCsv } from '../../src-renderer/export/export-file';
import { cohortMatrixTable, customerListTable } from '../../src-renderer/features/cohorts/cohort-table';
import { FOUR_CUSTOMER_ORDERS, HOSTILE, matrixOf } from './cohort-fixtures';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

const t = (key: string, values?: Record<string, string | number>) => i18n.t(key, values);

describe('cohort matrix table', () => {
  it('has the cohort, its size and the metric per offset, with the average row last', () => {
    const matrix = matrixOf(TINY_SHOP_ORDERS);
    expect(cohortMatrixTable(matrix, 'active', t)).toEqual([
      ['Cohort', 'Customers', 'month 0', 'month 1', 'month 2'],
      ['2024-01', 2, 2, 1, 0],
      ['2024-03', 1, 1, undefined, undefined],
      ['Weighted average', 2, 2, 1, null],
    ]);
    expect(cohortMatrixTable(matrix, 'retention', t)[1]).toEqual(['2024-01', 2, 1, 0.5, 0]);
  });

  it('writes formula-safe CSV with a BOM, numbers left as numbers', () => {
    const matrix = matrixOf(FOUR_CUSTOMER_ORDERS, 'quarter');
    const csv = tableCsv(cohortMatrixTable(matrix, 'cumulativeRevenuePerCustomer', t));
    expect(csv).toBe('\uFEFFCohort,Customers,quarter 0\r\n2024-Q1,4,156.25\r\nWeighted average,4,156.25\r\n');

    const hostile = tableCsv(
      customerListTable(
        [
          { index: 0, key: '=HYPERLINK("http://x")', name: HOSTILE, email: '+1@example.com' },
          { index: 1, key: 'ann', name: 'Ann, Jr.', email: '-12.50' },
        ],
        t,
      ),
    );
    expect(hostile).toBe(
      '\uFEFFName,E-mail,Customer key\r\n' +
        `${HOSTILE},'+1@example.com,"'=HYPERLINK(""http://x"")"\r\n` +
        '"Ann, Jr.",-12.50,ann\r\n',
    );
  });
});

describe('export helpers', () => {
  it('makes safe file names from any words', () => {
    expect(exportFileName('Retention % by cohort', 'csv')).toBe('Retention % by cohort.csv');
    expect(exportFileName('2024/03 · month 2: <img>', 'png')).toBe('2024-03 · month 2- -img-.png');
    expect(exportFileName('  ..  ', 'csv')).toBe('export.csv');
    expect(exportFileName('x'.repeat(300), 'csv')).toHaveLength(124);
  });

  it('decodes base64 data URLs to bytes and refuses anything else', () => {
    expect(Array.from(bytesFromDataUrl('data:image/png;base64,iVBORw0K'))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(() => bytesFromDataUrl('data:image/svg+xml;charset=utf-8,%3Csvg')).toThrow(/base64/);
    expect(() => bytesFromDataUrl('https://example.com/x.png')).toThrow();
  });
});
