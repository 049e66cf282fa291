/**
 * "PNG" and "CSV" buttons for a chart and/or a table. The chart is read from
 * its live ECharts instance, the table is built only when asked for (it may be
 * large). Saving goes through the bridge; a failure becomes a notice.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvCell } from '../../src-core/export/csv';
import { saveChartPng, saveTableCsv, type ChartImage } from '../export/save-export';
import { useAppStore } from '../state/store';
import './export-buttons.css';

interface ExportButtonsProps {
  /** What is exported, as the user reads it: the buttons' accessible names and the file name. */
  what: string;
  chart?: { current: ChartImage | null };
  /** The table, header row first; may be fetched when asked for (e.g. every row from the worker). */
  table?: () => readonly (readonly CsvCell[])[] | Promise<readonly (readonly CsvCell[])[]>;
}

function surfaceColor(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
}

export function ExportButtons({ what, chart, table }: ExportButtonsProps) {
  const { t } = useTranslation();
  const notify = useAppStore((state) => state.notify);
  const [saving, setSaving] = useState(false);

  const run = async (save: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await save();
    } catch (error) {
      notify({ kind: 'error', messageKey: 'export.failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  const savePng = () =>
    run(async () => {
      const instance = chart?.current;
      if (instance) await saveChartPng(instance, what, surfaceColor());
    });
  const saveCsv = () =>
    run(async () => {
      if (table) await saveTableCsv(await table(), what);
    });

  return (
    <div className="export-buttons">
      {chart ? (
        <button type="button" className="button button-small" disabled={saving} onClick={() => void savePng()} aria-label={t('export.pngLabel', { what })}>
          {t('export.png')}
        </button>
      ) : null}
      {table ? (
        <button type="button" className="button button-small" disabled={saving} onClick={() => void saveCsv()} aria-label={t('export.csvLabel', { what })}>
          {t('export.csv')}
        </button>
      ) : null}
    </div>
  );
}
