/** Names a customer list and keeps it as a saved segment. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface SaveSegmentDialogProps {
  suggestedName: string;
  onSave(name: string): void;
  onClose(): void;
}

export function SaveSegmentDialog({ suggestedName, onSave, onClose }: SaveSegmentDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(suggestedName);
  const usable = name.trim().length > 0;
  return (
    <Dialog
      title={t('cohorts.segments.dialogTitle')}
      onClose={onClose}
      onSubmit={() => usable && onSave(name.trim())}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!usable}>
            {t('cohorts.segments.save')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('cohorts.segments.nameLabel')}</span>
        <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </label>
    </Dialog>
  );
}
