/** The app's formatters plus points of a percentage, in the user's language. */
import { useMemo } from 'react';
import { useFormat } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { CampaignFormat } from './campaign-words';

const LOCALES = { en: 'en-US', ja: 'ja-JP', ru: 'ru-RU' } as const;

export function useCampaignFormat(): CampaignFormat {
  const format = useFormat();
  const language = useAppStore(selectors.language);
  return useMemo(() => {
    const points = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return { ...format, points: (value: number) => points.format(value) };
  }, [format, language]);
}
