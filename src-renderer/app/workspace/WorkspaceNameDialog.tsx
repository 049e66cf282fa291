/** Name (and, for a new workspace, currency) of a workspace. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { localeOf } from '../../i18n/languages';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { COMMON_CURRENCIES, currencyLabel } from './currencies';

interface WorkspaceNameDialogProps {
  mode: 'create' | 'rename';
  initialName: string;
  onSubmit(name: string, currency: string): void;
  onClose(): void;
}

export function WorkspaceNameDialog({ mode, initialName, onSubmit, onClose }: WorkspaceNameDialogProps) {
  const { t } = useTranslation();
  const locale = localeOf(useAppStore(selectors.language));
  const [name, setName] = useState(initialName);
  const [currency, setCurrency] = useState<string>('USD');
  const trimmed = name.trim();

  return (
    <Dialog
      title={t(mode === 'create' ? 'workspace.createTitle' : 'workspace.renameTitle')}
      onClose={onClose}
      onSubmit={() => trimmed && onSubmit(trimmed, currency)}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!trimmed}>
            {t(mode === 'create' ? 'actions.create' : 'actions.rename')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('workspace.nameLabel')}</span>
        <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} required />
      </label>
      {mode === 'create' ? (
        <label className="field">
          <span className="field-label">{t('workspace.currencyLabel')}</span>
          <select value={currency} onChange={(event) => setCurrency(event.target.value)}>
            {COMMON_CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code, locale)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </Dialog>
  );
}
