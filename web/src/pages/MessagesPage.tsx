import { MissingFeature } from '../components/MissingFeature';

export function MessagesPage() {
  return <MissingFeature title="page.messages" />;
}
