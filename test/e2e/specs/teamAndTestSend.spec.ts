import { expect, test } from '@playwright/test';
import { signedInPage } from '../helpers/signedInPage';
import { LoginPage } from '../pages/LoginPage';
import { docScreenshot } from '../screenshot';

const stamp = Date.now();
const phone = `010${String(stamp).slice(-8)}`;
const colleague = `colleague-${stamp}@demo.local`;

/**
 * The marketer's daily tools in Korean: a test phone verified by a one-time code, a real test send of
 * the cart-coupon ad (the (광고) prefix and 080 line as the real ad) found in the message log's test
 * filter, and an admin inviting a colleague who joins through the link.
 */
test.describe
  .serial('team and test send', () => {
    test('a verified test phone receives the ad exactly as customers would, listed as a test message', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local', 'ko-KR');
      await page.goto('/settings/test-recipients');
      await expect(page.getByRole('heading', { name: '테스트 수신자' })).toBeVisible();
      await page.getByLabel('이름', { exact: true }).fill('내 휴대폰');
      await page.getByLabel('휴대폰 번호, 이메일 또는 푸시 토큰').fill(phone);
      await page.getByRole('button', { name: '수신자 추가' }).click();

      // The demo's SMS channel is the sandbox: nothing is really texted, so the code is shown.
      const notice = page.getByText(/인증번호는 \d{6}입니다/);
      await expect(notice).toBeVisible();
      const code = (await notice.textContent())?.match(/(\d{6})/)?.[1] ?? '';
      await page.getByLabel('인증번호', { exact: true }).fill(code === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: '인증번호 확인' }).click();
      await expect(page.getByRole('alert').filter({ hasText: '인증번호' })).toContainText(
        '인증번호가 틀렸습니다. 4번 더 시도할 수 있습니다.',
      );
      await page.getByLabel('인증번호', { exact: true }).fill(code);
      await page.getByRole('button', { name: '인증번호 확인' }).click();
      const row = page.getByTestId('test-recipient-table').getByRole('row', { name: /내 휴대폰/ });
      await expect(row.getByText('인증됨')).toBeVisible();
      await docScreenshot(page, 'settings-test-recipients-ko');

      await page.goto('/templates');
      await page.getByRole('button', { name: '장바구니 10% 쿠폰 (SMS)' }).click();
      await page.getByRole('button', { name: '테스트 발송' }).click();
      const dialog = page.getByRole('dialog', { name: '테스트 발송' });
      await expect(dialog.getByRole('checkbox', { name: /내 휴대폰/ })).toBeChecked();
      await dialog.getByLabel('이름 (customer.name)').fill('김테스트');
      await docScreenshot(page, 'test-send-dialog-ko');
      await dialog.getByRole('button', { name: '테스트 보내기' }).click();
      await expect(dialog.getByTestId('test-send-results')).toContainText(
        '내 휴대폰에게 테스트를 보냈습니다',
      );
      await dialog.getByRole('button', { name: '닫기' }).click();

      await page.goto('/messages');
      await page.getByLabel('종류').selectOption('true');
      const message = page
        .getByRole('table', { name: /^(Messages|메시지 기록)$/ })
        .getByRole('row')
        .nth(1);
      await expect(message).toContainText('(광고)[데모몰] 김테스트님');
      await expect(message).toContainText('무료수신거부 080-123-4567');
      await expect(message).toContainText('테스트');
      await docScreenshot(page, 'messages-test-sends-ko');
      // Real messages only by default: the test send is not among them.
      await page.getByLabel('종류').selectOption('');
      await expect(page.getByRole('table', { name: /^(Messages|메시지 기록)$/ })).not.toContainText(
        '김테스트',
      );
      await page.context().close();
    });

    test('an admin invites a colleague by link; the colleague joins the workspace through it, once', async ({
      browser,
    }) => {
      const admin = await signedInPage(browser, 'admin@demo.local', 'ko-KR');
      await admin.goto('/settings/team');
      await expect(admin.getByTestId('team-table')).toContainText('marketer@demo.local');
      await admin.getByLabel('동료의 이메일').fill(colleague);
      await admin.getByLabel('역할', { exact: true }).selectOption('reviewer');
      await admin.getByRole('button', { name: '초대 만들기' }).click();
      const url = (await admin.getByTestId('invitation-url').textContent()) ?? '';
      expect(url).toMatch(/\/invite\/[\w-]{40,}$/);
      await expect(admin.getByRole('button', { name: '복사' })).toBeVisible();
      await expect(admin.getByTestId('invitation-table')).toContainText(colleague);
      await docScreenshot(admin, 'settings-team-ko', true);

      const guest = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
      await guest.goto(new URL(url).pathname);
      await expect(guest.getByRole('heading', { name: /참여하기/ })).toBeVisible();
      await expect(guest.getByText(/검토자 역할에 초대되었습니다/)).toBeVisible();
      await guest.getByLabel('이름', { exact: true }).fill('새 동료');
      await guest.getByLabel('비밀번호 (8자 이상)').fill('colleague-password');
      await docScreenshot(guest, 'invite-accept-ko');
      await guest.getByRole('button', { name: '계정 만들기' }).click();
      await expect(guest.getByRole('status')).toContainText(`${colleague}로 로그인하세요`);
      await guest.goto(new URL(url).pathname);
      await expect(guest.getByRole('alert')).toHaveText('이미 사용한 링크입니다.');

      await new LoginPage(guest).loginAs(colleague, 'colleague-password');
      await admin.reload();
      const row = admin.getByTestId('team-table').getByRole('row', { name: new RegExp(colleague) });
      await expect(row.getByRole('combobox')).toHaveValue('reviewer');
      await row.getByRole('button', { name: '비활성화' }).click();
      await expect(row).toContainText('비활성');

      // A password reset link for a colleague, shown once with its copy button.
      const marketerRow = admin.getByTestId('team-table').getByRole('row', { name: /marketer@demo\.local/ });
      await marketerRow.getByRole('button', { name: '비밀번호 재설정 링크' }).click();
      await expect(admin.getByTestId('reset-url')).toHaveText(/\/invite\/[\w-]{40,}$/);

      // An API key with scopes: shown once, with a copy button.
      await admin.goto('/settings/api-keys');
      await admin.getByLabel('키 이름').fill(`e2e ${stamp}`);
      await admin.getByRole('checkbox', { name: /발송 결과 보고/ }).check();
      await admin.getByRole('button', { name: '키 만들기' }).click();
      await expect(admin.getByTestId('new-api-key')).toHaveText(/^jf_live_/);
      await expect(admin.getByRole('button', { name: '복사' })).toBeVisible();
      await expect(admin.getByTestId('api-key-table')).toContainText(`e2e ${stamp}`);
      await admin.context().close();
      await guest.context().close();
    });
  });
