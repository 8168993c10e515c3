import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSessionHousekeeping } from '../auth/useSessionHousekeeping';
import { queryClient } from './queryClient';

export function AppProviders({ children }: { children: ReactNode }) {
  useSessionHousekeeping(queryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
