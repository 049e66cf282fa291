/**
 * The models behind the predictions: fitted parameters and log-likelihood (or why the data
 * cannot support a fit), and the calibration / hold-out backtest with a calibration end the
 * user can move.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ANNUAL_DISCOUNT_RATE, DEFAULT_MARGIN_PCT } from '../../../src-core/analytics';
import { isoDate, parseIsoDate, type EpochDay } from '../../../src-core/model/orders';
import { BacktestCharts } from './BacktestCharts';
import { ModelParameters } from './ModelParameters';
import { CLV_HORIZON_DAYS, useCustomerModel } from './use-customer-data';
import { useCustomerFormat } from './use-customer-format';

/** The hold-out needs at least a few weeks to say anything. */
const MIN_HOLDOUT_DAYS = 28;

export function ModelPanel() {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const [calibrationEnd, setCalibrationEnd] = useState<EpochDay | null>(null);
  const answer = useCustomerModel(calibrationEnd);
  const report = answer.value;

  if (answer.error && !report) return <p className="status-message">{t('errors.reason', { reason: answer.error })}</p>;
  if (!report) {
    return (
      <p className="status-message status-busy" role="status">
        {t('customers.model.calculating')}
      </p>
    );
  }

  const latest = report.asOf === null ? null : report.asOf - MIN_HOLDOUT_DAYS;
  return (
    <div className="model-layout" aria-busy={answer.busy}>
      <section className="panel" aria-labelledby="model-intro-title">
        <h2 id="model-intro-title" className="panel-title">
          {t('customers.model.title')}
        </h2>
        <p className="muted">{t('customers.model.intro')}</p>
        <p className="muted">
          {t('customers.model.settings', {
            days: CLV_HORIZON_DAYS,
            margin: format.percent(DEFAULT_MARGIN_PCT / 100),
            rate: format.percent(DEFAULT_ANNUAL_DISCOUNT_RATE),
          })}
        </p>
      </section>
      <div className="model-parameters">
        <ModelParameters title={t('customers.model.bgnbdTitle')} fit={report.bgnbd} names={['r', 'α', 'a', 'b']} keys={['r', 'alpha', 'a', 'b']} />
        <ModelParameters title={t('customers.model.gammaGammaTitle')} fit={report.gammaGamma} names={['p', 'q', 'γ']} keys={['p', 'q', 'gamma']} />
      </div>
      <section className="panel" aria-labelledby="backtest-title">
        <h2 id="backtest-title" className="panel-title">
          {t('customers.model.backtestTitle')}
        </h2>
        <p className="muted">{t('customers.model.backtestIntro')}</p>
        {report.firstOrderDay !== null && latest !== null && report.calibrationEnd !== null ? (
          <label className="field calibration-field">
            <span className="field-label">{t('customers.model.calibrationEnd')}</span>
            <input
              type="date"
              value={isoDate(report.calibrationEnd)}
              min={isoDate(report.firstOrderDay)}
              max={isoDate(latest)}
              onChange={(event) => {
                const day = parseIsoDate(event.target.value);
                if (day !== null && day >= report.firstOrderDay! && day <= latest) setCalibrationEnd(day);
              }}
            />
            <span className="muted">{t('customers.model.calibrationRange', { from: format.day(report.firstOrderDay), to: format.day(latest) })}</span>
          </label>
        ) : null}
        {report.backtest.ok ? (
          <BacktestCharts result={report.backtest} />
        ) : (
          <p className="model-failure" role="status">
            {t('customers.model.backtestFailed', { message: t(`customers.model.failure.${report.backtest.code}`) })}{' '}
            <span className="muted">{t('customers.model.technicalReason', { reason: report.backtest.reason })}</span>
          </p>
        )}
      </section>
    </div>
  );
}
