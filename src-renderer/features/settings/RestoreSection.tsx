/**
 * "Restore a backup": pick a file, give its passphrase when it has one, and get it
 * back as a NEW workspace (the open one and all others stay exactly as they are).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreFailureReason } from '../../db/backup-adapter';
import { bridge } from '../../bridge';
import { useAppStore } from '../../state/store';
import { BACKUP_EXTENSION } from './backup-file-name';

interface ChosenBackup {
  name: string;
  bytes: Uint8Array;
}

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'needsPassphrase'; file: ChosenBackup; wrongPassphrase: boolean }
  | { kind: 'restored'; name: string; upgraded: boolean }
  | { kind: 'failed'; reason: RestoreFailureReason; detail: string };

export function RestoreSection() {
  const { t } = useTranslation();
  const restoreBackupFile = useAppStore((state) => state.restoreBackupFile);
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');

  const restore = async (file: ChosenBackup, withPassphrase: string) => {
    setState({ kind: 'busy' });
    try {
      const restored = await restoreBackupFile(file.bytes, withPassphrase);
      if (restored.ok) {
        setPassphrase('');
        setState({ kind: 'restored', name: restored.workspace.name, upgraded: restored.upgradesApplied.length > 0 });
      } else if (restored.reason === 'passphrase-required' || restored.reason === 'wrong-passphrase') {
        setState({ kind: 'needsPassphrase', file, wrongPassphrase: restored.reason === 'wrong-passphrase' });
      } else {
        setState({ kind: 'failed', reason: restored.reason, detail: restored.message });
      }
    } catch (error) {
      setState({ kind: 'failed', reason: 'write-failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const choose = async () => {
    try {
      const picked = await bridge.pickFile([{ name: t('dataSafety.fileType'), extensions: [BACKUP_EXTENSION] }]);
      if (picked) await restore({ name: picked.name, bytes: picked.bytes }, '');
    } catch (error) {
      setState({ kind: 'failed', reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const submitPassphrase = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === 'needsPassphrase' && passphrase !== '') void restore(state.file, passphrase);
  };

  return (
    <div className="data-safety-part" role="group" aria-labelledby="restore-title">
      <h3 id="restore-title">{t('dataSafety.restore.title')}</h3>
      <p>{t('dataSafety.restore.description')}</p>
      <div className="toolbar">
        <button type="button" className="button" disabled={state.kind === 'busy'} onClick={() => void choose()}>
          {t('dataSafety.restore.start')}
        </button>
      </div>
      {state.kind === 'needsPassphrase' ? (
        <form className="data-safety-passphrase" onSubmit={submitPassphrase}>
          <p>{t('dataSafety.restore.passphraseNeeded', { fileName: state.file.name })}</p>
          <label className="field">
            <span className="field-label">{t('dataSafety.restore.passphrase')}</span>
            <input
              type="password"
              autoComplete="current-password"
              value={passphrase}
              aria-invalid={state.wrongPassphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          {state.wrongPassphrase ? (
            <p className="data-safety-error" role="alert">
              {t('dataSafety.restore.errors.wrong-passphrase')}
            </p>
          ) : null}
          <div className="toolbar">
            <button type="submit" className="button button-primary" disabled={passphrase === ''}>
              {t('dataSafety.restore.submit')}
            </button>
            <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
              {t('dataSafety.restore.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <RestoreStatus state={state} />
    </div>
  );
}

function RestoreStatus({ state }: { state: RestoreState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'busy':
      return (
        <p className="status-message status-busy" role="status">
          {t('dataSafety.restore.busy')}
        </p>
      );
    case 'restored':
      return (
        <p role="status">
          {t('dataSafety.restore.done', { name: state.name })}
          {state.upgraded ? ` ${t('dataSafety.restore.upgraded')}` : ''}
        </p>
      );
    case 'failed':
      return (
        <p className="data-safety-error" role="alert">
          {t(`dataSafety.restore.errors.${state.reason}`)} <span className="notice-detail">{state.detail}</span>
        </p>
      );
    default:
      return null;
  }
}
