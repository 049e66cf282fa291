/** Failures and news the app owes the user, each one readable and dismissible. */
import { useTranslation } from 'react-i18next';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';

export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore(selectors.notices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;

  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>
            {t(notice.messageKey)}
            {notice.detail ? <span className="notice-detail"> {t('errors.reason', { reason: notice.detail })}</span> : null}
          </p>
          <button type="button" className="button button-quiet" onClick={() => dismiss(notice.id)}>
            {t('actions.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
