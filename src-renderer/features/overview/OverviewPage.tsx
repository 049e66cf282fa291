/** Headline KPIs and the monthly chart of the active workspace, computed in the analytics worker. */
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../src-core/analytics';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { useFormat, type Formatters } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { useAnalyticsQuery } from '../../worker/use-analytics-query';
import { KpiCard } from './KpiCard';
import { MonthlyChart } from './MonthlyChart';
import { RepeatFunnel } from './RepeatFunnel';
import { RetentionTrend } from './RetentionTrend';
import './overview-trends.css';

const KPIS = ['customers', 'orders', 'revenue', 'repeatRate', 'averageOrderValue'] as const;
type Kpi = (typeof KPIS)[number];

function kpiValue(kpi: Kpi, result: Overview, format: Formatters): string {
  switch (kpi) {
    case 'customers':
    case 'orders':
      return format.count(result[kpi]);
    case 'revenue':
    case 'averageOrderValue':
      return format.money(result[kpi]);
    case 'repeatRate':
      return format.percent(result.repeatRate);
  }
}

/** Module-level, so its identity (the question) never changes between renders. */
const askOverview = (api: AnalyticsApi) => api.overview();

export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useAppStore(selectors.activeWorkspace);
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const query = useAnalyticsQuery(askOverview);

  const title = t('overview.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('overview.unavailable')} />;
  if (workspaceStatus === 'installingDemo') return <StatusMessage title={title} message={t('workspace.installingDemo')} busy />;
  if (query.status === 'failed') return <StatusMessage title={title} message={t('errors.reason', { reason: query.message })} />;
  if (query.status === 'waiting') return <StatusMessage title={title} message={t('overview.calculating')} busy />;

  const result = query.value;
  const range =
    result.firstOrderDay !== null && result.lastOrderDay !== null
      ? t('overview.range', { from: format.day(result.firstOrderDay), to: format.day(result.lastOrderDay), asOf: format.day(result.asOf) })
      : undefined;

  return (
    <section className="page" aria-labelledby="overview-title">
      <PageHeader id="overview-title" title={workspace ? t('overview.titleFor', { name: workspace.name }) : title} subtitle={range} />
      {result.orders === 0 ? (
        <p className="empty-state">{t('overview.noOrders')}</p>
      ) : (
        <>
          <div className="kpi-grid" role="list" aria-label={t('overview.kpisLabel')}>
            {KPIS.map((kpi) => (
              <div role="listitem" key={kpi}>
                <KpiCard
                  kpi={kpi}
                  label={t(`overview.kpi.${kpi}.label`)}
                  value={kpiValue(kpi, result, format)}
                  definition={t(`overview.kpi.${kpi}.definition`)}
                  definitionLabel={t('overview.definitionOf', { name: t(`overview.kpi.${kpi}.label`) })}
                />
              </div>
            ))}
          </div>
          <MonthlyChart months={result.monthly} />
          <div className="overview-trends">
            <RetentionTrend />
            <RepeatFunnel />
          </div>
        </>
      )}
    </section>
  );
}
