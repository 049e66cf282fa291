/**
 * The UI's handle on the backup worker, started on first use. If the worker cannot
 * start or dies, the pending call fails with a message instead of hanging, and the
 * next call starts a fresh worker. Without Web Workers (jsdom in tests) the same
 * engine runs in-process.
 */
import { wrap, type Remote } from 'comlink';
import type { RestoreOutcome } from '../../db/backup-adapter';
import { backupEngine, type BackupApi, type BackupFileOutcome } from './backup-engine';

let client: BackupApi | null = null;

function startWorker(): BackupApi {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });
  const remote: Remote<BackupApi> = wrap<BackupApi>(worker);
  const crash = new Promise<string>((resolve) => {
    const fail = (event: Event) => {
      client = null;
      worker.terminate();
      resolve(event instanceof ErrorEvent && event.message ? event.message : 'The backup worker stopped.');
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
  });
  return {
    backUpWorkspace: (workspaceId, passphrase) =>
      Promise.race([
        remote.backUpWorkspace(workspaceId, passphrase),
        crash.then((message): BackupFileOutcome => ({ ok: false, message })),
      ]),
    restoreBackup: (bytes, passphrase) =>
      Promise.race([
        remote.restoreBackup(bytes, passphrase),
        crash.then((message): RestoreOutcome => ({ ok: false, reason: 'write-failed', message })),
      ]),
  };
}

export function backups(): BackupApi {
  client ??= typeof Worker === 'undefined' ? backupEngine : startWorker();
  return client;
}
