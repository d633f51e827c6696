import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useToastStore } from '../../../components/toastStore';
import { useLocaleStore } from '../../../i18n/localeStore';
import { SaveAsTemplateButton } from './SaveAsTemplateButton';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SaveAsTemplateButton', () => {
  it('posts the journey to the workspace gallery and says where to find it', async () => {
    useLocaleStore.setState({ locale: 'ko' });
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            id: 'jtp_1',
            name: '우리 여정',
            description: '',
            descriptionEn: '',
            graph: { nodes: [], edges: [] },
            settings: {},
            workspace: true,
          }),
          { status: 201, headers: { 'content-type': 'application/json' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <SaveAsTemplateButton journeyId="jrn_1" />
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '템플릿으로 저장' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/journey-templates');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ journeyId: 'jrn_1' });
    await waitFor(() =>
      expect(JSON.stringify(useToastStore.getState())).toContain('템플릿으로 저장했습니다'),
    );
  });
});
