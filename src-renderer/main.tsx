/** Renderer entry: settings first (so the first paint is in the right language), then the app, then the data. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { i18n, initI18n } from './i18n';
import { useAppStore } from './state/store';
import { analytics } from './worker/analytics-client';
import './styles/app.css';

async function start(): Promise<void> {
  // Started first: the worker's script loads while the settings and the workspace list are read.
  analytics();
  await initI18n();
  await useAppStore.getState().loadSettings(navigator.languages ?? [navigator.language]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
  await useAppStore.getState().boot();
  // After the workspaces are up: clear away a restore the window closed on, ask to keep our data.
  await useAppStore.getState().startDataSafety();
}

void start();
