import { expect, test } from '@playwright/test';
import { signedInPage } from '../helpers/signedInPage';
import { EditorPage } from '../pages/EditorPage';
import { JourneyListPage } from '../pages/JourneyListPage';
import { LoginPage } from '../pages/LoginPage';
import { ReviewPage } from '../pages/ReviewPage';
import { screenshot } from '../screenshot';

const MARKETER = 'marketer@demo.local';
const REVIEWER = 'reviewer@demo.local';
const ADMIN = 'admin@demo.local';
const journeyName = `Browse coupon ${Date.now()}`;

test.describe
  .serial('a journey from first drag to live', () => {
    let journeyId = '';
    let nodes: { entry: string; wait: string; send: string; exit: string };

    test('the login page shows the demo accounts', async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await expect(login.demoAccounts()).toContainText(MARKETER);
      await expect(login.demoAccounts()).toContainText(REVIEWER);
      await screenshot(page, '01-login');
      await page.getByLabel('Email').fill(MARKETER);
      await page.getByLabel('Password').fill('wrong-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await screenshot(page, '02-login-error');
    });

    test('a marketer builds the journey by drag and drop, sees and fixes a validation error, saves and reloads', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, MARKETER);
      const list = new JourneyListPage(page);
      await list.goto();
      await screenshot(page, '03-journey-list');
      journeyId = await list.create(journeyName);
      const editor = new EditorPage(page);
      await expect(page.getByText(/Drag a trigger/)).toBeVisible();
      await screenshot(page, '04-editor-empty');

      const entry = await editor.dragFromPalette('entry.event', { x: 320, y: 80 });
      const wait = await editor.dragFromPalette('wait.event', { x: 320, y: 260 });
      const send = await editor.dragFromPalette('send', { x: 180, y: 460 });
      const exit = await editor.dragFromPalette('exit', { x: 480, y: 460 });
      nodes = { entry, wait, send, exit };
      await editor.connect(entry, 'next', wait);
      await editor.connect(wait, 'matched', exit);
      await editor.connect(wait, 'timeout', send);
      await editor.connect(send, 'next', exit);
      await expect(editor.edges()).toHaveCount(4);

      // Defaults leave the event names and the SMS text empty: validation says so on the nodes and in the panel.
      await expect(editor.node(entry).locator('[data-testid="node-issue-badge"]')).toBeVisible();
      expect(await editor.errorCount()).toBeGreaterThan(0);
      await expect(editor.submitButton()).toBeDisabled();
      await screenshot(page, '05-editor-validation-errors');

      // Clicking an issue focuses its node; the inspector shows the field error.
      await editor.issuesPanel().getByRole('button').filter({ hasText: /event/i }).first().click();
      await expect(editor.inspector()).toBeVisible();
      await editor.select(entry);
      await expect(editor.inspector().getByRole('alert').first()).toBeVisible();
      await editor.inspector().getByLabel('Event name').fill('product_viewed');
      await editor.select(wait);
      await editor.inspector().getByLabel('Event name').fill('purchase');
      await editor.select(send);
      await editor
        .inspector()
        .getByLabel('text')
        .fill('[데모몰] 보신 상품 10% 쿠폰을 드려요. 쿠폰코드 SAVE10');
      await expect(editor.inspector().getByTestId('sms-counter')).toContainText('SMS');
      await screenshot(page, '06-editor-inspector-send');
      await expect.poll(() => editor.errorCount()).toBe(0);
      await expect(editor.submitButton()).toBeEnabled();

      // Undo brings the last change back (the SMS text is empty again), redo re-applies it.
      await editor.focusCanvas();
      await page.keyboard.press('Control+z');
      await expect.poll(() => editor.errorCount()).toBeGreaterThan(0);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => editor.errorCount()).toBe(0);

      await editor.save();
      await screenshot(page, '07-editor-saved');

      await page.reload();
      await expect(page.getByTestId('journey-editor')).toBeVisible();
      await expect(editor.nodes()).toHaveCount(4);
      await expect(editor.edges()).toHaveCount(4);
      for (const id of [entry, wait, send, exit]) await expect(editor.node(id)).toBeVisible();
      await editor.select(entry);
      await expect(editor.inspector().getByLabel('Event name')).toHaveValue('product_viewed');
      await expect.poll(() => editor.errorCount()).toBe(0);

      await editor.submitForReview('첫 버전입니다. 쿠폰 문구 확인 부탁드려요.');
      await expect(page.locator('.jf-editor-toolbar .jf-badge').first()).toHaveText('In review');
      await page.context().close();
    });

    test('the author sees no Approve button on their own submission', async ({ browser }) => {
      const page = await signedInPage(browser, MARKETER);
      const review = new ReviewPage(page);
      await review.goto(journeyId);
      await expect(page.getByText(/another reviewer must approve/)).toBeVisible();
      await expect(review.approveButton()).toHaveCount(0);
      await expect(review.rejectButton()).toHaveCount(0);
      await screenshot(page, '08-review-as-author');
      await page.context().close();
    });

    test('a reviewer finds it in the queue, sees the diff, comments on a node and approves', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, REVIEWER);
      const list = new JourneyListPage(page);
      await list.goto();
      await list.showReviewQueue();
      await expect(list.row(journeyName)).toBeVisible();
      await screenshot(page, '09-review-queue');
      await list.row(journeyName).getByRole('link', { name: journeyName }).click();
      const review = new ReviewPage(page);
      await expect(page.getByTestId('review-page')).toBeVisible();
      await expect(review.canvasNodes()).toHaveCount(4);
      // Nothing is live yet, so every node is new.
      await expect(review.diffSummary().getByText('Added')).toHaveCount(4);
      await expect(page.locator('.jf-node.diff-added')).toHaveCount(4);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await review.comment('쿠폰 문구 좋아요', nodes.send);
      await screenshot(page, '10-review-diff');
      await review.approve();
      await review.confirmApproval();
      await expect(page.locator('.jf-editor-toolbar .jf-badge').first()).toHaveText('Approved');
      await expect(review.approveButton()).toHaveCount(0);
      await page.context().close();
    });

    test('the marketer publishes the approved journey; an admin pauses and resumes it', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, MARKETER);
      const editor = new EditorPage(page);
      await editor.goto(journeyId);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await screenshot(page, '11-publish-dialog');
      await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect(page.locator('.jf-editor-toolbar .jf-badge').first()).toHaveText('Live');
      // Pausing is an admin's call (SPEC §1): the marketer does not get the button.
      await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
      await screenshot(page, '12-live');
      await page.context().close();

      const admin = await signedInPage(browser, ADMIN);
      await new EditorPage(admin).goto(journeyId);
      await admin.getByRole('button', { name: 'Pause', exact: true }).click();
      await expect(admin.locator('.jf-editor-toolbar .jf-badge').first()).toHaveText('Paused');
      await admin.getByRole('button', { name: 'Resume', exact: true }).click();
      await expect(admin.locator('.jf-editor-toolbar .jf-badge').first()).toHaveText('Live');

      // The published version is viewable read-only, with the audit trail beside it.
      await admin.goto(`/journeys/${journeyId}/versions/1`);
      await expect(admin.getByTestId('version-page')).toBeVisible();
      await expect(admin.locator('[data-testid="readonly-canvas"] .react-flow__node')).toHaveCount(4);
      await expect(admin.getByTestId('audit-list')).toContainText('published');
      await screenshot(admin, '13-version-1');
      await admin.context().close();
    });

    test('editing the live journey makes a new draft; the reviewer sees exactly what changed', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, MARKETER);
      const editor = new EditorPage(page);
      await editor.goto(journeyId);
      // The "+" on the first edge (entry → wait for purchase) inserts a step between them.
      const plus = page.locator('.jf-edge-plus').first();
      await plus.click();
      await page.getByRole('dialog', { name: 'Quick add' }).getByRole('textbox').fill('Wait');
      await page.keyboard.press('Enter');
      await expect(editor.nodes()).toHaveCount(5);
      await expect(editor.edges()).toHaveCount(5);
      await editor.select(nodes.send);
      await editor.inspector().getByLabel('text').fill('[데모몰] 오늘만 15% 쿠폰! 쿠폰코드 SAVE15');
      await editor.save();
      await expect(page.locator('.jf-editor-toolbar .jf-badge').nth(1)).toHaveText('Draft');
      await editor.submitForReview('쿠폰 15%로 변경, 대기 단계 추가');
      await page.context().close();

      const reviewer = await signedInPage(browser, REVIEWER);
      const review = new ReviewPage(reviewer);
      await review.goto(journeyId);
      await expect(reviewer.locator('.jf-node.diff-added')).toHaveCount(1);
      await expect(reviewer.locator(`.react-flow__node[data-id="${nodes.send}"] .jf-node`)).toHaveClass(
        /diff-changed/,
      );
      await expect(review.diffSummary()).toContainText('SAVE15');
      await screenshot(reviewer, '16-review-diff-v2');
      await review.rejectButton().click();
      await reviewer
        .getByRole('dialog')
        .getByLabel(/Why is it rejected/)
        .fill('15%는 마진이 안 나와요. 10%로 돌려주세요.');
      await reviewer.getByRole('dialog').getByRole('button', { name: 'Reject', exact: true }).click();
      await expect(reviewer.locator('.jf-editor-toolbar .jf-badge').nth(1)).toHaveText('Draft');
      await reviewer.context().close();
    });

    test('keyboard editing: delete reconnects, undo restores, copy/paste carries steps into another journey', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, MARKETER);
      const list = new JourneyListPage(page);
      await list.goto();
      await list.create(`Keyboard ${Date.now()}`);
      const editor = new EditorPage(page);
      const entry = await editor.dragFromPalette('entry.event', { x: 320, y: 80 });
      const wait = await editor.dragFromPalette('wait.duration', { x: 320, y: 260 });
      const exit = await editor.dragFromPalette('exit', { x: 320, y: 440 });
      await editor.connect(entry, 'next', wait);
      await editor.connect(wait, 'next', exit);

      await editor.select(wait);
      await editor.focusCanvas();
      await editor.select(wait);
      await page.keyboard.press('Delete');
      await expect(editor.nodes()).toHaveCount(2);
      await expect(editor.edges()).toHaveCount(1); // entry → exit, joined
      await page.keyboard.press('Control+z');
      await expect(editor.nodes()).toHaveCount(3);
      await expect(editor.edges()).toHaveCount(2);

      await editor.select(entry);
      await editor
        .node(wait)
        .locator('.jf-node-title')
        .click({ modifiers: ['Control'] });
      await page.keyboard.press('Control+c');
      await editor.save();

      await list.goto();
      await list.create(`Paste target ${Date.now()}`);
      await editor.focusCanvas();
      await page.keyboard.press('Control+v');
      await expect(editor.nodes()).toHaveCount(2);
      await expect(editor.edges()).toHaveCount(1);
      await screenshot(page, '17-pasted-into-another-journey');
      await page.context().close();
    });

    test('the UI reads well in Korean', async ({ browser }) => {
      const page = await signedInPage(browser, MARKETER);
      await page.getByLabel('Language').selectOption('ko');
      await expect(page.getByRole('heading', { name: '여정' })).toBeVisible();
      await screenshot(page, '14-list-ko');
      await new EditorPage(page).goto(journeyId);
      // Button captions follow the language, their accessible names stay the stable English hooks.
      await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveText('저장');
      await screenshot(page, '15-editor-ko');
      await page.context().close();
    });
  });
