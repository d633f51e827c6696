import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { expect, test } from '@playwright/test';
import { createJourney } from '../helpers/createJourney';
import { EditorPage } from '../pages/EditorPage';
import { expectNoEnglish, apiHeaders as headers, koreanPage } from '../pages/KoreanScreens';
import { docScreenshot } from '../screenshot';

const stamp = Date.now();

/**
 * The screens changed this session, in Korean: each is asserted on what the reader sees and saved under
 * docs/screenshots/ with a `-ko` name for the README.
 */
test.describe
  .serial('Korean screens', () => {
    test('내 계정: change password and sign out everywhere (marketer)', async ({ browser }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/settings/account');
      await expect(page.getByRole('heading', { name: '내 계정' })).toBeVisible();
      await expect(page.getByRole('form', { name: '비밀번호 변경' })).toBeVisible();
      await expect(page.getByLabel('현재 비밀번호')).toBeVisible();
      await expect(page.getByRole('button', { name: '모든 기기에서 로그아웃' })).toBeVisible();
      await expectNoEnglish(page.locator('main'), [
        'Change password',
        'Sign out',
        'Current password',
        'Save',
      ]);
      await expect(page.locator('.jf-role')).toHaveText('마케터');
      await docScreenshot(page, 'settings-account-ko', true);
      await page.context().close();
    });

    test('API 키: a key with scopes, shown once (admin)', async ({ browser }) => {
      const page = await koreanPage(browser, 'admin@demo.local');
      await page.goto('/settings/api-keys');
      await expect(page.getByRole('heading', { name: 'API 키' })).toBeVisible();
      await page.getByLabel('키 이름').fill(`물류 연동 ${stamp}`);
      await page.getByRole('checkbox', { name: /발송 결과 보고/ }).check();
      await page.getByRole('button', { name: '키 만들기' }).click();
      await expect(page.getByRole('status').filter({ hasText: '다시 보여 주지 않습니다' })).toBeVisible();
      await expect(page.getByTestId('new-api-key')).not.toBeEmpty();
      await expect(page.getByTestId('api-key-table')).toContainText('발송 결과 보고');
      await expectNoEnglish(page.locator('main'), ['Key name', 'Create key', 'Revoke', 'Never', 'Scopes']);
      await docScreenshot(page, 'settings-api-keys-ko', true);
      await page.context().close();
    });

    test('감사 로그: entries, then the empty state (admin)', async ({ browser }) => {
      const page = await koreanPage(browser, 'admin@demo.local');
      // A few changes for the trail: the review rule off and on, and the ad identity saved again.
      for (const on of [true, false]) {
        const answer = await page.request.put('/api/review-settings', {
          headers,
          data: { segmentEditsNeedApproval: on },
        });
        expect(answer.ok()).toBe(true);
      }
      await page.goto('/settings/audit');
      await expect(page.getByRole('heading', { name: '감사 로그' })).toBeVisible();
      const table = page.getByTestId('audit-table');
      await expect(table.getByRole('row').nth(2)).toBeVisible();
      await expect(table.getByRole('columnheader').first()).toHaveText('시각');
      await expectNoEnglish(page.locator('main'), ['Audit log', 'Apply', 'Clear', 'Show change', 'Who']);
      await docScreenshot(page, 'settings-audit-ko');

      await page.getByLabel('사용자 (ID 또는 이메일)').fill(`nobody-${stamp}@nowhere.test`);
      await page.getByRole('button', { name: '적용' }).click();
      await expect(page.getByText('조건에 맞는 변경 기록이 없습니다.')).toBeVisible();
      await docScreenshot(page, 'settings-audit-empty-ko');
      await page.context().close();
    });

    test('검토: the segment approval rule (admin)', async ({ browser }) => {
      const page = await koreanPage(browser, 'admin@demo.local');
      await page.goto('/settings/review');
      await expect(page.getByRole('heading', { name: '검토 규칙' })).toBeVisible();
      await expect(page.getByRole('checkbox')).toBeEnabled();
      await expectNoEnglish(page.locator('main'), ['Review rules', 'Only admins']);
      await docScreenshot(page, 'settings-review-ko');
      await page.context().close();
    });

    test('템플릿에서: the journey gallery (marketer)', async ({ browser }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/journeys');
      await page.getByRole('button', { name: '템플릿에서' }).click();
      const dialog = page.getByRole('dialog', { name: '템플릿에서 새 여정 만들기' });
      await expect(dialog.getByRole('radio').first()).toBeVisible();
      await dialog.getByRole('radio').first().check();
      await expect(dialog.getByRole('button', { name: '이 템플릿 사용' })).toBeEnabled();
      await expectNoEnglish(dialog, ['Use this template', 'Close', 'steps', 'Journey name']);
      await docScreenshot(page, 'journey-gallery-ko');
      await page.context().close();
    });

    test('editor: an ad SMS without (광고) shows its issue in the inspector (marketer)', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      const journeyId = await createJourney(
        page.request,
        `광고 문자 점검 ${stamp}`,
        aJourney()
          .entryEvent(`ko_shots_${stamp}`, undefined, { id: 'entry' })
          .sms('여름 세일! 전 상품 30% 할인', 'ad', { id: 'sms', label: '여름 세일 문자' }),
      );
      const editor = new EditorPage(page);
      await editor.goto(journeyId);
      await editor.select('sms');
      await expect(editor.inspector()).toContainText(
        '광고는 "(광고)"로 시작해야 합니다(정보통신망법). 본문 맨 앞에',
      );
      await expect(editor.inspector().getByLabel('본문')).toHaveValue('여름 세일! 전 상품 30% 할인');
      await expect(editor.node('sms').locator('.jf-handle-label')).toHaveText(['다음', '실패']);
      await expectNoEnglish(editor.inspector(), ['An ad must', 'subject', 'imageUrl', 'Channel', 'Purpose']);
      await docScreenshot(page, 'editor-ad-compliance-ko');
      await page.context().close();
    });

    test('템플릿: saving an ad without (광고) lists the 422 issues (marketer)', async ({ browser }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/templates');
      await expect(page.getByRole('heading', { level: 1, name: '메시지 템플릿' })).toBeVisible();
      await page.getByRole('button', { name: '새 템플릿' }).click();
      const form = page.getByRole('form', { name: '템플릿 편집' });
      await form.getByLabel('이름', { exact: true }).fill(`여름 세일 ${stamp}`);
      await form.getByLabel('목적').selectOption('ad');
      await form.getByLabel('본문', { exact: true }).fill('여름 세일! 전 상품 30% 할인');
      await form.getByRole('button', { name: '저장' }).click();
      const alert = form.getByRole('alert');
      await expect(alert).toContainText('이 템플릿은 광고 규정을 지키지 않습니다');
      await expect(alert).toContainText('광고는 "(광고)"로 시작해야 합니다');
      // The fields are named in Korean, and no English server message pops up as a toast.
      await expect(alert).toContainText('본문: 광고는');
      await expect(page.locator('.toast')).toHaveCount(0);
      await expectNoEnglish(page.locator('main'), [
        'Name',
        'Purpose',
        'Save',
        'Live preview',
        'An ad must',
        'text:',
      ]);
      await docScreenshot(page, 'templates-ad-issues-ko');
      await page.context().close();
    });
  });
