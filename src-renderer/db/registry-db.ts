/** The registry: which workspaces exist, and app-wide preferences. */
import Dexie, { type Table } from 'dexie';
import type { PreferenceRow, WorkspaceRecord } from './records';

export const REGISTRY_DB_NAME = 'rw-registry';

export const REGISTRY_SCHEMA_V1 = {
  workspaces: 'id, name, createdAt',
  preferences: 'key',
} as const;

export class RegistryDb extends Dexie {
  declare workspaces: Table<WorkspaceRecord, string>;
  declare preferences: Table<PreferenceRow, string>;

  constructor() {
    super(REGISTRY_DB_NAME);
    this.version(1).stores(REGISTRY_SCHEMA_V1);
  }
}
