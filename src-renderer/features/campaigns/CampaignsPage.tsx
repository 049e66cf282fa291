import { PlannedPage } from '../../components/PlannedPage';

export function CampaignsPage() {
  return <PlannedPage page="campaigns" />;
}
