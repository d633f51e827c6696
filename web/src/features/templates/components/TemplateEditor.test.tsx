import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { TemplateEditor } from './TemplateEditor';

const renderEditor = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <TemplateEditor onSaved={() => {}} onDeleted={() => {}} />
    </QueryClientProvider>,
  );

describe('TemplateEditor', () => {
  afterEach(() => {
    cleanup();
    useLocaleStore.setState({ locale: 'en' });
  });

  it('renders the live preview and the SMS byte counter while typing', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Text'), {
      target: { value: '{{ customer.name }}님, 보신 {{ event.properties.productName }} 쿠폰' },
    });
    const preview = screen.getByTestId('template-preview');
    expect(await within(preview).findByText('김민지님, 보신 겨울 패딩 쿠폰')).toBeTruthy();
    expect(screen.getByTestId('sms-type').textContent).toBe('SMS');

    fireEvent.change(screen.getByLabelText('Text'), { target: { value: '가'.repeat(50) } });
    expect(await screen.findByText('LMS')).toBeTruthy();
  });

  it('explains the advertising rules when the purpose is ad', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: '겨울 세일' } });
    fireEvent.change(screen.getByDisplayValue('Informational'), { target: { value: 'ad' } });
    expect(await screen.findByText(/must start with "\(광고\)"/)).toBeTruthy();
    expect(screen.getByText(/refuse further ads for free/)).toBeTruthy();
  });

  it('shows AlimTalk variables and buttons and offers no ad purpose for it', () => {
    renderEditor();
    fireEvent.change(screen.getByDisplayValue('SMS / LMS / MMS'), { target: { value: 'alimtalk' } });
    expect(screen.getByLabelText('Registered template code')).toBeTruthy();
    expect(screen.getByText('Variables (#{name} → value, Liquid allowed)')).toBeTruthy();
    expect((screen.getByRole('option', { name: 'Advertising (광고)' }) as HTMLOptionElement).disabled).toBe(
      true,
    );
  });

  it('speaks Korean: labels, purposes and the preview title', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderEditor();
    expect(screen.getByRole('form', { name: '템플릿 편집' })).toBeTruthy();
    expect(screen.getByLabelText('본문')).toBeTruthy();
    expect(screen.getByDisplayValue('정보성')).toBeTruthy();
    expect(screen.getByDisplayValue('문자 (SMS / LMS / MMS)')).toBeTruthy();
    expect(screen.getByTestId('template-preview').getAttribute('aria-label')).toBe(
      '실시간 미리보기 · 샘플 고객 김민지',
    );
    expect(screen.getByRole('button', { name: '저장' })).toBeTruthy();
    expect(screen.getByTestId('sms-counter').textContent).toContain('바이트');
  });
});
