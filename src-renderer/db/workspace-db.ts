/** One Dexie database per workspace ('rw-ws-<id>'), every schema version declared. */
import Dexie, { type Table } from 'dexie';
import type { CampaignRecord } from './campaign-records';
import type { CustomerBlockRow, StoredOrderChunk } from './packed-rows';
import type { FitCostRow, FitOverrideRow, FitRatingRow, FitSegmentCostRow, FitSettingsRow } from './fit-records';
import type { SavedReportRecord } from './report-records';
import type { CustomerNoteRow, CustomerTagsRow, DatasetRecord, DictionaryRow, NoteRow, SegmentRecord, SettingRow } from './records';
import { WORKSPACE_SCHEMA_V1, WORKSPACE_SCHEMA_V2, WORKSPACE_SCHEMA_V3, WORKSPACE_SCHEMA_V4, WORKSPACE_SCHEMA_V5, WORKSPACE_SCHEMA_V6, WORKSPACE_SCHEMA_V7, WORKSPACE_SCHEMA_V8, backfillHeaderSignature, packOrderIdsAndCustomers } from './workspace-schema';

export function workspaceDbName(workspaceId: string): string {
  return `rw-ws-${workspaceId}`;
}

export class WorkspaceDb extends Dexie {
  /** Since v8 with packed order ids (v1–v7: OrderChunk as-is). */
  declare orderChunks: Table<StoredOrderChunk, number>;
  /** Since v8 in blocks keyed by first index (v1–v7: one CustomerRow per customer). */
  declare customers: Table<CustomerBlockRow, number>;
  declare dictionaries: Table<DictionaryRow, string>;
  declare datasets: Table<DatasetRecord, number>;
  declare settings: Table<SettingRow, string>;
  declare notes: Table<NoteRow, number>;
  declare segments: Table<SegmentRecord, number>;
  declare customerNotes: Table<CustomerNoteRow, number>;
  declare customerTags: Table<CustomerTagsRow, string>;
  declare fitCosts: Table<FitCostRow, string>;
  declare fitSegmentCosts: Table<FitSegmentCostRow, string>;
  declare fitRatings: Table<FitRatingRow, string>;
  declare fitSettings: Table<FitSettingsRow, string>;
  declare fitOverrides: Table<FitOverrideRow, number>;
  declare campaigns: Table<CampaignRecord, string>;
  declare reports: Table<SavedReportRecord, string>;

  constructor(workspaceId: string) {
    super(workspaceDbName(workspaceId));
    this.version(1).stores(WORKSPACE_SCHEMA_V1);
    this.version(2).stores(WORKSPACE_SCHEMA_V2).upgrade(backfillHeaderSignature);
    // v3 only adds the segments table: nothing to migrate.
    this.version(3).stores(WORKSPACE_SCHEMA_V3);
    // v4 only adds the customer notes and tags tables: nothing to migrate.
    this.version(4).stores(WORKSPACE_SCHEMA_V4);
    // v5 only adds the Fit page's tables (missing settings mean the defaults): nothing to migrate.
    this.version(5).stores(WORKSPACE_SCHEMA_V5);
    // v6 only adds the campaigns table: nothing to migrate.
    this.version(6).stores(WORKSPACE_SCHEMA_V6);
    // v7 only adds the saved report definitions: nothing to migrate.
    this.version(7).stores(WORKSPACE_SCHEMA_V7);
    // v8 packs the order ids of each chunk and the customers into blocks (the rows are converted).
    this.version(8).stores(WORKSPACE_SCHEMA_V8).upgrade(packOrderIdsAndCustomers);
  }
}
