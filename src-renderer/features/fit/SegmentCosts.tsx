/** Default cost to serve per RFM segment: a customer's own entry wins field by field. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { CostForm } from './CostForm';
import type { FitWorkspaceData } from './fit-slice';
import { useFitFormat } from './use-fit-format';

export function SegmentCosts({ data, segments }: { data: FitWorkspaceData; segments: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const save = useAppStore((state) => state.saveFitSegmentCost);
  const [segment, setSegment] = useState(segments[0] ?? '');
  const chosen = segments.includes(segment) ? segment : (segments[0] ?? '');
  const withDefaults = Object.keys(data.segmentCosts);

  return (
    <section className="panel fit-segment-costs" aria-labelledby="fit-segment-costs-title">
      <h2 id="fit-segment-costs-title">{t('fit.segmentCosts.title')}</h2>
      <p className="muted">{t('fit.segmentCosts.intro')}</p>
      {withDefaults.length > 0 ? (
        <p>
          {t('fit.segmentCosts.set', {
            segments: withDefaults.map((id) => t(`fit.segments.${id}`)).join(t('fit.reason.separator')),
            rate: format.money(data.settings.defaultHourlyRate),
          })}
        </p>
      ) : null}
      <label className="fit-field">
        <span>{t('fit.segmentCosts.segment')}</span>
        <select value={chosen} onChange={(event) => setSegment(event.target.value)} data-testid="fit-segment-choice">
          {segments.map((id) => (
            <option key={id} value={id}>
              {t(`fit.segments.${id}`)}
              {id in data.segmentCosts ? ' ✓' : ''}
            </option>
          ))}
        </select>
      </label>
      {chosen ? <CostForm key={chosen} entry={data.segmentCosts[chosen]} onSave={(entry) => void save(chosen, entry)} testId="fit-segment-cost" /> : null}
    </section>
  );
}
