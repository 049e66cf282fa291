/**
 * Filters of the Cohorts page: first-order date range, first product, channel,
 * country and a saved segment. Every filter keeps customers by their first
 * order (src-core/analytics/filters.ts), which the note says.
 */
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../src-core/model/orders';
import type { SegmentRecord } from '../../db/records';
import type { FilterChoices } from '../../worker/analytics-api';
import { activeFilterCount, NO_FILTERS, type CohortFilterChoice } from './cohort-query';

interface CohortFiltersProps {
  value: CohortFilterChoice;
  choices: FilterChoices | undefined;
  segments: readonly SegmentRecord[];
  onChange(value: CohortFilterChoice): void;
}

type ValueFilter = 'firstProduct' | 'channel' | 'country';

const ANY = 'any';
/** Option values carry a prefix so the recorded value '' ("none recorded") stays distinct from "any". */
const encode = (value: string | null) => (value === null ? ANY : `v:${value}`);
const decode = (option: string) => (option === ANY ? null : option.slice(2));

export function CohortFilters({ value, choices, segments, onChange }: CohortFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<CohortFilterChoice>) => onChange({ ...value, ...patch });
  const min = choices?.firstOrderDay != null ? isoDate(choices.firstOrderDay) : undefined;
  const max = choices?.lastOrderDay != null ? isoDate(choices.lastOrderDay) : undefined;

  const valueSelect = (filter: ValueFilter, options: readonly string[]) => (
    <label className="field" key={filter}>
      <span className="field-label">{t(`cohorts.filters.${filter}`)}</span>
      <select value={encode(value[filter])} onChange={(event) => set({ [filter]: decode(event.target.value) })}>
        <option value={ANY}>{t('cohorts.filters.any')}</option>
        {options.map((option) => (
          <option key={option} value={encode(option)}>
            {option === '' ? t('cohorts.noneRecorded') : option}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="cohort-filters">
      <legend className="field-label">{t('cohorts.filters.label')}</legend>
      <div className="cohort-filter-fields">
        <label className="field">
          <span className="field-label">{t('cohorts.filters.from')}</span>
          <input type="date" value={value.from} min={min} max={max} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">{t('cohorts.filters.to')}</span>
          <input type="date" value={value.to} min={min} max={max} onChange={(event) => set({ to: event.target.value })} />
        </label>
        {valueSelect('firstProduct', choices?.products ?? [])}
        {valueSelect('channel', choices?.channels ?? [])}
        {valueSelect('country', choices?.countries ?? [])}
        <label className="field">
          <span className="field-label">{t('cohorts.filters.segment')}</span>
          <select
            value={value.segmentId === null ? ANY : String(value.segmentId)}
            onChange={(event) => set({ segmentId: event.target.value === ANY ? null : Number(event.target.value) })}
          >
            <option value={ANY}>{t('cohorts.filters.any')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={String(segment.id)}>
                {segment.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-quiet cohort-clear" disabled={activeFilterCount(value) === 0} onClick={() => onChange(NO_FILTERS)}>
          {t('cohorts.filters.clear')}
        </button>
      </div>
      <p className="muted cohort-note">{t('cohorts.filters.note')}</p>
    </fieldset>
  );
}
