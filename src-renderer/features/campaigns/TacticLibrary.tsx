/** The library of retention plays: each with its one-line rationale, one click to plan it. */
import { useTranslation } from 'react-i18next';
import { TACTICS, type TacticId } from '../../../src-core/campaigns';

export function TacticLibrary({ onPlan }: { onPlan(tacticId: TacticId): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="campaign-library-title">
      <h2 id="campaign-library-title" className="panel-title">
        {t('campaigns.library.title')}
      </h2>
      <ul className="tactic-grid">
        {TACTICS.map((tactic) => (
          <li key={tactic.id} className="tactic-card">
            <h3>{t(tactic.nameKey)}</h3>
            <p className="muted">{t(tactic.rationaleKey)}</p>
            <button type="button" className="button" onClick={() => onPlan(tactic.id)} aria-label={t('campaigns.library.planLabel', { tactic: t(tactic.nameKey) })}>
              {t('campaigns.library.plan')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
