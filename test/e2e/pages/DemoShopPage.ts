import { expect, type Locator, type Page } from '@playwright/test';

/** The demo storefront at `/demo/shop`. */
export class DemoShopPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/demo/shop');
    await expect(this.page.getByTestId('demo-shop')).toBeVisible();
  }

  async shopAs(externalId: string): Promise<void> {
    await this.page.getByLabel('Demo customer').selectOption(externalId);
  }

  /** The customer's in-app inbox (the embeddable widget), once it has its token. */
  inbox(): Locator {
    return this.page.locator('journeyflow-inbox');
  }

  async view(productId: string, times = 1): Promise<void> {
    const card = this.page.getByTestId(`product-${productId}`);
    for (let i = 0; i < times; i++) {
      await card.getByRole('button', { name: 'View' }).click();
      await expect(this.page.getByTestId('shop-log').locator('li')).toHaveCount(i + 1);
    }
  }
}
