/** The model's view over time: P(alive) from the first order to the as-of date. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../charts/EChart';
import { useChartColors } from '../../charts/use-chart-colors';
import { useFormat } from '../../format/use-format';
import type { AlivePoint } from '../../worker/customers/customer-answers';
import { aliveChartOption } from './customer-chart-options';

export function AliveChart({ points }: { points: readonly AlivePoint[] }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
  const option = useMemo(
    () =>
      aliveChartOption(points, t('customers.profile.aliveSeries'), formatters, {
        text: colors.text,
        grid: colors.grid,
        primary: colors.accent,
        secondary: colors.accentSecondary,
        fontFamily: colors.fontFamily,
      }),
    [points, t, formatters, colors],
  );
  return (
    <section className="panel" aria-labelledby="alive-chart-title">
      <h2 id="alive-chart-title" className="panel-title">
        {t('customers.profile.aliveChartTitle')}
      </h2>
      <EChart option={option} label={t('customers.profile.aliveChartDescription')} height={200} />
    </section>
  );
}
