/**
 * The customers brushed on the matrix, and "Create campaign from these
 * customers": they are saved as a segment, kept in the store's fitSelection,
 * and the Campaigns page is opened at #/campaigns/segment/<id> — the hand-off
 * the Campaigns page reads (its targeting takes a saved segment).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import type { FitRow } from '../../worker/fit/fit-answers';
import { useFitFormat } from './use-fit-format';

export function campaignHash(segmentId: number): string {
  return `#/campaigns/segment/${segmentId}`;
}

export function SelectionBar({ rows, onClear }: { rows: readonly FitRow[]; onClear(): void }) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const saveSegment = useAppStore((state) => state.saveSegment);
  const setFitSelection = useAppStore((state) => state.setFitSelection);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  if (rows.length === 0) return null;
  const revenue = rows.reduce((sum, row) => sum + row.lifetimeRevenue, 0);
  const counts = { keep: 0, grow: 0, depart: 0 };
  for (const row of rows) counts[row.status]++;

  const create = async () => {
    setSaving(true);
    const customers = rows.map((row) => row.customer).sort((a, b) => a - b);
    const segmentName = name.trim() || t('fit.selection.defaultName', { count: rows.length });
    const saved = await saveSegment({ name: segmentName, customers, source: { kind: 'other', description: t('fit.selection.source') } });
    // The newest segment with this name is the one just saved (saveSegment appends it).
    const segment = saved ? [...useAppStore.getState().segments].reverse().find((candidate) => candidate.name === segmentName) : undefined;
    setFitSelection({ customers, keys: rows.map((row) => row.key), segmentId: segment?.id ?? null });
    setSaving(false);
    if (segment?.id !== undefined) window.location.hash = campaignHash(segment.id);
  };

  return (
    <section className="panel fit-selection" aria-labelledby="fit-selection-title" data-testid="fit-selection">
      <h2 id="fit-selection-title">{t('fit.selection.title', { count: rows.length })}</h2>
      <p>
        {t('fit.selection.summary', { revenue: format.money(revenue), keep: counts.keep, grow: counts.grow, depart: counts.depart })}
      </p>
      <div className="fit-fields">
        <label className="fit-field fit-field-wide">
          <span>{t('fit.selection.name')}</span>
          <input type="text" value={name} placeholder={t('fit.selection.defaultName', { count: rows.length })} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void create()}>
          {t('fit.selection.createCampaign')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClear}>
          {t('fit.selection.clear')}
        </button>
      </div>
    </section>
  );
}
