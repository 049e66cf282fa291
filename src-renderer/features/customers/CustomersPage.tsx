import { PlannedPage } from '../../components/PlannedPage';

export function CustomersPage() {
  return <PlannedPage page="customers" />;
}
