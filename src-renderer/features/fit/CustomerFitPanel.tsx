/** One customer's fit: the explanation, the numbers, their costs, ratings and manual override. */
import { useTranslation } from 'react-i18next';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { FitCustomerDetail } from '../../worker/fit/fit-answers';
import { CostForm } from './CostForm';
import type { FitWorkspaceData } from './fit-slice';
import { OverrideForm } from './OverrideForm';
import { RatingsForm } from './RatingsForm';
import { reasonWords } from './reason-words';
import { useFitFormat } from './use-fit-format';

interface CustomerFitPanelProps {
  detail: FitCustomerDetail;
  data: FitWorkspaceData;
  onClose(): void;
}

export function CustomerFitPanel({ detail, data, onClose }: CustomerFitPanelProps) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const saveFitCost = useAppStore((state) => state.saveFitCost);
  const currency = useAppStore(selectors.currency);
  const { row, cost } = detail;
  const source = data.costSources[row.key];
  const figures: [string, string][] = [
    [t('fit.columns.revenue'), format.money(row.lifetimeRevenue)],
    [t('fit.detail.monthlyRevenue'), format.money(detail.monthlyRevenue)],
    [t('fit.columns.margin'), format.money(row.grossMargin)],
    [t('fit.columns.cost'), format.money(row.costToServe)],
    [t('fit.columns.profit'), format.money(row.profit)],
    [t('fit.columns.profitability'), row.profitability === null ? '—' : format.percent(row.profitability, 1)],
    [t('fit.detail.growth'), detail.growth === null ? t('fit.detail.tooLittleHistory') : format.percent(detail.growth, 1)],
    [t('fit.columns.score'), format.number(row.score, 0)],
  ];
  if (detail.predictedClv !== null) figures.push([t('fit.detail.predictedClv'), format.money(detail.predictedClv)]);

  return (
    <section className="panel fit-customer" aria-labelledby="fit-customer-title" data-testid="fit-customer">
      <div className="fit-panel-head">
        <h2 id="fit-customer-title">{row.name || row.key}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('fit.detail.close')}
        </button>
      </div>
      <p className="muted">
        {row.key}
        {detail.email && detail.email !== row.key ? ` · ${detail.email}` : ''}
        {row.segment ? ` · ${t('fit.detail.segment', { segment: t(`fit.segments.${row.segment}`) })}` : ''}
      </p>
      <p className="fit-reason" data-testid="fit-customer-reason">
        <span className={`fit-badge fit-badge-${row.status}`} data-testid="fit-customer-status" data-status={row.status}>
          {t(`fit.status.${row.status}`)}
        </span>{' '}
        {reasonWords(row.reason, t, format)}
      </p>
      <dl className="fit-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {detail.factors.length > 0 ? (
        <p className="muted">
          {t('fit.detail.scoreParts')}{' '}
          {detail.factors
            .map((factor) => `${factor.factor in data.settings.scoring.weights ? t(`fit.weights.${factor.factor}`) : (data.settings.scoring.qualitative.find((q) => q.id === factor.factor)?.label ?? factor.factor)} ${format.number(factor.points, 1)}`)
            .join(' · ')}
        </p>
      ) : null}
      <h3>{t('fit.costs.title')}</h3>
      <p className="muted">
        {t(`fit.costs.source.${cost.source}`)}
        {source === 'file' ? ` ${t('fit.costs.fromFile')}` : ''}
        {cost.labourHours > 0
          ? ` ${t('fit.costs.breakdown', { labour: format.money(cost.labour), hours: format.number(cost.labourHours, 2), rate: format.money(cost.hourlyRate), total: format.money(cost.total) })}`
          : cost.total > 0
            ? ` ${t('fit.costs.total', { total: format.money(cost.total) })}`
            : ''}
      </p>
      <CostForm key={`${row.key}-${currency}`} entry={data.costs[row.key]} onSave={(entry) => void saveFitCost(row.key, entry)} testId="fit-cost" />
      <h3>{t('fit.ratings.title')}</h3>
      <RatingsForm customerKey={row.key} factors={data.settings.scoring.qualitative} ratings={data.ratings[row.key] ?? {}} />
      <OverrideForm key={row.key} customerKey={row.key} status={row.status} overridden={row.overridden} overrides={data.overrides} />
    </section>
  );
}
