/** Currencies offered when creating a workspace (an import may also set one Intl knows). */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'RUB', 'CAD', 'AUD', 'CHF', 'CNY', 'KZT', 'UAH', 'PLN'] as const;

/** "US Dollar (USD)" in the UI language, falling back to the bare code. */
export function currencyLabel(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
