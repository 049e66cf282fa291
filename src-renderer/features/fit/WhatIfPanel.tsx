/**
 * What-if: move the Depart threshold, the Grow score or a weight and see who
 * would move and how much revenue is at stake, before applying anything.
 */
import { useTranslation } from 'react-i18next';
import { BUILT_IN_FACTORS } from '../../../src-core/analytics/fit';
import type { FitWhatIfAnswer } from '../../worker/fit/fit-answers';
import { fitSettingsReducer, growScore, profitabilityThreshold, type FitSettingsValue } from './fit-settings';
import { useFitFormat } from './use-fit-format';

interface WhatIfPanelProps {
  /** The applied settings. */
  settings: FitSettingsValue;
  /** The settings being tried (null: nothing tried yet). */
  draft: FitSettingsValue | null;
  answer: FitWhatIfAnswer | null;
  onDraft(draft: FitSettingsValue | null): void;
  onApply(draft: FitSettingsValue): void;
}

export function WhatIfPanel({ settings, draft, answer, onDraft, onApply }: WhatIfPanelProps) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const tried = draft ?? settings;
  const threshold = profitabilityThreshold(tried);
  const grow = growScore(tried);
  const slider = (label: string, value: number, min: number, max: number, shown: string, onChange: (value: number) => void, testId: string) => (
    <label className="fit-slider">
      <span>
        {label} <strong>{shown}</strong>
      </span>
      <input type="range" min={min} max={max} step={1} value={value} data-testid={testId} onChange={(event) => onChange(Number(event.target.value))} />
    </label>
  );

  return (
    <section className="panel fit-what-if" aria-labelledby="fit-what-if-title">
      <h2 id="fit-what-if-title">{t('fit.whatIf.title')}</h2>
      <p className="muted">{t('fit.whatIf.intro')}</p>
      <div className="fit-sliders">
        {threshold !== null
          ? slider(t('fit.whatIf.threshold'), Math.round(threshold * 100), -50, 90, format.percent(threshold, 0), (value) => onDraft(fitSettingsReducer(tried, { type: 'profitabilityThreshold', fraction: value / 100 })), 'fit-what-if-threshold')
          : null}
        {grow !== null ? slider(t('fit.whatIf.growScore'), grow, 0, 100, format.number(grow, 0), (value) => onDraft(fitSettingsReducer(tried, { type: 'growScore', score: value })), 'fit-what-if-grow') : null}
        {BUILT_IN_FACTORS.map((factor) =>
          slider(t(`fit.weights.${factor}`), tried.scoring.weights[factor], 0, 100, format.number(tried.scoring.weights[factor], 0), (value) => onDraft(fitSettingsReducer(tried, { type: 'weight', factor, weight: value })), `fit-what-if-${factor}`),
        )}
        {tried.scoring.qualitative.map((factor) =>
          slider(factor.label, factor.weight, 0, 100, format.number(factor.weight, 0), (value) => onDraft(fitSettingsReducer(tried, { type: 'weight', factor: factor.id, weight: value })), `fit-what-if-${factor.id}`),
        )}
      </div>
      {draft && answer ? (
        <div className="fit-what-if-result" data-testid="fit-what-if-result" aria-live="polite">
          <p>
            {t('fit.whatIf.moved', { customers: format.number(answer.movedCustomers, 0) })}{' '}
            {t('fit.whatIf.counts', { keep: format.number(answer.counts.keep, 0), grow: format.number(answer.counts.grow, 0), depart: format.number(answer.counts.depart, 0) })}
          </p>
          <p>
            <strong>{t('fit.whatIf.atStake', { amount: format.money(answer.revenueAtStake) })}</strong>{' '}
            {answer.revenueReprieved > 0 ? t('fit.whatIf.reprieved', { amount: format.money(answer.revenueReprieved) }) : ''}
          </p>
          {answer.transitions.length > 0 ? (
            <ul className="fit-transitions">
              {answer.transitions.map((move) => (
                <li key={`${move.from}-${move.to}`}>
                  {t('fit.whatIf.transition', {
                    from: t(`fit.status.${move.from}`),
                    to: t(`fit.status.${move.to}`),
                    customers: format.number(move.customers, 0),
                    revenue: format.money(move.last12Revenue),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {answer.moves.length > 0 ? (
            <details>
              <summary>{t('fit.whatIf.whoMoves', { count: answer.moves.length })}</summary>
              <ul className="fit-moves">
                {answer.moves.map((move) => (
                  <li key={move.key}>
                    {move.name || move.key}: {t(`fit.status.${move.from}`)} → {t(`fit.status.${move.to}`)} ({format.money(move.last12Revenue)})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('fit.whatIf.nothingTried')}</p>
      )}
      <div className="fit-actions">
        <button type="button" className="button button-primary" disabled={!draft} onClick={() => draft && onApply(draft)} data-testid="fit-what-if-apply">
          {t('fit.whatIf.apply')}
        </button>
        <button type="button" className="button" disabled={!draft} onClick={() => onDraft(null)}>
          {t('fit.whatIf.discard')}
        </button>
      </div>
    </section>
  );
}
