/** Notes and tags on customers: the v3 → v4 upgrade, the repository, and the store slice that components use. */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { cleanTags } from '../../src-renderer/db/customer-notes-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { closeAllDatabases, createWorkspace } from '../../src-renderer/db/workspace-repository';
import { WORKSPACE_SCHEMA_V3, WORKSPACE_SCHEMA_VERSION } from '../../src-renderer/db/workspace-schema';
import { selectors } from '../../src-renderer/state/selectors';
import { resetAppStore, useAppStore } from '../../src-renderer/state/store';

it('upgrades a v3 workspace database to v4 with the new tables, keeping what was there', async () => {
  const old = new Dexie(workspaceDbName('v3'));
  old.version(3).stores(WORKSPACE_SCHEMA_V3);
  await old.table('segments').add({ name: 'March buyers', customers: [1, 2], source: { kind: 'other', description: 'x' }, createdAt: 5 });
  await old.table('settings').put({ key: 'asOf', value: '2024-03-31' });
  old.close();

  const db = new WorkspaceDb('v3');
  await db.open();
  expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
  expect(WORKSPACE_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  expect(await db.segments.toArray()).toEqual([expect.objectContaining({ name: 'March buyers', customers: [1, 2] })]);
  expect(await db.settings.get('asOf')).toEqual({ key: 'asOf', value: '2024-03-31' });

  await db.customerNotes.add({ customerKey: 'ann@example.com', createdAt: 1, text: 'Prefers decaf.' });
  await db.customerTags.put({ customerKey: 'ann@example.com', tags: ['wholesale', 'vip'] });
  expect(await db.customerNotes.where('customerKey').equals('ann@example.com').count()).toBe(1);
  // Tags are a multi-entry index: "who is tagged vip" is one query.
  expect(await db.customerTags.where('tags').equals('vip').primaryKeys()).toEqual(['ann@example.com']);
  db.close();
});

it('cleans tags: trimmed, no empties, duplicates ignoring case kept once in the order added', () => {
  expect(cleanTags([' vip ', '', 'Wholesale', 'VIP', '  ', 'wholesale', 'late payer'])).toEqual(['vip', 'Wholesale', 'late payer']);
});

it('adds, lists, deletes notes and sets tags through the store, kept in the workspace database', async () => {
  const workspace = await createWorkspace({ name: 'Shop' });
  useAppStore.setState({ activeWorkspaceId: workspace.id });
  const store = () => useAppStore.getState();

  await store().loadCustomerNotes();
  expect(selectors.customerNotesLoaded(store())).toBe(true);
  expect(await store().addCustomerNote('ann@example.com', '  Called about a late parcel.  ')).toBe(true);
  expect(await store().addCustomerNote('ann@example.com', '   ')).toBe(false); // nothing to save: refused, with a notice
  expect(store().notices.map((notice) => notice.messageKey)).toEqual(['customers.errors.saveNote']);
  expect(await store().addCustomerNote('bob@example.com', '=cmd|/c calc')).toBe(true);
  expect(await store().setCustomerTags('ann@example.com', ['vip', ' VIP ', 'decaf'])).toBe(true);
  expect(selectors.customerTags(store())).toEqual([{ customerKey: 'ann@example.com', tags: ['vip', 'decaf'] }]);

  // A fresh start (reload) reads the same back from IndexedDB.
  closeAllDatabases();
  resetAppStore();
  useAppStore.setState({ activeWorkspaceId: workspace.id });
  await store().loadCustomerNotes();
  expect(selectors.customerNotes(store()).map((note) => [note.customerKey, note.text])).toEqual([
    ['ann@example.com', 'Called about a late parcel.'],
    ['bob@example.com', '=cmd|/c calc'],
  ]);
  expect(selectors.customerTags(store())).toEqual([{ customerKey: 'ann@example.com', tags: ['vip', 'decaf'] }]);

  const first = selectors.customerNotes(store())[0]!;
  await store().deleteCustomerNote(first.id!);
  await store().setCustomerTags('ann@example.com', []);
  resetAppStore();
  useAppStore.setState({ activeWorkspaceId: workspace.id });
  await store().loadCustomerNotes();
  expect(selectors.customerNotes(store()).map((note) => note.text)).toEqual(['=cmd|/c calc']);
  expect(selectors.customerTags(store())).toEqual([]);

  // Another workspace sees none of them.
  const other = await createWorkspace({ name: 'Other' });
  useAppStore.setState({ activeWorkspaceId: other.id });
  expect(selectors.customerNotes(store())).toEqual([]);
  await store().loadCustomerNotes();
  expect(selectors.customerNotes(store())).toEqual([]);
});

it('keeps the "lapsed after" setting per workspace and refuses nonsense', async () => {
  const workspace = await createWorkspace({ name: 'Shop' });
  useAppStore.setState({ activeWorkspaceId: workspace.id });
  const store = () => useAppStore.getState();
  await store().loadLapsedAfterDays();
  expect(selectors.lapsedAfterDays(store())).toBe(180);
  await store().setLapsedAfterDays(90);
  await store().setLapsedAfterDays(-3);
  await store().setLapsedAfterDays(1.5);
  resetAppStore();
  useAppStore.setState({ activeWorkspaceId: workspace.id });
  await store().loadLapsedAfterDays();
  expect(selectors.lapsedAfterDays(store())).toBe(90);
});
