/** Search, segment and flag filters, the "lapsed after" setting, the row count and the CSV export. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RFM_SEGMENTS } from '../../../src-core/analytics';
import { isoDate } from '../../../src-core/model/orders';
import { useAppStore } from '../../state/store';
import { selectors } from '../../state/selectors';
import type { CustomerTable } from '../../worker/customers/customer-answers';
import { annotationIndex, customerCsvRows, type CsvColumnId } from './customer-csv';
import { csvFileName, saveCustomersCsv } from './customer-export';
import type { FlagFilter } from './customer-table-model';
import { INITIAL_CUSTOMERS_VIEW, MAX_LAPSED_DAYS, MIN_LAPSED_DAYS } from './customers-view-slice';
import { useCustomerFormat } from './use-customer-format';
import { useCustomerNotes } from './use-customer-data';

const FLAGS: readonly FlagFilter[] = ['all', 'lapsed', 'atRisk'];
const FLAG_LABEL = { all: 'customers.toolbar.flagAll', lapsed: 'customers.toolbar.flagLapsed', atRisk: 'customers.toolbar.flagAtRisk' } as const;

export function CustomerToolbar({ table, rows }: { table: CustomerTable; rows: Uint32Array }) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const view = useAppStore(selectors.customersView);
  const setView = useAppStore((state) => state.setCustomersView);
  const setLapsedAfterDays = useAppStore((state) => state.setLapsedAfterDays);
  const notify = useAppStore((state) => state.notify);
  const { notes, tags } = useCustomerNotes();
  const [lapsedDraft, setLapsedDraft] = useState(String(table.lapsedAfterDays));
  const [saving, setSaving] = useState(false);

  const filtered = view.search !== '' || view.segment !== null || view.flag !== 'all';

  const commitLapsedDays = () => {
    const days = Number(lapsedDraft);
    if (Number.isInteger(days) && days >= MIN_LAPSED_DAYS && days <= MAX_LAPSED_DAYS) void setLapsedAfterDays(days);
    else setLapsedDraft(String(table.lapsedAfterDays));
  };

  const exportCsv = async () => {
    setSaving(true);
    try {
      const header = (id: CsvColumnId) => t(`customers.csv.${id}`, { days: id === 'predictedClv' ? table.horizonDays : table.lapsedAfterDays });
      const csv = customerCsvRows(table, rows, { header, segmentName: format.segmentName }, annotationIndex(notes, tags));
      const asOf = table.asOf === null ? '' : isoDate(table.asOf);
      await saveCustomersCsv(csv, csvFileName(t('customers.toolbar.exportName'), asOf));
    } catch (error) {
      notify({ kind: 'error', messageKey: 'customers.errors.export', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="customer-toolbar">
      <label className="field">
        <span className="field-label">{t('customers.toolbar.search')}</span>
        <input
          type="search"
          className="customer-search"
          value={view.search}
          placeholder={t('customers.toolbar.searchPlaceholder')}
          onChange={(event) => setView({ search: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('customers.toolbar.segment')}</span>
        <select
          value={view.segment ?? ''}
          onChange={(event) => setView({ segment: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('customers.toolbar.allSegments')}</option>
          {RFM_SEGMENTS.map((rule, index) => (
            <option key={rule.id} value={index}>
              {format.segmentName(index)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('customers.toolbar.flag')}</span>
        <select value={view.flag} onChange={(event) => setView({ flag: FLAGS.find((flag) => flag === event.target.value) ?? 'all' })}>
          {FLAGS.map((flag) => (
            <option key={flag} value={flag}>
              {t(FLAG_LABEL[flag])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('customers.toolbar.lapsedAfter')}</span>
        <input
          type="number"
          className="customer-lapsed-days"
          min={MIN_LAPSED_DAYS}
          max={MAX_LAPSED_DAYS}
          step={1}
          value={lapsedDraft}
          onChange={(event) => setLapsedDraft(event.target.value)}
          onBlur={commitLapsedDays}
          onKeyDown={(event) => event.key === 'Enter' && commitLapsedDays()}
        />
      </label>
      <div className="customer-toolbar-end">
        <p className="muted" role="status" aria-live="polite">
          {t('customers.toolbar.showing', { shown: format.count(rows.length), total: format.count(table.rows) })}
        </p>
        {filtered ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setView({ search: '', segment: INITIAL_CUSTOMERS_VIEW.segment, flag: INITIAL_CUSTOMERS_VIEW.flag })}
          >
            {t('customers.toolbar.clearFilters')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={saving}
          aria-label={t('customers.toolbar.exportCsvLabel')}
          onClick={() => void exportCsv()}
        >
          {t('customers.toolbar.exportCsv')}
        </button>
      </div>
    </div>
  );
}
