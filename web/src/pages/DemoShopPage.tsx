import { MissingFeature } from '../components/MissingFeature';

export function DemoShopPage() {
  return <MissingFeature title="page.demoShop" />;
}
