import { MissingFeature } from '../components/MissingFeature';

export function CustomersPage() {
  return <MissingFeature title="page.customers" />;
}
