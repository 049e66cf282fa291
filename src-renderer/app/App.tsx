/** The shell: navigation on the left, the workspace bar on top, the current page below. */
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
          <Page />
        </main>
      </div>
    </div>
  );
}
