/** The formatters for the chosen language and the active workspace's currency. */
import { useMemo } from 'react';
import type { EpochDay } from '../../src-core/model/orders';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import { formatCount, formatDay, formatMoney, formatMoneyCompact, formatMonth, formatPercent } from './format';

export interface Formatters {
  count(value: number): string;
  money(value: number): string;
  moneyCompact(value: number): string;
  percent(share: number): string;
  day(day: EpochDay): string;
  month(month: string): string;
}

export function useFormat(): Formatters {
  const language = useAppStore(selectors.language);
  const currency = useAppStore(selectors.currency);
  return useMemo(
    () => ({
      count: (value) => formatCount(value, language),
      money: (value) => formatMoney(value, currency, language),
      moneyCompact: (value) => formatMoneyCompact(value, currency, language),
      percent: (share) => formatPercent(share, language),
      day: (day) => formatDay(day, language),
      month: (month) => formatMonth(month, language),
    }),
    [language, currency],
  );
}
