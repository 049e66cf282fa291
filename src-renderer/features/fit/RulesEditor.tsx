/**
 * The Keep / Grow / Depart rules as the user reads and edits them: an ordered
 * list (the first rule that holds decides), each a status and conditions that
 * must all hold, then the status of everyone no rule catches.
 */
import { useTranslation } from 'react-i18next';
import { COMPARISONS, FIT_METRICS, FIT_STATUSES, type Comparison, type FitCondition, type FitMetric, type FitStatus } from '../../../src-core/analytics/fit';
import { useAppStore } from '../../state/store';
import type { FitSettingsValue } from './fit-settings';
import { NumberField } from './NumberField';

const RATIO_METRICS: ReadonlySet<FitMetric> = new Set(['profitability', 'growth']);
const OPERATOR_SIGNS: Record<Comparison, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const pick = <T extends string>(options: readonly T[], value: string, fallback: T): T => options.find((option) => option === value) ?? fallback;

/** Ratios are edited in percent (30), stored as fractions (0.3). */
export const shownConditionValue = (condition: FitCondition) =>
  RATIO_METRICS.has(condition.metric) ? Math.round(condition.value * 10000) / 100 : condition.value;
export const storedConditionValue = (metric: FitMetric, shown: number) => (RATIO_METRICS.has(metric) ? shown / 100 : shown);

function StatusSelect({ value, onChange, label }: { value: FitStatus; onChange(status: FitStatus): void; label: string }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(pick(FIT_STATUSES, event.target.value, value))}>
      {FIT_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`fit.status.${status}`)}
        </option>
      ))}
    </select>
  );
}

export function RulesEditor({ settings }: { settings: FitSettingsValue }) {
  const { t } = useTranslation();
  const edit = useAppStore((state) => state.editFitSettings);
  const { rules } = settings.rules;

  return (
    <section className="panel fit-rules" aria-labelledby="fit-rules-title">
      <h2 id="fit-rules-title">{t('fit.rules.title')}</h2>
      <p className="muted">{t('fit.rules.intro')}</p>
      <ol className="fit-rule-list">
        {rules.map((rule, index) => (
          <li key={rule.id} className="fit-rule" data-testid="fit-rule">
            <div className="fit-rule-head">
              <span>{t('fit.rules.then')}</span>
              <StatusSelect label={t('fit.rules.status')} value={rule.status} onChange={(status) => void edit({ type: 'ruleStatus', ruleId: rule.id, status })} />
              <span className="muted">{t('fit.rules.when')}</span>
              <span className="fit-rule-tools">
                <button type="button" className="button button-quiet" disabled={index === 0} aria-label={t('fit.rules.up')} onClick={() => void edit({ type: 'moveRule', ruleId: rule.id, to: index - 1 })}>
                  ↑
                </button>
                <button type="button" className="button button-quiet" disabled={index === rules.length - 1} aria-label={t('fit.rules.down')} onClick={() => void edit({ type: 'moveRule', ruleId: rule.id, to: index + 1 })}>
                  ↓
                </button>
                <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'removeRule', ruleId: rule.id })}>
                  {t('fit.rules.removeRule')}
                </button>
              </span>
            </div>
            {rule.when.length === 0 ? <p className="fit-error">{t('fit.rules.catchesEveryone')}</p> : null}
            <ul className="fit-conditions">
              {rule.when.map((condition, at) => {
                const change = (patch: Partial<FitCondition>) => void edit({ type: 'condition', ruleId: rule.id, index: at, condition: { ...condition, ...patch } });
                return (
                  <li key={at} className="fit-fields">
                    <select aria-label={t('fit.rules.metric')} value={condition.metric} onChange={(event) => {
                      const metric = pick(FIT_METRICS, event.target.value, condition.metric);
                      // Keep what the user sees: 30 (%) stays 30 when switching to a non-ratio.
                      change({ metric, value: storedConditionValue(metric, shownConditionValue(condition)) });
                    }}>
                      {FIT_METRICS.map((metric) => (
                        <option key={metric} value={metric}>
                          {t(`fit.metric.${metric}`)}
                        </option>
                      ))}
                    </select>
                    <select aria-label={t('fit.rules.comparison')} value={condition.op} onChange={(event) => change({ op: pick(COMPARISONS, event.target.value, condition.op) })}>
                      {COMPARISONS.map((op) => (
                        <option key={op} value={op}>
                          {OPERATOR_SIGNS[op]}
                        </option>
                      ))}
                    </select>
                    <NumberField
                      label={RATIO_METRICS.has(condition.metric) ? t('fit.rules.valuePercent') : t('fit.rules.value')}
                      value={shownConditionValue(condition)}
                      step={RATIO_METRICS.has(condition.metric) ? 1 : 0.01}
                      onCommit={(value) => value !== null && change({ value: storedConditionValue(condition.metric, value) })}
                    />
                    <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'removeCondition', ruleId: rule.id, index: at })}>
                      {t('fit.rules.removeCondition')}
                    </button>
                  </li>
                );
              })}
            </ul>
            <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'addCondition', ruleId: rule.id })}>
              {t('fit.rules.addCondition')}
            </button>
          </li>
        ))}
      </ol>
      <div className="fit-fields">
        <label className="fit-field">
          <span>{t('fit.rules.fallback')}</span>
          <StatusSelect label={t('fit.rules.fallback')} value={settings.rules.fallback} onChange={(status) => void edit({ type: 'fallback', status })} />
        </label>
      </div>
      <div className="fit-actions">
        {FIT_STATUSES.map((status) => (
          <button key={status} type="button" className="button" onClick={() => void edit({ type: 'addRule', status })}>
            {t('fit.rules.addRule', { status: t(`fit.status.${status}`) })}
          </button>
        ))}
        <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'resetRules' })}>
          {t('fit.rules.reset')}
        </button>
      </div>
    </section>
  );
}
