import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoEnglish, apiHeaders as headers, koreanPage } from '../pages/KoreanScreens';
import { ReviewPage } from '../pages/ReviewPage';
import { docScreenshot } from '../screenshot';

const stamp = Date.now();
const name = `미리보기 검토 ${stamp}`;
const smsV1 = '(광고)[데모몰] {{ customer.name }}님, 보신 상품 10% 쿠폰을 드려요.\n무료수신거부 080-123-4567';
const smsV2 =
  '(광고)[데모몰] {{ customer.name }}님, 보신 상품 15% 쿠폰을 드려요 🎉\n무료수신거부 080-123-4567';

const graph = (timeoutSeconds: number, smsText: string) => ({
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'product_viewed' } },
    {
      id: 'wait',
      type: 'wait.event',
      label: '구매 기다리기',
      position: { x: 0, y: 160 },
      settings: { event: 'purchase', timeoutSeconds },
    },
    {
      id: 'coupon',
      type: 'send',
      label: '쿠폰 문자',
      position: { x: 0, y: 320 },
      settings: { channel: 'sms', purpose: 'ad', content: { text: smsText } },
    },
    {
      id: 'kakao',
      type: 'send',
      label: '배송 알림톡',
      position: { x: 260, y: 320 },
      settings: {
        channel: 'alimtalk',
        purpose: 'info',
        content: {
          templateCode: 'ORDER_SHIPPED_01',
          variables: { name: '{{ customer.name }}', product: '겨울 패딩', tracking: '1234-5678' },
        },
      },
    },
    { id: 'done', type: 'exit', position: { x: 0, y: 480 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'timeout', target: 'coupon' },
    { id: 'e3', source: 'wait', sourceHandle: 'matched', target: 'kakao' },
    { id: 'e4', source: 'coupon', sourceHandle: 'next', target: 'done' },
    { id: 'e5', source: 'kakao', sourceHandle: 'next', target: 'done' },
  ],
});

const ok = async (request: APIRequestContext, method: 'post' | 'put', url: string, data: unknown) => {
  const answer = await request[method](url, { headers, data });
  expect(answer.status(), `${method} ${url}: ${await answer.text()}`).toBeLessThan(300);
  return answer.json();
};

/**
 * Issue 16, in Korean: the reviewer sees what is approved (the step in full with its preview, the diff in
 * words, a summary before approving); the marketer sees and resolves the comments in the editor; an ad
 * step with an open compliance warning cannot be published; previews show what the customer sees.
 */
