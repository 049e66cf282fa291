/** The cover: business name, author, an optional title and logo (picked through the bridge, checked, kept as a data: URL). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCover } from '../../../src-core/report';
import { bridge } from '../../bridge';
import { useFormat } from '../../format/use-format';
import type { CoverField, ReportEditAction } from './report-editor';
import { MAX_LOGO_BYTES, logoDataUrl, type LogoOutcome } from './report-logo';

interface CoverFieldsProps {
  cover: ReportCover;
  dispatch: (action: ReportEditAction) => void;
}

type LogoProblem = Extract<LogoOutcome, { ok: false }>['problem'];

export function CoverFields({ cover, dispatch }: CoverFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [problem, setProblem] = useState<LogoProblem | null>(null);
  const size = `${format.count(MAX_LOGO_BYTES / 1024)} KB`;

  const text = (field: CoverField, label: string, placeholder?: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input type="text" value={cover[field]} placeholder={placeholder} maxLength={500} onChange={(event) => dispatch({ type: 'cover', field, value: event.target.value })} />
    </label>
  );

  const pickLogo = async () => {
    const file = await bridge.pickFile([{ name: 'PNG / JPEG', extensions: ['png', 'jpg', 'jpeg'] }]);
    if (!file) return;
    const outcome = logoDataUrl(file.bytes);
    setProblem(outcome.ok ? null : outcome.problem);
    if (outcome.ok) dispatch({ type: 'logo', dataUrl: outcome.dataUrl });
  };

  return (
    <section className="panel" aria-labelledby="report-cover-title">
      <h2 id="report-cover-title" className="panel-title">
        {t('reports.cover.title')}
      </h2>
      <div className="report-fields">
        {text('businessName', t('reports.cover.businessName'))}
        {text('author', t('reports.cover.author'))}
        {text('title', t('reports.cover.reportTitle'), t('reports.cover.reportTitlePlaceholder'))}
      </div>
      <div className="field">
        <span className="field-label">{t('reports.cover.logo')}</span>
        <div className="field-inline">
          {cover.logoDataUrl ? <img className="report-logo" src={cover.logoDataUrl} alt={t('reports.cover.logoPreview')} /> : <span className="muted">{t('reports.cover.noLogo')}</span>}
          <button type="button" className="button" onClick={() => void pickLogo()}>
            {t('reports.cover.pickLogo')}
          </button>
          {cover.logoDataUrl ? (
            <button type="button" className="button button-quiet" onClick={() => dispatch({ type: 'logo', dataUrl: null })}>
              {t('reports.cover.removeLogo')}
            </button>
          ) : null}
        </div>
        <span className="muted">{t('reports.cover.logoHint', { size })}</span>
        {problem ? (
          <p className="report-problem" role="alert">
            {t(`reports.cover.logoProblem.${problem}`, { size })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
