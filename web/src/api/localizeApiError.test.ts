import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore';
import { localizeApiError } from './localizeApiError';

describe('localizeApiError', () => {
  afterEach(() => useLocaleStore.setState({ locale: 'ko' }));

  it('says a zod 422 in Korean with the field in words, never zod’s English', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const text = localizeApiError('validation_failed', 'Invalid input: expected string, received undefined', [
      {
        path: 'body.event',
        message: 'Invalid input: expected string, received undefined',
        code: 'invalid_type',
      },
    ]);
    expect(text).toBe('이벤트 이름: 값이 없거나 형식이 다릅니다');
    expect(localizeApiError('self_approval', 'You cannot approve')).toBe(
      '내가 요청한 검토는 내가 승인할 수 없습니다.',
    );
  });

  it('keeps the server message for English readers and for codes it does not know', () => {
    useLocaleStore.setState({ locale: 'en' });
    expect(localizeApiError('self_approval', 'Another reviewer must approve')).toBe(
      'Another reviewer must approve',
    );
    useLocaleStore.setState({ locale: 'ko' });
    expect(localizeApiError('some_new_code', '서버 메시지')).toBe('서버 메시지');
  });
});
