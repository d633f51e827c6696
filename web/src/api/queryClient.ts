import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { pushToast } from '../components/toastStore';
import { isApiError } from './ApiError';

/** Errors the screens handle themselves (a dialog, a redirect) are not toasted. */
const silentCodes = new Set([
  'stale_revision',
  'unauthorized',
  'unauthenticated',
  // The publish dialog lists the open warnings in the reader's language.
  'compliance_warning_open',
]);

function toastError(error: unknown): void {
  if (isApiError(error)) {
    if (silentCodes.has(error.code) || error.status === 401) return;
    pushToast('error', error.message);
    return;
  }
  pushToast('error', error instanceof Error ? error.message : String(error));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.silentError) return;
        toastError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.meta?.silentError) return;
        toastError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(isApiError(error) && error.isUserError) && failureCount < 2,
      },
    },
  });
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { silentError?: boolean };
    /** `silentError`: optional data (suggestions) whose failure the screen simply does without. */
    queryMeta: { silentError?: boolean };
  }
}
