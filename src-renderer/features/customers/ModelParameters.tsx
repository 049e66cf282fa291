/** One fitted model: its parameters and log-likelihood, or the reason the data cannot support it. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelFit } from '../../../src-core/analytics';
import { ExportButtons } from '../../components/ExportButtons';
import { useCustomerFormat } from './use-customer-format';

interface ModelParametersProps<Params> {
  title: string;
  fit: ModelFit<Params>;
  /** Names as the papers write them (r, α …), in the order shown. */
  names: readonly string[];
  keys: readonly (keyof Params & string)[];
}

export function ModelParameters<Params extends object>({ title, fit, names, keys }: ModelParametersProps<Params>) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  // The parameters at full precision (the table rounds them to four places).
  const table = useCallback(() => {
    if (!fit.ok) return [];
    return [
      [t('customers.model.parameter'), t('customers.model.value')],
      ...keys.map((key, index) => {
        const value = fit.params[key];
        return [names[index] ?? key, typeof value === 'number' ? value : null];
      }),
      [t('customers.model.logLikelihood'), fit.logLikelihood],
      [t('customers.model.fittedOn'), fit.customers],
      [t('customers.model.converged'), fit.converged ? t('customers.model.yes') : t('customers.model.no')],
    ];
  }, [fit, names, keys, t]);
  return (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <h3 className="panel-title">{title}</h3>
        {fit.ok ? <ExportButtons what={title} table={table} /> : null}
      </div>
      {fit.ok ? (
        <table className="parameter-table">
          <thead>
            <tr>
              <th scope="col">{t('customers.model.parameter')}</th>
              <th scope="col">{t('customers.model.value')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key, index) => {
              const value = fit.params[key];
              return (
                <tr key={key}>
                  <th scope="row">{names[index]}</th>
                  <td data-testid={`parameter-${key}`}>{typeof value === 'number' ? format.decimal(value, 4) : format.none}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{t('customers.model.logLikelihood')}</th>
              <td data-testid="log-likelihood">{format.decimal(fit.logLikelihood, 2)}</td>
            </tr>
            <tr>
              <th scope="row">{t('customers.model.fittedOn')}</th>
              <td>{format.count(fit.customers)}</td>
            </tr>
            <tr>
              <th scope="row">{t('customers.model.converged')}</th>
              <td>{fit.converged ? t('customers.model.yes') : t('customers.model.no')}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <div className="model-failure" role="status">
          <p>{t('customers.model.failed', { message: t(`customers.model.failure.${fit.code}`) })}</p>
          <p className="muted">{t('customers.model.technicalReason', { reason: fit.reason })}</p>
        </div>
      )}
    </section>
  );
}
