import { expect, type Locator, type Page } from '@playwright/test';

/** `/segments`: the saved list, the visual Condition builder with its live count, and audience import. */
export class SegmentsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/segments');
    await expect(this.page.getByRole('heading', { name: /^(Segments|세그먼트)$/ })).toBeVisible();
  }

  builder(): Locator {
    return this.page.getByRole('region', { name: 'Segment builder' });
  }

  /** The n-th rule (leaf) of the builder, in document order. */
  rule(index: number): Locator {
    return this.builder().locator('.jf-cond-leaf').nth(index);
  }

  async startNew(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New segment' }).click();
    await this.builder().getByLabel('Name', { exact: true }).fill(name);
  }

  /** Adds a rule at the end of the top-level "All of" group; returns it. */
  async addRule(): Promise<Locator> {
    const before = await this.builder().locator('.jf-cond-leaf').count();
    await this.builder().getByRole('button', { name: '+ Add rule' }).click();
    await expect(this.builder().locator('.jf-cond-leaf')).toHaveCount(before + 1);
    return this.rule(before);
  }

  async setAttributeRule(rule: Locator, attribute: string, op: string, value?: string): Promise<void> {
    await rule.getByLabel('Condition type').selectOption('attribute');
    await rule.getByLabel('Attribute', { exact: true }).selectOption(attribute);
    await rule.getByLabel('Operator').selectOption(op);
    if (value !== undefined) await rule.getByLabel('Value', { exact: true }).fill(value);
  }

  /** "Did `event` `op` `times` times within `days` days". */
  async setEventRule(rule: Locator, event: string, days: number, op: string, times: number): Promise<void> {
    await rule.getByLabel('Condition type').selectOption('event');
    await rule.getByLabel('Event name').fill(event);
    await rule.getByLabel('Within days').fill(String(days));
    await rule.getByLabel('How often').selectOption(op);
    await rule.getByLabel('Times', { exact: true }).fill(String(times));
  }

  liveCount(): Locator {
    return this.page.getByTestId('segment-live-count');
  }

  /** Waits until the live count has settled (no recount pending) and returns it. */
  async settledCount(): Promise<number> {
    await expect(this.liveCount()).toHaveAttribute('data-count', /^\d+$/);
    return Number(await this.liveCount().getAttribute('data-count'));
  }

  row(name: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ hasText: name });
  }

  /**
   * "Create and choose a file" opens the file picker at once; choosing the file creates the audience
   * and checks the file (preview, id column, matched / unknown counts) before anything is imported.
   */
  async startImport(
    name: string,
    fileName: string,
    csv: string,
    button = 'Create and choose a file',
  ): Promise<void> {
    await this.page
      .getByRole('button', { name: /^(Import audience|오디언스 가져오기)$/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^(Import an audience|오디언스 가져오기)$/ });
    await dialog.getByLabel(/^(Audience name|오디언스 이름)$/).fill(name);
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: button }).click();
    await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(dialog).toBeHidden();
    await expect(this.importCheck()).toBeVisible();
  }

  /** Another file for the open audience: checked first, like the first one. */
  async uploadCsv(fileName: string, csv: string): Promise<void> {
    await this.page
      .getByRole('region', { name: /^(Import audience|오디언스 가져오기)$/ })
      .getByLabel('CSV file')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(this.importCheck()).toBeVisible();
  }

  importCheck(): Locator {
    return this.page.getByTestId('import-check');
  }

  /** Imports the checked file; unknown ids become customers only with `createUnknown`. */
  async confirmImport(options: { createUnknown: boolean }): Promise<void> {
    const region = this.page.getByRole('region', { name: /^(Import audience|오디언스 가져오기)$/ });
    const box = region.getByRole('checkbox', { name: /^(Add as new customers|새 고객으로 추가)$/ });
    if (options.createUnknown) await box.check();
    else await box.uncheck();
    await region.getByRole('button', { name: /^(Import|가져오기|\d[\d,]*행 가져오기)/ }).click();
    await expect(this.importReport()).toBeVisible();
  }

  importReport(): Locator {
    return this.page.getByTestId('import-report');
  }
}
