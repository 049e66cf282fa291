/**
 * The import worker's state and answers, as a plain class so it is tested
 * without a Worker (jsdom has none). It holds the chosen file, previews and
 * imports it with src-core/import, streams the orders batch by batch into
 * the workspace's columnar store and writes everything in one transaction (saveImport):
 * a cancelled, failed or refused import leaves the workspace exactly as it was.
 */
import { OrderStoreBuilder } from '../../src-core/data/columnar';
import { importOrders, previewImport, sha256Hex, type ByteSource, type ImportOptions } from '../../src-core/import';
import { describeError, failed, succeeded, type Outcome } from '../db/outcome';
import type { DatasetRecord } from '../db/records';
import * as repository from '../db/workspace-repository';
import { rememberedMapping, sameMapping } from '../features/import/mapping-memory';
import { throttled } from '../features/import/progress';
import { rejectedRowsCsv } from '../features/import/rejected-rows';
import { openBlob as openWithFileReader, type OpenBlob } from './blob-source';
import {
  REJECTED_ROWS_SHOWN,
  type ChosenFile,
  type ImportApi,
  type ImportReport,
  type ImportRunOutcome,
  type ImportSettings,
  type Inspection,
  type PastImport,
} from './import-api';

/** The storage calls the engine makes; tests replace one to inject a failure. */
export interface ImportStorage {
  loadOrderStore: typeof repository.loadOrderStore;
  saveImport: typeof repository.saveImport;
  listDatasets: typeof repository.listDatasets;
  getDataset: typeof repository.getDataset;
  latestDatasetWithHash: typeof repository.latestDatasetWithHash;
  latestDatasetWithHeaders: typeof repository.latestDatasetWithHeaders;
}

interface HeldFile {
  name: string;
  size: number;
  /** The picked file, read a window at a time: its bytes are never held whole. */
  bytes: ByteSource;
  hash: Promise<string>;
}

const PROGRESS_INTERVAL_MS = 100;

function optionsFor(file: HeldFile, settings: ImportSettings): ImportOptions {
  const { encoding, delimiter, sheet, dateOrder, mapping } = settings;
  return { fileName: file.name, encoding, delimiter, sheet, dateOrder, mapping };
}

export class ImportEngine implements ImportApi {
  private file: HeldFile | null = null;
  private running: AbortController | null = null;

  constructor(
    private readonly storage: ImportStorage = repository,
    private readonly openBlob: OpenBlob = openWithFileReader,
  ) {}

  async open(file: ChosenFile): Promise<Outcome<{ name: string; size: number }>> {
    this.running?.abort();
    try {
      // The hash reads through a source of its own, so it does not move the import's window.
      const hash = sha256Hex(this.openBlob(file.blob));
      hash.catch(() => undefined); // awaited (and reported) when it is needed
      this.file = { name: file.name, size: file.blob.size, bytes: this.openBlob(file.blob), hash };
      return succeeded({ name: file.name, size: file.blob.size });
    } catch (error) {
      this.file = null;
      return failed(describeError(error));
    }
  }

  async inspect(workspaceId: string, settings: ImportSettings): Promise<Inspection> {
    const file = this.file;
    if (!file) return { ok: false, message: 'No file is open.' };
    try {
      const first = await previewImport(file.bytes, optionsFor(file, settings));
      if (!first.ok) return { ok: false, message: first.fatal.message };
      const before = await this.storage.latestDatasetWithHash(workspaceId, await file.hash);
      const found = { ok: true, preset: first.source.preset, importedBefore: before?.importedAt ?? null } as const;
      if (settings.mapping) return { ...found, preview: first, mappingOrigin: 'given' };

      const saved = await this.storage.latestDatasetWithHeaders(workspaceId, first.source.headers);
      const remembered = saved ? rememberedMapping(saved, first.source.headers) : null;
      if (remembered && !sameMapping(remembered, first.mapping)) {
        const again = await previewImport(file.bytes, optionsFor(file, { ...settings, mapping: remembered }));
        // A remembered mapping that no longer works is simply not offered.
        if (again.ok) return { ...found, preview: again, mappingOrigin: 'remembered' };
      }
      return { ...found, preview: first, mappingOrigin: remembered ? 'remembered' : 'suggested' };
    } catch (error) {
      return { ok: false, message: describeError(error) };
    }
  }

