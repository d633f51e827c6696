import { MissingFeature } from '../components/MissingFeature';

export function CustomerPage() {
  return <MissingFeature title="page.customers" />;
}
