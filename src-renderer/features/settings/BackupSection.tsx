/** "Back up this workspace": one file, optionally encrypted with a passphrase, saved where the user says. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PBKDF2_ITERATIONS } from '../../../src-core/backup';
import { bridge } from '../../bridge';
import { formatCount } from '../../format/format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { BACKUP_EXTENSION } from './backup-file-name';
import { PassphraseFields, passphraseProblem, type PassphraseEntry } from './PassphraseFields';

type BackupState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; where: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

export function BackupSection() {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const workspace = useAppStore(selectors.activeWorkspace);
  const backUpActiveWorkspace = useAppStore((state) => state.backUpActiveWorkspace);
  const refreshStorageStatus = useAppStore((state) => state.refreshStorageStatus);
  const [protect, setProtect] = useState(false);
  const [entry, setEntry] = useState<PassphraseEntry>({ passphrase: '', confirmation: '' });
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const problem = protect ? passphraseProblem(entry) : null;

  const backUp = async (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null || state.kind === 'busy') return;
    setState({ kind: 'busy' });
    try {
      const made = await backUpActiveWorkspace(protect ? entry.passphrase : '');
      if (!made.ok) return setState({ kind: 'failed', detail: made.message });
      const saved = await bridge.saveFile({
        suggestedName: made.suggestedName,
        data: made.bytes,
        filters: [{ name: t('dataSafety.fileType'), extensions: [BACKUP_EXTENSION] }],
      });
      setState(saved.saved ? { kind: 'saved', where: saved.path ?? made.suggestedName } : { kind: 'cancelled' });
      void refreshStorageStatus();
    } catch (error) {
      setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  if (!workspace) return <p className="muted">{t('dataSafety.backup.noWorkspace')}</p>;

  return (
    <form className="data-safety-part" aria-labelledby="backup-title" onSubmit={(event) => void backUp(event)}>
      <h3 id="backup-title">{t('dataSafety.backup.title')}</h3>
      <p>{t('dataSafety.backup.description', { name: workspace.name })}</p>
      <label className="field-inline">
        <input type="checkbox" checked={protect} onChange={(event) => setProtect(event.target.checked)} />
        {t('dataSafety.backup.protect')}
      </label>
      <p className="muted">{t('dataSafety.backup.encryption', { iterations: formatCount(PBKDF2_ITERATIONS, language) })}</p>
      {protect ? (
        <>
          <PassphraseFields entry={entry} onChange={setEntry} />
          <p className="muted">{t('dataSafety.backup.warning')}</p>
        </>
      ) : null}
      <div className="toolbar">
        <button type="submit" className="button button-primary" disabled={problem !== null || state.kind === 'busy'}>
          {t('dataSafety.backup.start')}
        </button>
      </div>
      <BackupStatus state={state} />
    </form>
  );
}

function BackupStatus({ state }: { state: BackupState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'busy':
      return (
        <p className="status-message status-busy" role="status">
          {t('dataSafety.backup.busy')}
        </p>
      );
    case 'saved':
      return <p role="status">{t('dataSafety.backup.saved', { where: state.where })}</p>;
    case 'cancelled':
      return <p role="status">{t('dataSafety.backup.cancelled')}</p>;
    case 'failed':
      return (
        <p className="data-safety-error" role="alert">
          {t('dataSafety.backup.failed')} <span className="notice-detail">{state.detail}</span>
        </p>
      );
  }
}
