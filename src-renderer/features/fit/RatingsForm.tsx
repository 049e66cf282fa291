/** A customer's 1–5 ratings on the user's qualitative factors ("pays on time", "referral potential"…). */
import { useTranslation } from 'react-i18next';
import type { QualitativeFactor } from '../../../src-core/analytics/fit';
import { useAppStore } from '../../state/store';

interface RatingsFormProps {
  customerKey: string;
  factors: readonly QualitativeFactor[];
  ratings: Readonly<Record<string, number>>;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

export function RatingsForm({ customerKey, factors, ratings }: RatingsFormProps) {
  const { t } = useTranslation();
  const rate = useAppStore((state) => state.rateFitCustomer);
  if (factors.length === 0) return <p className="muted">{t('fit.ratings.none')}</p>;
  return (
    <div className="fit-fields">
      {factors.map((factor) => (
        <label key={factor.id} className="fit-field">
          <span>{factor.label}</span>
          <select
            value={ratings[factor.id] ?? ''}
            onChange={(event) => void rate(customerKey, factor.id, event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('fit.ratings.unrated')}</option>
            {RATINGS.map((rating) => (
              <option key={rating} value={rating}>
                {rating}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
