import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/**
 * The one server-state cache of the app. Live socket messages update it in
 * place, so screens never poll. Client errors (4xx) are answers, not glitches:
 * they are not retried.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
        return failures < 2;
      },
    },
    mutations: { retry: false },
  },
});
