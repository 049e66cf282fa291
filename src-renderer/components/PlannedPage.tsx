/** A page that is not built yet says so plainly and what it will do. No sample data. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

interface PlannedPageProps {
  /** Key under `pages.` in the locale files: needs `title` and `planned`. */
  page: 'import' | 'cohorts' | 'customers' | 'fit' | 'campaigns' | 'reports';
}

export function PlannedPage({ page }: PlannedPageProps) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby={`${page}-title`}>
      <PageHeader id={`${page}-title`} title={t(`pages.${page}.title`)} />
      <div className="planned" role="note">
        <p className="planned-status">{t('planned.notYetBuilt')}</p>
        <p>{t(`pages.${page}.planned`)}</p>
      </div>
    </section>
  );
}
