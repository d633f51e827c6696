import './configureZod';
import './i18n/i18n';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { createAppRouter } from './app/createAppRouter';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import { useLocaleStore } from './i18n/localeStore';
import './styles/global.css';
import './styles/controls.css';
import './styles/components.css';
import './styles/panels.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

// Screen readers and the browser's font selection follow the UI language.
const applyLang = (locale: string) => document.documentElement.setAttribute('lang', locale);
applyLang(useLocaleStore.getState().locale);
useLocaleStore.subscribe((state) => applyLang(state.locale));
