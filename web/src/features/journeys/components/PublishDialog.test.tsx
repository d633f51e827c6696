import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/ApiError';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { PublishDialog } from './PublishDialog';

const graph = (body: string) => ({
  nodes: [
    {
      id: 'push',
      type: 'send' as const,
      label: '세일 푸시',
      position: { x: 0, y: 0 },
      settings: { channel: 'push', purpose: 'ad', content: { title: '(광고)[데모몰] 세일', body } },
    },
  ],
  edges: [],
});

const renderDialog = (body: string, error?: unknown) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(queryKeys.settings.messaging, {
    senderName: '데모몰',
    optoutLine: '무료수신거부 080-123-4567',
  });
  client.setQueryData(queryKeys.settings.prices, {});
  return render(
    <QueryClientProvider client={client}>
      <PublishDialog
        open
        journeyId="j_1"
        liveVersion={null}
        graph={graph(body)}
        pending={false}
        error={error}
        onClose={() => {}}
        onDryRun={async () => undefined}
        onPublish={() => {}}
      />
    </QueryClientProvider>,
  );
};

describe('PublishDialog', () => {
  afterEach(() => {
    cleanup();
    useLocaleStore.setState({ locale: 'en' });
  });

  it('names the ad step with an open compliance warning and keeps Publish disabled', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderDialog('지금 확인하세요');
    expect(screen.getByTestId('publish-blocked').textContent).toContain('세일 푸시');
    expect(
      (screen.getByRole('button', { name: 'Publish', hidden: true }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('lists the warnings the server refused the publish with', () => {
    const refusal = new ApiError(422, 'compliance_warning_open', 'An advertising step has an open warning', {
      warnings: [
        { nodeId: 'push', nodeName: '서버가 본 단계', code: 'ad_missing_optout', message: 'x', params: {} },
      ],
    });
    renderDialog('지금 확인하세요. 무료수신거부 080-123-4567', refusal);
    expect(screen.getByTestId('publish-blocked').textContent).toContain('서버가 본 단계');
  });

  it('lets a clean journey be published', () => {
    renderDialog('지금 확인하세요. 무료수신거부 080-123-4567');
    expect(screen.queryByTestId('publish-blocked')).toBeNull();
    expect(
      (screen.getByRole('button', { name: 'Publish', hidden: true }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });
});
