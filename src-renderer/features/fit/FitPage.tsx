import { PlannedPage } from '../../components/PlannedPage';

export function FitPage() {
  return <PlannedPage page="fit" />;
}