test.describe
  .serial('review shows what is approved, previews show what is sent (Korean)', () => {
    let journeyId = '';

    test('v1 is live; v2 waits 12 hours instead of a day and adds an emoji to the ad', async ({
      browser,
    }) => {
      const marketer = await koreanPage(browser, 'marketer@demo.local');
      const reviewer = await koreanPage(browser, 'reviewer@demo.local');
      const created = await ok(marketer.request, 'post', '/api/journeys', {
        name,
        graph: graph(86_400, smsV1),
        settings: {},
      });
      journeyId = created.id;
      await ok(marketer.request, 'post', `/api/journeys/${journeyId}/submit`, {});
      await ok(reviewer.request, 'post', `/api/journeys/${journeyId}/approve`, {});
      await ok(marketer.request, 'post', `/api/journeys/${journeyId}/publish`, {});
      const current = await (await marketer.request.get(`/api/journeys/${journeyId}`)).json();
      await ok(marketer.request, 'put', `/api/journeys/${journeyId}`, {
        graph: graph(43_200, smsV2),
        revision: current.revision,
      });
      await ok(marketer.request, 'post', `/api/journeys/${journeyId}/submit`, {});
      await marketer.context().close();
      await reviewer.context().close();
    });

    test('the reviewer reads the change in words, opens the step with its preview, comments and approves after the summary', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'reviewer@demo.local');
      const review = new ReviewPage(page);
      await review.goto(journeyId);
      const changes = review.diffSummary();
      const wait = changes.locator('[data-path="settings.timeoutSeconds"]');
      await expect(wait).toContainText('대기 시간');
      await expect(wait.locator('del')).toHaveText('1일');
      await expect(wait.locator('ins')).toHaveText('12시간');
      await expect(changes).not.toContainText('settings.timeoutSeconds');
      const text = changes.locator('[data-path="settings.content.text"]');
      await expect(text).toContainText('메시지 본문');
      await expect(text.locator('del').first()).toHaveText('10%');
      await expect(text.locator('ins').first()).toContainText('15%');

      await page.locator('[data-testid="readonly-canvas"] .react-flow__node[data-id="coupon"]').click();
      const detail = page.getByTestId('review-node-detail');
      await expect(detail).toContainText('쿠폰 문자');
      await expect(detail).toContainText('발송 목적');
      await expect(detail).toContainText('광고');
      const preview = detail.getByTestId('message-preview');
      await expect(preview).toContainText('김민지님, 보신 상품 15% 쿠폰을 드려요');
      await expect(preview.getByTestId('preview-emoji-warning')).toContainText('🎉');
      await expect(page.getByTestId('review-ad-warnings')).toContainText('쿠폰 문자');
      await expectNoEnglish(detail, ['Kind', 'Channel', 'Purpose', 'bytes', 'Text message', 'Phones show']);
      await expectNoEnglish(changes, ['Wait time', 'Message text', 'settings.', 'Links between']);
      await docScreenshot(page, 'review-step-preview-ko');
      // The step is selected already (clicking it again would unselect it): the comment is pinned to it.
      await review.comment('이모지는 문자로 보낼 수 없어요. 빼 주세요.');

      await page.locator('[data-testid="readonly-canvas"] .react-flow__node[data-id="kakao"]').click();
      const kakao = page.getByTestId('review-node-detail').getByTestId('preview-alimtalk-body');
      await expect(kakao).toContainText(
        '김민지님, 주문하신 겨울 패딩 상품이 출발했어요. 운송장 번호: 1234-5678',
      );
      await expect(kakao).not.toContainText('ORDER_SHIPPED_01');
      await docScreenshot(page, 'review-alimtalk-preview-ko');

      const summary = await review.approve();
      await expect(summary.getByTestId('approve-channels')).toContainText('알림톡');
      await expect(summary.getByTestId('approve-ad-steps')).toContainText('쿠폰 문자');
      await expect(summary.getByTestId('approve-warnings')).toContainText('쿠폰 문자');
      await expect(summary.getByTestId('approve-reach')).toContainText('product_viewed');
      await expectNoEnglish(summary, ['Steps', 'Channels', 'Ad steps', 'Compliance', 'Expected reach']);
      await docScreenshot(page, 'review-approve-summary-ko');
      await review.confirmApproval();
      await expect(review.approveButton()).toHaveCount(0);
      await page.context().close();
    });

    test('the marketer sees the comment on the step in the editor and resolves it; publishing is blocked by the warning', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto(`/journeys/${journeyId}`);
      const comments = page.getByTestId('editor-review-comments');
      await expect(comments).toContainText('이모지는 문자로 보낼 수 없어요');
      await expect(comments).toContainText('“쿠폰 문자” 단계');
      await expect(page.locator('.react-flow__node[data-id="coupon"] .jf-node-comments')).toContainText('1');
      await docScreenshot(page, 'editor-review-comments-ko');
      await comments.getByRole('button', { name: '해결', exact: true }).click();
      await expect(comments).toContainText('해결되지 않은 검토 댓글 0개');
      await expect(page.locator('.react-flow__node[data-id="coupon"] .jf-node-comments')).toHaveCount(0);

      const refused = await page.request.post(`/api/journeys/${journeyId}/publish`, { headers, data: {} });
      expect(refused.status()).toBe(422);
      expect((await refused.json()).error.code).toBe('compliance_warning_open');

      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      const blocked = page.getByTestId('publish-blocked');
      await expect(blocked).toContainText('게시할 수 없습니다');
      await expect(blocked).toContainText('쿠폰 문자');
      await expect(
        page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }),
      ).toBeDisabled();
      await docScreenshot(page, 'publish-blocked-ko');
      await page.context().close();
    });

    test('the template editor picks the AlimTalk template from the registry and shows its body filled in', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/templates');
      await page.getByRole('button', { name: /새 템플릿/ }).click();
      await page.getByLabel('채널').selectOption('alimtalk');
      await page.getByLabel('등록된 템플릿 코드').selectOption('ORDER_SHIPPED_01');
      await page.getByLabel('#{product} 값').fill('겨울 패딩');
      await page.getByLabel('#{tracking} 값').fill('1234-5678');
      const body = page.getByTestId('template-preview').getByTestId('preview-alimtalk-body');
      await expect(body).toContainText('주문하신 겨울 패딩 상품이 출발했어요. 운송장 번호: 1234-5678');
      await expect(body.locator('mark.jf-preview-missing')).toHaveText('#{name}');
      await docScreenshot(page, 'preview-alimtalk-template-ko');

      await page.getByLabel('채널').selectOption('sms');
      await page.getByLabel('본문').fill(`${'가'.repeat(46)} 🎁`);
      const sms = page.getByTestId('template-preview');
      await expect(sms.getByTestId('preview-sms-switch')).toContainText('LMS');
      await expect(sms.getByTestId('preview-emoji-warning')).toContainText('🎁');
      await docScreenshot(page, 'preview-sms-lms-ko');

      await page.getByLabel('채널').selectOption('email');
      await page.getByLabel('제목', { exact: true }).fill('겨울 세일 안내');
      await page
        .getByLabel('HTML', { exact: true })
        .fill('<h1 style="color:#4338ca">겨울 세일</h1><p>최대 30% 할인</p>');
      const frame = page.getByTestId('template-preview').getByTestId('preview-email-frame');
      await expect(frame).toHaveAttribute('sandbox', '');
      await expect(
        page.frameLocator('[data-testid="preview-email-frame"]').getByText('겨울 세일'),
      ).toBeVisible();
      await docScreenshot(page, 'preview-email-ko');
      await page.context().close();
    });

    test('the message log opens a row as the customer saw it', async ({ browser }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/messages');
      const firstRow = page.locator('tr[data-message-id]').first();
      await expect(firstRow).toBeVisible();
      await firstRow.getByRole('button', { name: '메시지 보기' }).click();
      await expect(page.getByTestId('message-detail').getByTestId('message-preview')).toBeVisible();
      await docScreenshot(page, 'messages-row-preview-ko');
      await page.context().close();
    });
  });
