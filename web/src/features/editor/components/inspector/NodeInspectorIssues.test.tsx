import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../../i18n/localeStore';
import { NodeInspector } from './NodeInspector';

const node: DraftJourneyNode = {
  id: 'send',
  type: 'send',
  position: { x: 0, y: 0 },
  settings: { channel: 'sms', purpose: 'info', templateId: 'tpl_ad' },
};

/** What validateJourney reports for an "info" step sending a non-compliant ad template. */
const issues: ValidationIssue[] = [
  {
    nodeId: 'send',
    code: 'template_purpose_mismatch',
    message: 'Send message: english',
    severity: 'error',
    field: 'purpose',
    params: { template: '세일', templatePurpose: 'ad', purpose: 'info' },
  },
  {
    nodeId: 'send',
    code: 'ad_missing_prefix',
    message: 'Send message: english',
    severity: 'error',
    field: 'templateId',
    params: { prefix: '(광고)', field: 'text' },
  },
  {
    nodeId: 'send',
    code: 'ad_optout_number_mismatch',
    message: 'Send message: english',
    severity: 'error',
    field: 'templateId',
    params: { number: '080-123-4567' },
  },
];

const renderInspector = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <NodeInspector node={node} issues={issues} />
    </QueryClientProvider>,
  );

afterEach(cleanup);

describe('compliance issues on the node', () => {
  it('shows every issue, in Korean, with its params (none hidden behind one field message)', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderInspector();
    const text = screen.getByTestId('node-inspector').textContent ?? '';
    expect(text).toContain('템플릿 "세일"은(는) 광고 템플릿인데 이 단계는 정보성(으)로');
    expect(text).toContain('광고는 "(광고)"로 시작해야 합니다');
    expect(text).toContain('080 번호 080-123-4567');
    expect(text).not.toContain('english');
  });

  it('in English too', () => {
    useLocaleStore.setState({ locale: 'en' });
    renderInspector();
    const text = screen.getByTestId('node-inspector').textContent ?? '';
    expect(text).toContain('free 080 number 080-123-4567');
    expect(text).toContain('An ad must start with "(광고)"');
  });
});
