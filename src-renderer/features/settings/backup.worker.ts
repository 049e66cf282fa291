/** The backup Web Worker: reads or writes a whole workspace and encodes or decodes its file, off the UI thread. */
import { expose, transfer } from 'comlink';
import { backUpWorkspace, restoreBackup, type BackupApi } from './backup-engine';

const api = {
  backUpWorkspace: async (workspaceId, passphrase) => {
    const outcome = await backUpWorkspace(workspaceId, passphrase);
    // The file can be hundreds of megabytes: hand its buffer over instead of copying it.
    return outcome.ok ? transfer(outcome, [outcome.bytes.buffer]) : outcome;
  },
  restoreBackup,
} satisfies BackupApi;

expose(api);
