import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { queryClient } from '../core/web/query-client';
import { forgetDeviceCopies } from '../core/web/device-copies';
import { onQuickExit, useLeaveNoTrailLocation } from '../features/safety/ui';
import { App } from './app';
import { registerServiceWorker } from './register-sw';
import { startLanguage } from '../core/web/language';
import { startLoadingScreenFor } from './routes';
import './styles/global.css';
import '../core/web/ui/ui.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

startLoadingScreenFor(location.pathname);
const reactRoot = createRoot(root);
// The words of the person's language arrive before the first screen shows (nothing to wait for
// in English); offline or with a failed chunk the screen shows in English, never blank.
void startLanguage()
  .catch(() => {})
  .then(() =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <Router hook={useLeaveNoTrailLocation}>
            <App />
          </Router>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
// A quick exit lets go of everything on screen (closing the live socket) and everything cached.
onQuickExit(() => reactRoot.unmount());
onQuickExit(() => queryClient.clear());
// And the copies kept for the calm tools offline: opened again without a connection, nothing of the person shows.
onQuickExit(forgetDeviceCopies);

registerServiceWorker();
