import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewPage {
  constructor(private readonly page: Page) {}

  async goto(journeyId: string): Promise<void> {
    const diffLoaded = this.page.waitForResponse((response) => response.url().includes('/diff?'));
    await this.page.goto(`/journeys/${journeyId}/review`);
    await expect(this.page.getByTestId('review-page')).toBeVisible();
    await diffLoaded;
    // The diff must load and parse: an error toast here means the reviewer sees a broken screen.
    await expect(this.diffSummary()).toBeVisible();
    await expect(this.page.getByRole('alert')).toHaveCount(0);
  }

  approveButton(): Locator {
    return this.page.getByRole('button', { name: 'Approve', exact: true });
  }

  /** Approve opens a summary of what is approved; the dialog's own `Approve` confirms it. */
  async approve(): Promise<Locator> {
    await this.approveButton().click();
    const summary = this.page.getByTestId('approve-summary');
    await expect(summary).toBeVisible();
    return summary;
  }

  async confirmApproval(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(this.page.getByTestId('approve-summary')).toHaveCount(0);
  }

  rejectButton(): Locator {
    return this.page.getByRole('button', { name: 'Reject', exact: true });
  }

  publishButton(): Locator {
    return this.page.getByRole('button', { name: 'Publish', exact: true });
  }

  diffSummary(): Locator {
    return this.page.getByTestId('diff-summary');
  }

  canvasNodes(): Locator {
    return this.page.locator('[data-testid="readonly-canvas"] .react-flow__node');
  }

  async comment(text: string, nodeId?: string): Promise<void> {
    if (nodeId)
      await this.page
        .locator(`[data-testid="readonly-canvas"] .react-flow__node[data-id="${nodeId}"]`)
        .click();
    const panel = this.page.getByTestId('comments-panel');
    await panel.getByRole('textbox').fill(text);
    await panel.getByRole('button', { name: /Post|등록/ }).click();
    await expect(panel.getByText(text)).toBeVisible();
  }
}
