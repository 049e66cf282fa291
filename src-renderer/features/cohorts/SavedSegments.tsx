/** The workspace's saved segments: what each holds and where it came from; filter by one or delete it. */
import { useTranslation } from 'react-i18next';
import type { SegmentRecord } from '../../db/records';
import { useFormat } from '../../format/use-format';
import { useAppStore } from '../../state/store';
import { offsetName } from './cohort-words';

interface SavedSegmentsProps {
  segments: readonly SegmentRecord[];
  activeSegmentId: number | null;
  onFilter(segmentId: number | null): void;
}

const MS_PER_DAY = 86_400_000;

export function SavedSegments({ segments, activeSegmentId, onFilter }: SavedSegmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const deleteSegment = useAppStore((state) => state.deleteSegment);

  const source = (segment: SegmentRecord) => {
    const from = segment.source;
    if (from.kind !== 'cohortCell') return from.description;
    return t('cohorts.segments.fromCell', {
      cohort: from.cohort === '' ? t('cohorts.noneRecorded') : from.cohort,
      offset: offsetName(from.offset, from.period, t),
      key: t(`cohorts.cohortKeys.${from.cohortKey}`),
    });
  };

  return (
    <section className="panel" aria-labelledby="saved-segments-title">
      <h2 id="saved-segments-title" className="panel-title">
        {t('cohorts.segments.title')}
      </h2>
      {segments.length === 0 ? (
        <p className="muted">{t('cohorts.segments.empty')}</p>
      ) : (
        <ul className="segment-list" aria-labelledby="saved-segments-title">
          {segments.map((segment) => (
            <li key={segment.id} className="segment-item" data-testid="saved-segment">
              <div className="segment-text">
                <strong className="segment-name">{segment.name}</strong>
                <span className="muted">
                  {t('cohorts.segments.count', { count: format.count(segment.customers.length) })} · {source(segment)} ·{' '}
                  {t('cohorts.segments.created', { date: format.day(Math.floor(segment.createdAt / MS_PER_DAY)) })}
                </span>
              </div>
              <div className="panel-actions">
                <button
                  type="button"
                  className="button"
                  aria-pressed={activeSegmentId === segment.id}
                  onClick={() => onFilter(activeSegmentId === segment.id ? null : (segment.id ?? null))}
                >
                  {t('cohorts.segments.filter')}
                </button>
                <button
                  type="button"
                  className="button button-danger-quiet"
                  aria-label={t('cohorts.segments.deleteNamed', { name: segment.name })}
                  onClick={() => segment.id !== undefined && void deleteSegment(segment.id)}
                >
                  {t('cohorts.segments.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
