import { useTranslation } from 'react-i18next';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ROUTE_IDS } from './route-ids';
import { ROUTES } from './routes';

export function Sidebar() {
  const { t } = useTranslation();
  const page = useAppStore(selectors.page);

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {ROUTE_IDS.map((id) => (
            <li key={id}>
              <a className="nav-link" href={`#/${id}`} aria-current={page === id ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden="true">
                  {ROUTES[id].icon}
                </span>
                {t(ROUTES[id].labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <LanguageSwitcher />
        <p className="offline-note">{t('app.offline')}</p>
      </div>
    </aside>
  );
}
