import { expect, type Locator, test } from '@playwright/test';
import { EditorPage } from '../pages/EditorPage';
import { apiHeaders, expectNoEnglish, koreanPage } from '../pages/KoreanScreens';
import { docScreenshot } from '../screenshot';

const stamp = Date.now();

/** The option a <select> shows, as the reader sees it. */
const shown = (select: Locator) => select.locator('option:checked');

/**
 * The condition builder for people (issue 16), in Korean: attributes picked by name, operators in words,
 * amounts in 원 with separators, consents in words, and a grade typed in the wrong case caught before it
 * silently matches nobody. The stored condition keeps its codes.
 */
test.describe('condition builder in Korean', () => {
  test('builds a segment from grade, 90-day spend and SMS consent, in words', async ({ browser }) => {
    const page = await koreanPage(browser, 'marketer@demo.local');
    await page.goto('/segments');
    await page.getByRole('button', { name: '새 세그먼트' }).click();
    const builder = page.getByRole('region', { name: '세그먼트 빌더' });
    await builder.getByLabel('이름', { exact: true }).fill(`골드 이상 문자 동의 ${stamp}`);

    // Rule 1: 등급 · 같음 · "gold" → the known tiers are shown and the case mistake is offered a fix.
    const first = builder.locator('.jf-cond-leaf').nth(0);
    await first.getByLabel('속성', { exact: true }).selectOption({ label: '등급' });
    await first.getByLabel('비교 방법').selectOption({ label: '같음' });
    await first.getByLabel('값', { exact: true }).fill('gold');
    await expect(first.getByTestId('cond-known-values')).toContainText('Gold');
    const warning = first.getByTestId('cond-unknown-value');
    await expect(warning).toContainText('"gold"은(는) 등록된 등급이 아닙니다');
    await warning.getByRole('button', { name: '"Gold"(으)로 바꾸기' }).click();
    await expect(first.getByLabel('값', { exact: true })).toHaveValue('Gold');
    await expect(warning).toHaveCount(0);

    // Rule 2: 90일 구매 금액 · 이상 · 500,000원.
    await builder.getByRole('button', { name: '+ 규칙 추가' }).click();
    const second = builder.locator('.jf-cond-leaf').nth(1);
    await second.getByLabel('속성', { exact: true }).selectOption({ label: '90일 구매 금액' });
    await second.getByLabel('비교 방법').selectOption({ label: '이상' });
    await second.getByLabel('값', { exact: true }).fill('500000');
    await expect(second.getByLabel('값', { exact: true })).toHaveValue('500,000');
    await expect(second).toContainText('원');

    // Rule 3: 문자 수신 동의 · 동의함 (유효) — no value to type.
    await builder.getByRole('button', { name: '+ 규칙 추가' }).click();
    const third = builder.locator('.jf-cond-leaf').nth(2);
    await third.getByLabel('속성', { exact: true }).selectOption({ label: '문자 수신 동의' });
    await expect(shown(third.getByLabel('비교 방법'))).toHaveText('동의함 (유효)');
    await expect(third.getByLabel('값', { exact: true })).toHaveCount(0);

    // Rule 4: 생일 · 이후 · a date from the calendar input.
    await builder.getByRole('button', { name: '+ 규칙 추가' }).click();
    const fourth = builder.locator('.jf-cond-leaf').nth(3);
    await fourth.getByLabel('속성', { exact: true }).selectOption({ label: '생일' });
    await fourth.getByLabel('비교 방법').selectOption({ label: '이후' });
    await expect(fourth.getByLabel('값', { exact: true })).toHaveAttribute('type', 'date');
    await fourth.getByLabel('값', { exact: true }).fill('1900-01-01');

    await expect(shown(first.getByLabel('속성', { exact: true }))).toHaveText('등급');
    await expect(shown(second.getByLabel('비교 방법'))).toHaveText('이상');
    await expectNoEnglish(builder, ['Attribute', 'Operator', 'gte', 'exists', 'consent.sms', 'rfm.']);

    // The live count settles on a number, and saving stores the codes the engine reads.
    const count = page.getByTestId('segment-live-count');
    await expect(count).toHaveAttribute('data-count', /^\d+$/);
    await docScreenshot(page, 'condition-builder-ko', true);
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/segments') && response.request().method() === 'POST',
    );
    await builder.getByRole('button', { name: 'Save' }).click();
    const body = (await (await saved).json()) as { condition: unknown };
    expect(body.condition).toEqual({
      all: [
        { attribute: 'grade', op: 'eq', value: 'Gold' },
        { attribute: 'rfm.monetary_90d', op: 'gte', value: 500_000 },
        { attribute: 'consent.sms', op: 'exists' },
        { attribute: 'birthday', op: 'after', value: '1900-01-01' },
      ],
    });
    await page.context().close();
  });

  test('grade rules use the same builder, in words and 원', async ({ browser }) => {
    const page = await koreanPage(browser, 'admin@demo.local');
    await page.goto('/settings/grades');
    const vip = page.getByRole('region', { name: 'VIP 등급' });
    await expect(shown(vip.getByLabel('속성', { exact: true }))).toHaveText('90일 구매 금액');
    await expect(shown(vip.getByLabel('비교 방법'))).toHaveText('이상');
    await expect(vip.getByLabel('값', { exact: true })).toHaveValue('1,000,000');
    await page.context().close();
  });

  test('the editor\'s condition step shows the same words and catches "gold"', async ({ browser }) => {
    const page = await koreanPage(browser, 'marketer@demo.local');
    const created = await page.request.post('/api/journeys', {
      headers: apiHeaders,
      data: {
        name: `골드 분기 ${stamp}`,
        graph: {
          nodes: [
            { id: 'start', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'purchase' } },
            {
              id: 'gold',
              type: 'condition',
              position: { x: 320, y: 0 },
              settings: {
                condition: {
                  all: [
                    { attribute: 'grade', op: 'eq', value: 'gold' },
                    { attribute: 'consent.kakao', op: 'exists', value: false },
                  ],
                },
              },
            },
            { id: 'done', type: 'exit', position: { x: 640, y: -80 }, settings: {} },
            { id: 'other', type: 'exit', position: { x: 640, y: 80 }, settings: {} },
          ],
          edges: [
            { id: 'e1', source: 'start', sourceHandle: 'next', target: 'gold' },
            { id: 'e2', source: 'gold', sourceHandle: 'yes', target: 'done' },
            { id: 'e3', source: 'gold', sourceHandle: 'no', target: 'other' },
          ],
        },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const editor = new EditorPage(page);
    await editor.goto(id);
    await editor.select('gold');
    const inspector = editor.inspector();
    const leaves = inspector.locator('.jf-cond-leaf');
    await expect(shown(leaves.nth(0).getByLabel('속성', { exact: true }))).toHaveText('등급');
    await expect(leaves.nth(0).getByTestId('cond-unknown-value')).toContainText('"Gold"을(를) 뜻하셨나요?');
    await expect(shown(leaves.nth(1).getByLabel('속성', { exact: true }))).toHaveText('카카오톡 수신 동의');
    await expect(shown(leaves.nth(1).getByLabel('비교 방법'))).toHaveText('동의 안 함 또는 만료');
    await docScreenshot(page, 'condition-builder-editor-ko');
    await page.context().close();
  });
});
