import { MissingFeature } from '../components/MissingFeature';

export function TemplatesPage() {
  return <MissingFeature title="page.templates" />;
}
