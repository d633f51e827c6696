import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SmsCounter } from './SmsCounter';

describe('SmsCounter', () => {
  afterEach(cleanup);

  it('shows SMS for a short Hangul text with its EUC-KR bytes', () => {
    render(<SmsCounter text="안녕하세요 SAVE10" />);
    expect(screen.getByTestId('sms-type').textContent).toBe('SMS');
    expect(screen.getByTestId('sms-counter').textContent).toContain('17 / 90 bytes');
  });

  it('switches to LMS past 90 bytes and flags characters outside EUC-KR', () => {
    render(<SmsCounter text={`${'가'.repeat(46)}🎉`} />);
    expect(screen.getByTestId('sms-type').textContent).toBe('LMS');
    expect(screen.getByTestId('sms-counter').className).toContain('is-bad');
    expect(screen.getByTestId('sms-counter').textContent).toContain('🎉');
  });
});
