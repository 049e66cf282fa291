/**
 * The preview: the very document that prints, in an iframe with an empty
 * sandbox (no scripts, an opaque origin) loaded from srcdoc — never put into
 * the app's own DOM. It is laid out at paper width and scaled to fit.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPageSize } from '../../../src-core/report';
import { paperWidthPx } from './report-paper';

interface ReportPreviewProps {
  html: string | null;
  pageSize: ReportPageSize;
  busy: boolean;
  error: string | null;
  noSections: boolean;
}

export function ReportPreview({ html, pageSize, busy, error, noSections }: ReportPreviewProps) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const paper = paperWidthPx(pageSize);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = available > 0 ? Math.min(1, available / paper) : 1;
  return (
    <section className="panel report-preview" aria-labelledby="report-preview-title" aria-busy={busy}>
      <h2 id="report-preview-title" className="panel-title">
        {t('reports.preview.title')}
      </h2>
      {noSections ? <p className="status-message">{t('reports.preview.noSections')}</p> : null}
      {error ? (
        <p className="status-message report-problem" role="alert">
          {t('reports.preview.failed', { message: error })}
        </p>
      ) : null}
      {busy ? (
        <p className="status-message status-busy" role="status">
          {t('reports.preview.building')}
        </p>
      ) : null}
      <div ref={holder} className="report-preview-holder" style={{ height: `${Math.round(1100 * scale)}px` }}>
        {html !== null ? (
          <iframe
            title={t('reports.preview.frameTitle')}
            className="report-preview-frame"
            sandbox=""
            srcDoc={html}
            style={{ width: `${paper}px`, height: '1100px', transform: `scale(${scale})` }}
          />
        ) : null}
      </div>
    </section>
  );
}
