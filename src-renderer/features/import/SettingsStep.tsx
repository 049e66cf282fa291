/** Step 2: what was detected about the file, with overrides that re-run the preview. */
import { useTranslation } from 'react-i18next';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { ImportOverrides } from '../../worker/import-api';
import { DELIMITERS, ENCODINGS, delimiterKey, kilobytes, timestamp } from './import-format';
import { ImportNotes } from './ImportNotes';
import { canVisit, type Review } from './wizard-machine';

const DATE_ORDERS = ['DMY', 'MDY', 'YMD'] as const;

function isDateOrder(value: string): value is (typeof DATE_ORDERS)[number] {
  return DATE_ORDERS.some((order) => order === value);
}

/** The overrides with one of them set ('' = use what was detected). */
function withOverride(overrides: ImportOverrides, key: keyof ImportOverrides, value: string): ImportOverrides {
  const next: ImportOverrides = { ...overrides };
  if (key === 'dateOrder') {
    if (isDateOrder(value)) next.dateOrder = value;
    else delete next.dateOrder;
  } else if (value === '') delete next[key];
  else next[key] = value;
  return next;
}

interface SettingsStepProps {
  review: Review;
  onOverrides(overrides: ImportOverrides): void;
  onNext(): void;
  onRestart(): void;
}

export function SettingsStep({ review, onOverrides, onNext, onRestart }: SettingsStepProps) {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const { source } = review.preview;
  const { overrides, detected } = review;
  const isWorkbook = source.format === 'xlsx';
  const encodingLabel = (encoding: string) => {
    const known = ENCODINGS.find(([value]) => value === encoding);
    return known ? t(`importWizard.encodings.${known[1]}`) : encoding;
  };
  const change = (key: keyof ImportOverrides) => (event: { target: { value: string } }) => onOverrides(withOverride(overrides, key, event.target.value));

  return (
    <div className="panel import-step">
      <h2 className="panel-title">{t('importWizard.settings.title')}</h2>
      {review.importedBefore !== null ? (
        <p className="import-info" role="note">
          {t('importWizard.settings.importedBefore', { date: timestamp(review.importedBefore, language) })}
        </p>
      ) : null}
      {review.preview.mappingProblems.length > 0 ? (
        // Not an error: the mapping step lets the user choose the columns the suggestion missed.
        <p className="import-info" role="note" data-testid="unrecognised-columns">
          {t('importWizard.settings.unrecognised')}
        </p>
      ) : null}
      <dl className="import-facts">
        <div>
          <dt>{t('importWizard.settings.file')}</dt>
          <dd>
            {review.file.name} · {t('importWizard.settings.size', { size: kilobytes(review.file.size, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('importWizard.settings.format')}</dt>
          <dd>{source.format.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t('importWizard.settings.headerLine')}</dt>
          <dd>{t('importWizard.settings.headerLineValue', { line: source.headerLine })}</dd>
        </div>
        <div>
          <dt>{t('importWizard.settings.preset')}</dt>
          <dd>{review.preset ?? t('importWizard.settings.noPreset')}</dd>
        </div>
      </dl>
      <div className="import-overrides">
        {isWorkbook ? null : (
          <>
            <label className="field">
              <span className="field-label">{t('importWizard.settings.encoding')}</span>
              <select value={overrides.encoding ?? ''} onChange={change('encoding')}>
                <option value="">{t('importWizard.settings.detected', { value: encodingLabel(detected.encoding) })}</option>
                {ENCODINGS.map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(`importWizard.encodings.${key}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('importWizard.settings.delimiter')}</span>
              <select value={overrides.delimiter ?? ''} onChange={change('delimiter')}>
                <option value="">{t('importWizard.settings.detected', { value: t(`importWizard.delimiters.${delimiterKey(detected.delimiter)}`) })}</option>
                {DELIMITERS.map(([value, key]) => (
                  <option key={key} value={value}>
                    {t(`importWizard.delimiters.${key}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {isWorkbook && source.sheets.length > 1 ? (
          <label className="field">
            <span className="field-label">{t('importWizard.settings.sheet')}</span>
            <select value={overrides.sheet ?? ''} onChange={change('sheet')}>
              <option value="">{t('importWizard.settings.detected', { value: detected.sheet ?? '' })}</option>
              {source.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span className="field-label">{t('importWizard.settings.dateOrder')}</span>
          <select value={overrides.dateOrder ?? ''} onChange={change('dateOrder')}>
            <option value="">{t('importWizard.dateOrders.auto')}</option>
            {DATE_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`importWizard.dateOrders.${order}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {review.problem && review.changed === 'settings' ? (
        <p className="import-alert" role="alert">
          {t('importWizard.settings.problem', { reason: review.problem })}
        </p>
      ) : null}
      <ImportNotes title={t('importWizard.settings.warnings')} notes={review.preview.warnings} />
      <div className="import-actions">
        <button type="button" className="button" onClick={onRestart}>
          {t('importWizard.actions.chooseAnother')}
        </button>
        <PendingNote pending={review.pending !== 0} />
        <button type="button" className="button button-primary" disabled={review.pending !== 0 || !canVisit(review, 'mapping')} onClick={onNext}>
          {t('importWizard.actions.toMapping')}
        </button>
      </div>
    </div>
  );
}

export function PendingNote({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="import-pending" role="status">
      {pending ? t('importWizard.rechecking') : ''}
    </span>
  );
}
