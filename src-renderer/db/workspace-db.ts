/** One Dexie database per workspace ('rw-ws-<id>'), every schema version declared. */
import Dexie, { type Table } from 'dexie';
import type { OrderChunk } from '../../src-core/data/columnar';
import type { CustomerRow, DatasetRecord, DictionaryRow, NoteRow, SegmentRecord, SettingRow } from './records';
import { WORKSPACE_SCHEMA_V1, WORKSPACE_SCHEMA_V2, WORKSPACE_SCHEMA_V3, backfillHeaderSignature } from './workspace-schema';

export function workspaceDbName(workspaceId: string): string {
  return `rw-ws-${workspaceId}`;
}

export class WorkspaceDb extends Dexie {
  declare orderChunks: Table<OrderChunk, number>;
  declare customers: Table<CustomerRow, number>;
  declare dictionaries: Table<DictionaryRow, string>;
  declare datasets: Table<DatasetRecord, number>;
  declare settings: Table<SettingRow, string>;
  declare notes: Table<NoteRow, number>;
  declare segments: Table<SegmentRecord, number>;

  constructor(workspaceId: string) {
    super(workspaceDbName(workspaceId));
    this.version(1).stores(WORKSPACE_SCHEMA_V1);
    this.version(2).stores(WORKSPACE_SCHEMA_V2).upgrade(backfillHeaderSignature);
    // v3 only adds the segments table: nothing to migrate.
    this.version(3).stores(WORKSPACE_SCHEMA_V3);
  }
}
