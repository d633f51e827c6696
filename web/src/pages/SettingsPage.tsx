import { MissingFeature } from '../components/MissingFeature';

export function SettingsPage() {
  return <MissingFeature title="page.settings" />;
}
