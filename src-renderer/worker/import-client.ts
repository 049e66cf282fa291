/**
 * The UI's handle on the import worker. Created on first use. The picked File
 * is posted as it is (a handle on the file, not its bytes); progress comes back through a comlink proxy.
 * If the worker cannot start or dies, pending and later calls fail with a
 * message instead of hanging.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { failed, type Outcome } from '../db/outcome';
import type { ImportApi, ImportRunOutcome, Inspection, PastImport } from './import-api';

let client: ImportApi | null = null;

function startWorker(): ImportApi {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const remote: Remote<ImportApi> = wrap<ImportApi>(worker);
  let crashed: string | null = null;
  const crash = new Promise<string>((resolve) => {
    const fail = (event: Event) => {
      crashed = event instanceof ErrorEvent && event.message ? event.message : 'The import worker stopped.';
      resolve(crashed);
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
  });
  const guard = <T>(call: () => Promise<T>, onCrash: (message: string) => NoInfer<T>): Promise<T> =>
    crashed !== null ? Promise.resolve(onCrash(crashed)) : Promise.race([call(), crash.then(onCrash)]);

  return {
    open: (file) => guard((): Promise<Outcome<{ name: string; size: number }>> => remote.open(file), failed),
    inspect: (workspaceId, settings) => guard((): Promise<Inspection> => remote.inspect(workspaceId, settings), (message): Inspection => ({ ok: false, message })),
    run: (workspaceId, settings, onProgress) =>
      guard(
        (): Promise<ImportRunOutcome> => remote.run(workspaceId, settings, proxy(onProgress)),
        (message): ImportRunOutcome => ({ kind: 'failed', stage: 'read', message }),
      ),
    cancel: () => guard(() => remote.cancel(), () => false),
    listImports: (workspaceId) => guard((): Promise<Outcome<PastImport[]>> => remote.listImports(workspaceId), failed),
    rejectedRowsCsv: (workspaceId, datasetId) => guard((): Promise<Outcome<string>> => remote.rejectedRowsCsv(workspaceId, datasetId), failed),
  };
}

export function importer(): ImportApi {
  client ??= startWorker();
  return client;
}

/** Tests (jsdom has no workers) run an ImportEngine in-process instead. */
export function setImportInstance(instance: ImportApi | null): void {
  client = instance;
}
