/** The shell: navigation on the left, the workspace bar on top, the current page below. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import { Notices } from './Notices';
import { ROUTES } from './routes';
import { Sidebar } from './Sidebar';
import { useDocumentSettings } from './use-document-settings';
import { useHashRoute } from './use-hash-route';
import { WorkspaceSwitcher } from './workspace/WorkspaceSwitcher';

export function App() {
  useHashRoute();
  useDocumentSettings();
  const { t } = useTranslation();
  const page = useAppStore(selectors.page);
  const { Page } = ROUTES[page];

  return (
    <div className="shell">
      <Sidebar />
      <div className="workarea">
        <header className="topbar">
          <WorkspaceSwitcher />
        </header>
        <Notices />
        <main id="main-content" className="content" tabIndex={-1}>
          <PageErrorBoundary key={page}>
            <Suspense fallback={<p className="status-message status-busy" role="status">{t('app.loadingPage')}</p>}>
              <Page />
            </Suspense>
          </PageErrorBoundary>
        </main>
      </div>
    </div>
  );
}
