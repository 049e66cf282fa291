/** Save as PDF and Print, both through the bridge with the document the preview shows. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPageSize } from '../../../src-core/report';
import { bridge } from '../../bridge';
import { useAppStore } from '../../state/store';

interface ReportActionsProps {
  html: string | null;
  pageSize: ReportPageSize;
  fileName: string;
  /** The shown document is older than the definition (a rebuild is on its way). */
  stale: boolean;
}

export function ReportActions({ html, pageSize, fileName, stale }: ReportActionsProps) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const notify = useAppStore((state) => state.notify);
  const [saved, setSaved] = useState(false);

  const run = async (action: 'pdf' | 'print') => {
    if (html === null) return;
    setWorking(true);
    setSaved(false);
    try {
      if (action === 'pdf') {
        const result = await bridge.savePdf({ suggestedName: fileName, pageSize, html });
        setSaved(result.saved);
      } else {
        await bridge.print({ pageSize, html });
      }
    } catch (error) {
      notify({ kind: 'error', messageKey: action === 'pdf' ? 'reports.errors.pdf' : 'reports.errors.print', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(false);
    }
  };

  const disabled = html === null || stale || working;
  return (
    <div className="toolbar report-actions">
      <button type="button" className="button button-primary" disabled={disabled} onClick={() => void run('pdf')}>
        {t('reports.output.savePdf')}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => void run('print')}>
        {t('reports.output.print')}
      </button>
      {working ? <span className="muted" role="status">{t('reports.output.working')}</span> : null}
      {saved ? <span className="muted" role="status">{t('reports.output.pdfSaved')}</span> : null}
    </div>
  );
}
