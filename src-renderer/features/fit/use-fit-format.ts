/** Number formatting for the Fit page: the app's formatters plus percentages and decimals with chosen precision. */
import { useMemo } from 'react';
import { formatMoney, formatMoneyCompact } from '../../format/format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { MatrixFormat } from './fit-matrix-option';

export function useFitFormat(): MatrixFormat {
  const language = useAppStore(selectors.language);
  const currency = useAppStore(selectors.currency);
  return useMemo(
    () => ({
      money: (value: number) => formatMoney(value, currency, language),
      moneyCompact: (value: number) => formatMoneyCompact(value, currency, language),
      percent: (share: number, digits: number) =>
        new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(share),
      number: (value: number, digits: number) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value),
    }),
    [language, currency],
  );
}
