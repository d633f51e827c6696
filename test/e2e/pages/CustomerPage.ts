import { expect, type Locator, type Page } from '@playwright/test';

/** `/customers` (search) and `/customers/:externalId` (the customer page). */
export class CustomerPage {
  constructor(private readonly page: Page) {}

  async gotoList(): Promise<void> {
    await this.page.goto('/customers');
    await expect(this.page.getByRole('heading', { name: /^(Customers|고객)$/ })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search customers').fill(text);
  }

  resultLink(externalId: string): Locator {
    return this.page.getByRole('table').getByRole('link', { name: externalId, exact: true });
  }

  async open(externalId: string): Promise<void> {
    await this.resultLink(externalId).click();
    await expect(this.page).toHaveURL(new RegExp(`/customers/${encodeURIComponent(externalId)}$`));
    await expect(this.section('Profile')).toBeVisible();
  }

  /** A titled section of the customer page: Profile, Marketing consent, Grade history, Journeys, Event timeline, Messages. */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
