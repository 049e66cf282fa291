import { PlannedPage } from '../../components/PlannedPage';

export function ImportPage() {
  return <PlannedPage page="import" />;
}
