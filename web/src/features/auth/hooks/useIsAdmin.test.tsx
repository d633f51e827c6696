import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useIsAdmin } from './useIsAdmin';

const signedInAs = (role: string | null) => {
  const client = new QueryClient();
  client.setQueryData(queryKeys.auth.me, role === null ? null : { id: 'u1', email: 'a@example.com', role });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
};

describe('useIsAdmin', () => {
  it('is true only for an admin', () => {
    expect(renderHook(useIsAdmin, { wrapper: signedInAs('admin') }).result.current).toBe(true);
    expect(renderHook(useIsAdmin, { wrapper: signedInAs('marketer') }).result.current).toBe(false);
    expect(renderHook(useIsAdmin, { wrapper: signedInAs(null) }).result.current).toBe(false);
  });
});
