/**
 * The Campaigns page: the library of plays, every campaign with its status and
 * a timeline, and the open campaign's plan, export and measurement. Every
 * number is computed by the analytics worker; this page only asks and renders.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCampaignPlan, type TacticId } from '../../../src-core/campaigns';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { campaignContext, todayEpochDay } from './campaign-context';
import { CampaignEditor } from './CampaignEditor';
import { CampaignList } from './CampaignList';
import { CampaignTimeline } from './CampaignTimeline';
import { TacticLibrary } from './TacticLibrary';
import './campaigns.css';

export function CampaignsPage() {
  const { t } = useTranslation();
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const activeWorkspaceId = useAppStore(selectors.activeWorkspaceId);
  const currency = useAppStore(selectors.currency);
  const campaigns = useAppStore(selectors.campaigns);
  const loaded = useAppStore(selectors.campaignsLoaded);
  const segments = useAppStore(selectors.segments);
  const fitData = useAppStore(selectors.fitData);
  const fitSelection = useAppStore(selectors.fitSelection);
  const tags = useAppStore(selectors.customerTags);
  const { loadCampaigns, loadSegments, loadFit, loadCustomerNotes, saveCampaign, deleteCampaign } = useAppStore.getState();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const today = useMemo(() => todayEpochDay(), []);

  useEffect(() => {
    setSelectedId(null);
    void loadCampaigns();
    void loadSegments();
    void loadFit();
    void loadCustomerNotes();
  }, [activeWorkspaceId, loadCampaigns, loadSegments, loadFit, loadCustomerNotes]);

  const selected = campaigns.find((campaign) => campaign.id === selectedId) ?? null;
  // Other campaigns' contacts only: a campaign never excludes its own customers.
  const context = useMemo(() => campaignContext({ today, segments, fit: fitData, tags, campaigns }), [today, segments, fitData, tags, campaigns]);

  const title = t('campaigns.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('campaigns.unavailable')} />;
  if (workspaceStatus !== 'ready' || !loaded) return <StatusMessage title={title} message={t('campaigns.loading')} busy />;

  const plan = async (tacticId: TacticId) => {
    const id = crypto.randomUUID();
    const now = Date.now();
    const record = { id, createdAt: now, updatedAt: now, plan: newCampaignPlan({ id, tacticId, currency }), measured: null };
    if (await saveCampaign(record)) setSelectedId(id);
  };

  const remove = (id: string) => {
    const name = campaigns.find((campaign) => campaign.id === id)?.plan.name ?? '';
    if (!window.confirm(t('campaigns.list.deleteConfirm', { name }))) return;
    if (id === selectedId) setSelectedId(null);
    void deleteCampaign(id);
  };

  return (
    <section className="page campaigns-page" aria-labelledby="campaigns-title">
      <PageHeader id="campaigns-title" title={title} subtitle={t('campaigns.subtitle')} />
      <section className="panel" aria-labelledby="campaign-list-title">
        <h2 id="campaign-list-title" className="panel-title">
          {t('campaigns.list.title')}
        </h2>
        <CampaignList campaigns={campaigns} today={today} selectedId={selectedId} onSelect={setSelectedId} onDelete={remove} />
        {selected ? (
          <button type="button" className="button" onClick={() => setSelectedId(null)}>
            {t('campaigns.list.new')}
          </button>
        ) : null}
      </section>
      <CampaignTimeline campaigns={campaigns} today={today} />
      {selected ? (
        <CampaignEditor key={selected.id} record={selected} context={context} currency={currency} segments={segments} fitSelection={fitSelection} today={today} />
      ) : (
        <TacticLibrary onPlan={(tacticId) => void plan(tacticId)} />
      )}
    </section>
  );
}
