import { expect, type Locator, type Page } from '@playwright/test';

/** The journey editor, driven through the stable hooks of SPEC §8 (palette test ids, React Flow `data-id`s, button names). */
export class EditorPage {
  constructor(private readonly page: Page) {}

  async goto(journeyId: string): Promise<void> {
    await this.page.goto(`/journeys/${journeyId}`);
    await expect(this.page.getByTestId('journey-editor')).toBeVisible();
  }

  pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  async nodeIds(): Promise<string[]> {
    return this.nodes().evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-id') ?? ''),
    );
  }

  /** Drags a palette item onto the canvas (HTML5 drag and drop) and returns the new node's id. */
  async dragFromPalette(type: string, position: { x: number; y: number }): Promise<string> {
    const before = new Set(await this.nodeIds());
    await this.page.getByTestId(`palette-${type}`).dragTo(this.pane(), { targetPosition: position });
    await expect.poll(async () => (await this.nodeIds()).length).toBe(before.size + 1);
    const added = (await this.nodeIds()).find((id) => !before.has(id));
    if (!added) throw new Error(`No node appeared after dropping ${type}`);
    return added;
  }

  /** Draws an edge by dragging from a source handle to the target node's input handle. */
  async connect(sourceId: string, handle: string, targetId: string): Promise<void> {
    const edgesBefore = await this.edges().count();
    const from = this.node(sourceId).locator(`.react-flow__handle.source[data-handleid="${handle}"]`);
    const to = this.node(targetId).locator('.react-flow__handle.target');
    await expect(from).toBeVisible();
    await expect(to).toBeVisible();
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handle not visible');
    // One gesture, as a user makes it: the editor must draw the edge the first time (issue 15).
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
    await expect(this.edges()).toHaveCount(edgesBefore + 1);
  }

  /** Whether the node's title lies inside the visible canvas (a focused or zoomed view can leave it outside). */
  private async isOnScreen(nodeId: string): Promise<boolean> {
    const [pane, title] = await Promise.all([
      this.pane().boundingBox(),
      this.node(nodeId).locator('.jf-node-title').boundingBox(),
    ]);
    if (!pane || !title) return false;
    const x = title.x + title.width / 2;
    const y = title.y + title.height / 2;
    return x > pane.x && x < pane.x + pane.width && y > pane.y && y < pane.y + pane.height;
  }

  /**
   * Clicks a node as a user would: if it is off screen, zoom to fit first (React Flow's own control); a
   * click that lands while the viewport is still animating (after focusing an issue) is tried again.
   */
  async select(nodeId: string): Promise<void> {
    await expect(async () => {
      if (!(await this.isOnScreen(nodeId))) {
        await this.page.locator('.react-flow__controls-fitview').click();
        await expect.poll(() => this.isOnScreen(nodeId)).toBe(true);
      }
      await this.node(nodeId).locator('.jf-node-title').click();
      await expect(this.page.getByTestId('node-inspector')).toHaveAttribute('data-node-id', nodeId, {
        timeout: 2_000,
      });
    }).toPass({ timeout: 20_000 });
  }

  inspector(): Locator {
    return this.page.getByTestId('node-inspector');
  }

  issuesPanel(): Locator {
    return this.page.getByTestId('issues-panel');
  }

  async errorCount(): Promise<number> {
    const text = await this.issuesPanel().locator('.jf-count').first().textContent();
    return Number.parseInt(text ?? '', 10);
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  submitButton(): Locator {
    return this.page.getByRole('button', { name: 'Submit for review', exact: true });
  }

  async save(): Promise<void> {
    await this.saveButton().click();
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  }

  /** Keyboard shortcuts act on the canvas, not on a focused form field. */
  async focusCanvas(): Promise<void> {
    const box = await this.pane().boundingBox();
    if (!box) throw new Error('canvas not visible');
    await this.page.mouse.click(box.x + box.width - 60, box.y + 30);
  }

  async submitForReview(note: string): Promise<void> {
    await this.submitButton().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Note for the reviewer|검토자에게/).fill(note);
    await dialog.getByRole('button', { name: 'Submit for review', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
