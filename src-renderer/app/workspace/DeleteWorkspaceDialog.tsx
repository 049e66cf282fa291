import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface DeleteWorkspaceDialogProps {
  name: string;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteWorkspaceDialog({ name, onConfirm, onClose }: DeleteWorkspaceDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('workspace.deleteTitle', { name })}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button-danger">
            {t('actions.delete')}
          </button>
        </>
      }
    >
      <p>{t('workspace.deleteWarning')}</p>
    </Dialog>
  );
}
