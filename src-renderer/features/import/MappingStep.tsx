/** Step 3: each canonical field with a select of the file's columns, a first value, and what looks wrong. */
import { useTranslation } from 'react-i18next';
import { CANONICAL_FIELDS, type CanonicalField } from '../../../src-core/model/orders';
import { mappingGaps } from './mapping-memory';
import { OrdersPreviewTable } from './OrdersPreviewTable';
import { PendingNote } from './SettingsStep';
import { canContinue, type Review } from './wizard-machine';

/** Fields an import cannot do without (alone or as one of a group). */
const REQUIRED: ReadonlySet<CanonicalField> = new Set(['orderDate']);

function firstValue(rows: readonly Record<string, string>[], header: string | undefined): string {
  if (!header) return '';
  for (const row of rows) {
    const value = row[header]?.trim();
    if (value) return value;
  }
  return '';
}

interface MappingStepProps {
  review: Review;
  onMapping(field: CanonicalField, header: string): void;
  onBack(): void;
  onNext(): void;
}

export function MappingStep({ review, onMapping, onBack, onNext }: MappingStepProps) {
  const { t } = useTranslation();
  const { preview, mapping } = review;
  const gaps = mappingGaps(mapping);

  return (
    <div className="panel import-step">
      <h2 className="panel-title">{t('importWizard.mapping.title')}</h2>
      <p className="muted">{t(`importWizard.mapping.origin.${review.mappingOrigin}`)}</p>
      <div className="table-scroll">
        <table className="import-table mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('importWizard.mapping.fieldColumn')}</th>
              <th scope="col">{t('importWizard.mapping.sourceColumn')}</th>
              <th scope="col">{t('importWizard.mapping.exampleColumn')}</th>
              <th scope="col">{t('importWizard.mapping.warningsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {CANONICAL_FIELDS.map((field) => {
              const header = mapping[field];
              const warnings = header ? (preview.columnWarnings[header] ?? []) : [];
              const label = t(`importWizard.fields.${field}`);
              return (
                <tr key={field} className={header ? 'mapped' : undefined}>
                  <th scope="row">
                    {label}
                    {REQUIRED.has(field) ? <span className="required-mark"> ({t('importWizard.mapping.required')})</span> : null}
                  </th>
                  <td>
                    <select aria-label={label} value={header ?? ''} onChange={(event) => onMapping(field, event.target.value)}>
                      <option value="">{t('importWizard.mapping.notMapped')}</option>
                      {preview.source.headers.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="example-cell">{firstValue(preview.sampleRows, header)}</td>
                  <td className="warning-cell">{warnings.join(' ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {gaps.length > 0 ? (
        <ul className="import-alert" role="alert">
          {gaps.map((gap) => (
            <li key={gap}>{t(`importWizard.mapping.gaps.${gap}`)}</li>
          ))}
        </ul>
      ) : review.problem ? (
        <p className="import-alert" role="alert">
          {t('importWizard.mapping.problem', { reason: review.problem })}
        </p>
      ) : null}
      <h3 className="import-subtitle">{t('importWizard.mapping.previewTitle')}</h3>
      {preview.normalizedSample.length > 0 ? (
        <OrdersPreviewTable orders={preview.normalizedSample} />
      ) : (
        <p className="muted">{t('importWizard.mapping.previewEmpty')}</p>
      )}
      <div className="import-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('importWizard.actions.back')}
        </button>
        <PendingNote pending={review.pending !== 0} />
        <button type="button" className="button button-primary" disabled={!canContinue(review)} onClick={onNext}>
          {t('importWizard.actions.toValidation')}
        </button>
      </div>
    </div>
  );
}
