/** The Overview's formatters plus what the customer views also show: decimals, scores, "no value". */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RFM_SEGMENTS } from '../../../src-core/analytics';
import { formatDecimal } from '../../format/format';
import { useFormat, type Formatters } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export interface CustomerFormatters extends Formatters {
  /** Two decimals; "—" for NaN (no model). */
  decimal(value: number, digits?: number): string;
  /** A count of days ("12 d"); "—" for NaN. */
  days(value: number): string;
  /** A share as a percentage; "—" for NaN. */
  share(value: number): string;
  /** Money; "—" for NaN. */
  moneyOrNone(value: number): string;
  /** The translated name of an RFM_SEGMENTS index. */
  segmentName(index: number): string;
  none: string;
}

export function useCustomerFormat(): CustomerFormatters {
  const { t } = useTranslation();
  const base = useFormat();
  const language = useAppStore(selectors.language);
  return useMemo(() => {
    const none = t('customers.table.noValue');
    return {
      ...base,
      none,
      decimal: (value, digits = 2) => (Number.isFinite(value) ? formatDecimal(value, language, digits) : none),
      days: (value) => (Number.isFinite(value) ? t('customers.table.daysValue', { days: base.count(value) }) : none),
      share: (value) => (Number.isFinite(value) ? base.percent(value) : none),
      moneyOrNone: (value) => (Number.isFinite(value) ? base.money(value) : none),
      segmentName: (index) => {
        const rule = RFM_SEGMENTS[index];
        return rule ? t(`customers.segments.${rule.id}`) : none;
      },
    };
  }, [t, base, language]);
}
