/**
 * Sizes and value of the RFM segments, each with its rule (read from RFM_SEGMENTS), and the
 * R × F map. A click on a segment or a cell shows that segment's customers in the table.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import type { CustomerTable } from '../../worker/customers/customer-answers';
import { customerRouteHash } from './customer-route';
import { INITIAL_CUSTOMERS_VIEW } from './customers-view-slice';
import { rfMap, segmentTiles, type SegmentTile } from './segment-grid';
import { useCustomerFormat } from './use-customer-format';

export function SegmentsPanel({ table }: { table: CustomerTable }) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const setView = useAppStore((state) => state.setCustomersView);
  const tiles = useMemo(() => segmentTiles(table), [table]);
  const cells = useMemo(() => rfMap(table), [table]);

  const showSegment = (index: number) => {
    setView({ segment: index, search: '', flag: INITIAL_CUSTOMERS_VIEW.flag });
    window.location.hash = customerRouteHash({ view: 'table' });
  };

  return (
    <div className="segments-layout">
      <section className="panel" aria-labelledby="segments-title">
        <h2 id="segments-title" className="panel-title">
          {t('customers.segmentPanel.title')}
        </h2>
        <p className="muted">{t('customers.segmentPanel.intro')}</p>
        <ul className="segment-tiles">
          {tiles.map((tile) => (
            <li key={tile.rule.id}>
              <SegmentTileButton tile={tile} onShow={showSegment} />
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="rf-map-title">
        <h2 id="rf-map-title" className="panel-title">
          {t('customers.segmentPanel.mapTitle')}
        </h2>
        <p className="muted">{t('customers.segmentPanel.mapDescription')}</p>
        <div className="rf-map" role="group" aria-labelledby="rf-map-title">
          {cells.map((cell) => (
            <button
              key={`${cell.recency}-${cell.frequency}`}
              type="button"
              className={`rf-cell segment-${cell.segment}`}
              style={{ gridRow: 6 - cell.recency, gridColumn: cell.frequency + 1 }}
              aria-label={t('customers.segmentPanel.mapCell', {
                recency: cell.recency,
                frequency: cell.frequency,
                number: format.count(cell.customers),
                segment: format.segmentName(cell.segment),
              })}
              onClick={() => showSegment(cell.segment)}
            >
              <span className="rf-cell-count">{format.count(cell.customers)}</span>
              <span className="rf-cell-name">{format.segmentName(cell.segment)}</span>
            </button>
          ))}
          {[5, 4, 3, 2, 1].map((score) => (
            <span key={`r${score}`} className="rf-axis" style={{ gridRow: 6 - score, gridColumn: 1 }}>
              {t('customers.segmentPanel.mapRecency', { score })}
            </span>
          ))}
          {[1, 2, 3, 4, 5].map((score) => (
            <span key={`f${score}`} className="rf-axis" style={{ gridRow: 6, gridColumn: score + 1 }}>
              {t('customers.segmentPanel.mapFrequency', { score })}
            </span>
          ))}
        </div>
      </section>
    </div>
  );
}

function scoreRange([min, max]: readonly [number, number], t: (key: string, vars: Record<string, unknown>) => string): string {
  return min === max ? String(min) : t('customers.segmentPanel.range', { min, max });
}

function SegmentTileButton({ tile, onShow }: { tile: SegmentTile; onShow(index: number): void }) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const name = format.segmentName(tile.index);
  return (
    <button
      type="button"
      className={`segment-tile segment-${tile.index}`}
      disabled={tile.customers === 0}
      aria-label={t('customers.segmentPanel.showCustomers', { number: format.count(tile.customers), segment: name })}
      onClick={() => onShow(tile.index)}
    >
      <span className="segment-tile-head">
        <span className="segment-tile-name">{name}</span>
        <span className="segment-tile-rule">
          {t('customers.segmentPanel.rule', { recency: scoreRange(tile.rule.recency, t), frequency: scoreRange(tile.rule.frequency, t) })}
        </span>
      </span>
      <span className="segment-tile-size">{t('customers.segmentPanel.customers', { number: format.count(tile.customers) })}</span>
      <span className="segment-bar" aria-hidden="true">
        <span style={{ width: `${(tile.share * 100).toFixed(1)}%` }} />
      </span>
      <span className="muted">{t('customers.segmentPanel.share', { share: format.percent(tile.share) })}</span>
      <span className="segment-tile-figures">
        <span>
          <span className="field-label">{t('customers.segmentPanel.revenue')}</span> {format.money(tile.revenue)}
          <span className="muted"> · {t('customers.segmentPanel.revenueShare', { share: format.percent(tile.revenueShare) })}</span>
        </span>
        <span>
          <span className="field-label">{t('customers.segmentPanel.averageClv')}</span> {format.moneyOrNone(tile.averageClv)}
        </span>
      </span>
    </button>
  );
}
