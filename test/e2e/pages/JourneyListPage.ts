import { expect, type Page } from '@playwright/test';

export class JourneyListPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/journeys');
    await expect(this.page.getByRole('heading', { name: /^(Journeys|여정)$/ })).toBeVisible();
  }

  /** Creates a journey through the dialog and waits for its editor; returns the journey id. */
  async create(name: string): Promise<string> {
    await this.page
      .getByRole('button', { name: /New journey|새 여정/ })
      .first()
      .click();
    await this.page.getByLabel(/Journey name|여정 이름/).fill(name);
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /New journey|새 여정/ })
      .click();
    await expect(this.page).toHaveURL(/\/journeys\/[^/]+$/);
    await expect(this.page.getByTestId('journey-editor')).toBeVisible();
    return this.page.url().split('/').pop()!;
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async showReviewQueue(): Promise<void> {
    await this.page.getByLabel(/Status|상태/).selectOption('review_queue');
  }
}
