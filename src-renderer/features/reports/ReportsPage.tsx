import { PlannedPage } from '../../components/PlannedPage';

export function ReportsPage() {
  return <PlannedPage page="reports" />;
}
