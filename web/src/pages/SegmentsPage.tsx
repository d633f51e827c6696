import { MissingFeature } from '../components/MissingFeature';

export function SegmentsPage() {
  return <MissingFeature title="page.segments" />;
}