  async run(workspaceId: string, settings: ImportSettings, onProgress: (report: ImportReport) => void): Promise<ImportRunOutcome> {
    const file = this.file;
    if (!file) return { kind: 'failed', stage: 'read', message: 'No file is open.' };
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    try {
      const report = throttled(onProgress, PROGRESS_INTERVAL_MS);
      // The builder never mutates the stored store: a cancelled or failed import just drops it.
      // importOrders hands over each order id once, so only the stored ids need checking.
      const builder = new OrderStoreBuilder(await this.storage.loadOrderStore(workspaceId), { distinctIds: true });
      const imported = await importOrders(file.bytes, {
        ...optionsFor(file, settings),
        signal: controller.signal,
        onProgress: (progress) => report({ ...progress, phase: 'reading' }),
        onOrders: (batch) => builder.add(batch),
      });
      if (controller.signal.aborted || (!imported.ok && imported.cancelled)) return { kind: 'cancelled' };
      if (!imported.ok) return { kind: 'failed', stage: 'read', message: imported.fatal.message };

      const { source, mapping, warnings } = imported;
      const hash = await file.hash;
      const append = builder.finish();
      const orders = append.added + append.alreadyPresent;
      // Last moment a cancel is honoured: from here the write is one transaction.
      if (controller.signal.aborted) return { kind: 'cancelled' };
      this.running = null;
      onProgress({ phase: 'saving', records: source.records, bytesDone: file.size, bytesTotal: file.size });

      const dataset: Omit<DatasetRecord, 'id' | 'headerSignature'> = {
        fileName: file.name,
        size: file.size,
        hash,
        encoding: source.encoding,
        delimiter: source.delimiter,
        headers: source.headers,
        mapping,
        importedAt: Date.now(),
        counts: { rows: source.records, orders, added: append.added, alreadyPresent: append.alreadyPresent, rejected: source.rejected },
        rejectedRows: source.errors,
      };
      const saved = await this.storage.saveImport(workspaceId, append, dataset);
      if (!saved.ok) return { kind: 'failed', stage: 'save', message: saved.message };
      return {
        kind: 'done',
        result: {
          datasetId: saved.value.datasetId,
          fileName: file.name,
          rows: source.records,
          orders,
          added: append.added,
          alreadyPresent: append.alreadyPresent,
          rejected: source.rejected,
          rejectedRows: source.errors.slice(0, REJECTED_ROWS_SHOWN),
          issues: source.errors.length,
          warnings,
        },
      };
    } catch (error) {
      return { kind: 'failed', stage: controller.signal.aborted ? 'read' : 'save', message: describeError(error) };
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  async cancel(): Promise<boolean> {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  async listImports(workspaceId: string): Promise<Outcome<PastImport[]>> {
    try {
      const datasets = await this.storage.listDatasets(workspaceId);
      return succeeded(
        datasets
          .filter((dataset): dataset is DatasetRecord & { id: number } => dataset.id !== undefined)
          .map((dataset) => ({
            id: dataset.id,
            fileName: dataset.fileName,
            size: dataset.size,
            importedAt: dataset.importedAt,
            encoding: dataset.encoding,
            rows: dataset.counts.rows,
            added: dataset.counts.added,
            alreadyPresent: dataset.counts.alreadyPresent,
            rejected: dataset.counts.rejected,
          }))
          .reverse(), // newest first
      );
    } catch (error) {
      return failed(describeError(error));
    }
  }

  async rejectedRowsCsv(workspaceId: string, datasetId: number): Promise<Outcome<string>> {
    try {
      const dataset = await this.storage.getDataset(workspaceId, datasetId);
      if (!dataset) return failed('That import is no longer stored.');
      return succeeded(rejectedRowsCsv(dataset.rejectedRows));
    } catch (error) {
      return failed(describeError(error));
    }
  }
}
