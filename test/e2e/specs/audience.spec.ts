import { expect, test } from '@playwright/test';
import { signedInPage } from '../helpers/signedInPage';
import { CustomerPage } from '../pages/CustomerPage';
import { EditorPage } from '../pages/EditorPage';
import { SegmentsPage } from '../pages/SegmentsPage';
import { docScreenshot } from '../screenshot';

const headers = { 'X-Requested-With': 'journeyflow' };
const stamp = Date.now();
const DAY = 86_400;

/** Issue 6 "Done when": Gold customers who bought within 90 days but not in the last 30, with SMS consent. */
const lapsedGold = {
  all: [
    { attribute: 'grade', op: 'eq', value: 'Gold' },
    { event: 'purchase', withinSeconds: 90 * DAY, count: { op: 'gte', value: 1 } },
    { event: 'purchase', withinSeconds: 30 * DAY, count: { op: 'eq', value: 0 } },
    { attribute: 'consent.sms', op: 'exists' },
  ],
};

test.describe
  .serial('audience: segments, customers and import', () => {
    test('a marketer builds the lapsed-Gold segment visually, sees the live count the API gives, and saves it', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const segments = new SegmentsPage(page);
      await segments.goto();
      const name = `Gold, lapsed 30–90 days, SMS ${stamp}`;
      await segments.startNew(name);

      await segments.setAttributeRule(segments.rule(0), 'grade', 'eq', 'Gold');
      await segments.setEventRule(await segments.addRule(), 'purchase', 90, 'gte', 1);
      await segments.setEventRule(await segments.addRule(), 'purchase', 30, 'eq', 0);
      await segments.setAttributeRule(await segments.addRule(), 'consent.sms', 'exists');

      const shown = await segments.settledCount();
      const api = await page.request.post('/api/segments/preview', {
        headers,
        data: { condition: lapsedGold },
      });
      expect(api.status()).toBe(200);
      const { count } = (await api.json()) as { count: number };
      expect(count).toBeGreaterThan(0);
      expect(shown).toBe(count);
      await expect(segments.liveCount()).toContainText(count.toLocaleString('en-US'));
      await docScreenshot(page, 'segment-builder');

      // Saving sends exactly the condition built on screen, and the list shows it with its count.
      const saved = page.waitForRequest(
        (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/segments',
      );
      await segments.builder().getByRole('button', { name: 'Save' }).click();
      expect((await saved).postDataJSON()).toEqual({ name, condition: lapsedGold });
      const row = segments.row(name);
      await expect(row).toBeVisible();
      await expect(row.getByTestId('segment-count')).toHaveText(count.toLocaleString('en-US'));

      // The members link lists exactly those customers.
      await row.getByTestId('segment-count').click();
      await expect(page).toHaveURL(/\/customers\?segmentId=/);
      await expect(page.getByText(`In segment: ${name}`)).toBeVisible();
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(Math.min(count, 50) + 1);
    });

    test('grade tiers are defined in settings, in order, and saving re-grades customers', async ({
      browser,
    }) => {
      // Only admins change grade tiers; a marketer sees them read-only.
      const marketerPage = await signedInPage(browser, 'marketer@demo.local');
      await marketerPage.goto('/settings/grades');
      await expect(
        marketerPage.getByText('Only admins can change these settings; you can look at them.'),
      ).toBeVisible();
      await expect(marketerPage.getByRole('button', { name: 'Save' })).toHaveCount(0);
      await expect(marketerPage.getByLabel('Grade name').first()).toBeDisabled();
      await marketerPage.context().close();
      const page = await signedInPage(browser, 'admin@demo.local');
      await page.goto('/settings/grades');
      await expect(page.getByRole('heading', { name: 'Grades', exact: true })).toBeVisible();
      const names = page.getByLabel('Grade name');
      await expect(names).toHaveCount(5);
      expect(await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
        'Dormant',
        'VIP',
        'Gold',
        'Silver',
        'Bronze',
      ]);
      const vip = page.getByRole('region', { name: 'Tier VIP' });
      await expect(vip.getByLabel('Attribute', { exact: true })).toHaveValue('rfm.monetary_90d');
      await expect(vip.getByLabel('Value', { exact: true })).toHaveValue('1,000,000');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Saved; customers were re-graded.').first()).toBeVisible();
    });

    test('a journey entry picks a saved segment and grade tiers from the workspace', async ({ browser }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const created = await page.request.post('/api/journeys', {
        headers,
        data: {
          name: `Audience entries ${stamp}`,
          graph: {
            nodes: [
              {
                id: 'seg',
                type: 'entry.segment',
                position: { x: 0, y: 0 },
                settings: { segmentId: '', includeExisting: false },
              },
              { id: 'vip', type: 'entry.grade', position: { x: 320, y: 0 }, settings: { to: [] } },
            ],
            edges: [],
          },
        },
      });
      expect(created.status()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const editor = new EditorPage(page);
      await editor.goto(id);
      await editor.select('seg');
      const segmentPicker = page.getByLabel('Segment', { exact: true });
      const vipOption = segmentPicker.locator('option', { hasText: 'VIP 고객' });
      await expect(vipOption).toHaveCount(1);
      await segmentPicker.selectOption({ label: (await vipOption.textContent()) ?? '' });
      await expect(segmentPicker).toHaveValue('seg_vip');

      await editor.select('vip');
      const to = page.getByRole('group', { name: 'To grade' });
      for (const tier of ['Dormant', 'VIP', 'Gold', 'Silver', 'Bronze'])
        await expect(to.getByLabel(tier, { exact: true })).toBeVisible();
      await to.getByLabel('VIP', { exact: true }).check();
      await expect(to.getByLabel('VIP', { exact: true })).toBeChecked();
    });

    test('customers search opens a customer page with profile, consent, grades, events, journeys and messages', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const externalId = 'cust_0042';
      // Three views start the live demo journey, which sends an in-app coupon: a journey and a message.
      for (let i = 0; i < 3; i++) {
        const res = await page.request.post('/api/events', {
          headers,
          data: {
            externalId,
            name: 'product_viewed',
            properties: { productId: 'p_apple', productName: '사과' },
          },
        });
        expect(res.status()).toBe(202);
      }
      const customers = new CustomerPage(page);
      await customers.gotoList();
      await customers.search(externalId);
      await expect(customers.resultLink(externalId)).toBeVisible();
      await customers.open(externalId);

      await expect(customers.section('Profile')).toContainText(externalId);
      await expect(customers.section('Marketing consent')).toContainText('sms');
      await expect(customers.section('Grade history').locator('li').first()).toBeVisible();
      await expect(customers.section('Event timeline')).toContainText('product_viewed');
      await expect
        .poll(
          async () => {
            const res = await page.request.get(`/api/customers/${externalId}`);
            const body = (await res.json()) as { journeys: unknown[]; messages: unknown[] };
            return body.journeys.length > 0 && body.messages.length > 0;
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.reload();
      await expect(customers.section('Journeys')).toContainText('데모샵: 3회 조회 인앱 쿠폰');
      await expect(customers.section('Messages')).toContainText('inapp');
      await docScreenshot(page, 'customer-page', true);

      // A search that matches nobody says so.
      await customers.gotoList();
      await customers.search(`nobody-${stamp}`);
      await expect(page.getByRole('heading', { name: 'No customers match' })).toBeVisible();
    });

    test('an audience CSV with bad rows imports the good rows and lists the bad ones with reasons', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const segments = new SegmentsPage(page);
      await segments.goto();
      const name = `Partner: searched flights ${stamp}`;
      const csv = [
        'externalId,source',
        `partner-${stamp}-1,airline`,
        ',airline',
        `partner-${stamp}-2,hotel`,
        `partner-${stamp}-1,airline`,
        `partner-${stamp}-3`,
      ].join('\n');
      await segments.startImport(name, 'partner-audience.csv', csv);
      // Partner ids are new to the workspace: the check says so, and they are added only on request.
      await expect(segments.importCheck().getByTestId('import-unknown')).toContainText('2 unknown');
      await segments.confirmImport({ createUnknown: true });
      const report = segments.importReport();
      await expect(report).toContainText('2 rows imported');
      await expect(report).toContainText('3 rows rejected');
      const bad = report.getByRole('table', { name: 'Rejected rows' });
      await expect(bad.getByRole('row', { name: /^2 Invalid\s+externalId is empty/ })).toBeVisible();
      await expect(bad.getByRole('row', { name: /^4 Duplicate .* duplicate of row 1/ })).toBeVisible();
      await expect(bad.getByRole('row', { name: /^5 Invalid\s+expected 2 columns, found 1/ })).toBeVisible();
      await expect(segments.row(name).getByTestId('segment-count')).toHaveText('2');
      await docScreenshot(page, 'import-report');
    });
  });
