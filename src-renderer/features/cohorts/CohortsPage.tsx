import { PlannedPage } from '../../components/PlannedPage';

export function CohortsPage() {
  return <PlannedPage page="cohorts" />;
}
