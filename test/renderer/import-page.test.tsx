/** The Import page in jsdom: the wizard's steps over in-process engines and a real (in-memory) database. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, it, vi } from 'vitest';
import { App } from '../../src-renderer/app/App';
import * as repository from '../../src-renderer/db/workspace-repository';
import { i18n } from '../../src-renderer/i18n';
import { useAppStore } from '../../src-renderer/state/store';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { setAnalyticsInstance } from '../../src-renderer/worker/analytics-client';
import { ImportEngine } from '../../src-renderer/worker/import-engine';
import { setImportInstance } from '../../src-renderer/worker/import-client';
import { tinyShopBytes } from './fixtures/tiny-shop';
import { NEWER_CSV, SHOP_CSV, UNLABELLED_CSV, fileBlob, openTestBlob } from './import-shop';

vi.mock('../../src-renderer/charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

async function openImportPage() {
  setAnalyticsInstance(new AnalyticsEngine());
  setImportInstance(new ImportEngine(repository, openTestBlob));
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  await act(() => useAppStore.getState().boot(() => Promise.resolve(tinyShopBytes())));
  fireEvent.click(screen.getByRole('link', { name: /Import/ }));
  // Pages are loaded lazily: the first visit may take a moment to transform.
  await screen.findByRole('heading', { level: 1, name: 'Import orders' }, { timeout: 15_000 });
}

function drop(name: string, text: string) {
  const file = fileBlob(name, text);
  fireEvent.drop(screen.getByRole('region', { name: 'Drop zone for an order export' }), { dataTransfer: { files: [file] } });
}

const stepHeading = (name: string) => waitFor(() => screen.getByRole('heading', { level: 2, name }));

it('walks a file through settings, columns and the check, imports it and lists it', async () => {
  await openImportPage();
  await waitFor(() => screen.getByText('demo-shop.json')); // the demo install is a past import
  drop('shop.csv', SHOP_CSV);

  await stepHeading('Detected settings');
  expect(screen.getByText('Line 1')).toBeTruthy();
  expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Encoding' }).selectedOptions[0]?.textContent).toBe('Detected: UTF-8');
  fireEvent.click(screen.getByRole('button', { name: 'Next: columns' }));

  await stepHeading('Which column holds what');
  expect(screen.getByText('Suggested from the column names.')).toBeTruthy();
  expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Order date' }).value).toBe('Date');
  const preview = screen.getByRole('table', { name: 'Preview of the first orders, as they will be stored' });
  expect(within(preview).getAllByRole('row')).toHaveLength(5); // header + WB-1, WB-2, WB-4, WB-5
  expect(within(preview).getByText('Cancelled (not counted)')).toBeTruthy();

  // Without a date the import cannot go on, and says what is missing.
  fireEvent.change(screen.getByRole('combobox', { name: 'Order date' }), { target: { value: '' } });
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose the column with the order date.'));
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next: check rows' }).disabled).toBe(true);
  fireEvent.change(screen.getByRole('combobox', { name: 'Order date' }), { target: { value: 'Date' } });
  await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next: check rows' }).disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: 'Next: check rows' }));

  await stepHeading('Check the rows');
  expect(screen.getByTestId('check-rows').textContent).toBe('5');
  expect(screen.getByTestId('check-good').textContent).toBe('4');
  expect(screen.getByTestId('check-rejected').textContent).toBe('1');
  const rejected = screen.getByRole('table', { name: 'Rejected rows' });
  expect(within(rejected).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '4',
    'Date',
    "Line 4: 'not a date' in 'Date' is not a date; the row was skipped.",
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Import 4 rows' }));

  await stepHeading('Import finished');
  expect(screen.getByTestId('result-added').textContent).toBe('4');
  expect(screen.getByTestId('result-already-present').textContent).toBe('0');
  expect(screen.getByTestId('result-rejected').textContent).toBe('1');
  // The analytics worker was told to reload: the store's orders now include the file's.
  const loaded = await repository.loadOrderStore(useAppStore.getState().activeWorkspaceId!);
  expect(loaded.chunks.flatMap((chunk) => chunk.orderId)).toEqual(expect.arrayContaining(['WB-1', 'WB-2', 'WB-4', 'WB-5']));
  const past = screen.getByRole('region', { name: 'Past imports' });
  await waitFor(() => expect(within(past).getByText('shop.csv')).toBeTruthy());
  expect(within(past).getByRole('button', { name: 'Download the rejected rows of shop.csv' })).toBeTruthy();

  // The Overview link leads to the updated figures: tiny shop 4 counted orders + 3.
  fireEvent.click(screen.getByRole('link', { name: 'See the Overview' }));
  await waitFor(() => expect(screen.getByTestId('kpi-orders').textContent).toBe('7'));
});

it('re-importing the same file says it was imported before and adds nothing', async () => {
  await openImportPage();
  for (const round of [1, 2]) {
    drop('shop.csv', SHOP_CSV);
    await stepHeading('Detected settings');
    if (round === 2) expect(screen.getByRole('note').textContent).toMatch(/This exact file was imported on .* adds only orders that are not stored yet\./);
    fireEvent.click(screen.getByRole('button', { name: 'Next: columns' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next: check rows' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 4 rows' }));
    await stepHeading('Import finished');
    if (round === 1) fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
  }
  expect(screen.getByTestId('result-added').textContent).toBe('0');
  expect(screen.getByTestId('result-already-present').textContent).toBe('4');
  expect(screen.getByText(/were not added again/)).toBeTruthy();
});

it('a refused save shows what happened and stores nothing', async () => {
  await openImportPage();
  const workspaceId = useAppStore.getState().activeWorkspaceId!;
  const before = await repository.loadOrderStore(workspaceId);
  vi.spyOn(repository.workspaceDb(workspaceId).datasets, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

  drop('newer.csv', NEWER_CSV);
  fireEvent.click(await screen.findByRole('button', { name: 'Next: columns' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Next: check rows' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Import 3 rows' }));

  await stepHeading('The import could not be saved');
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('Nothing was stored: the workspace is exactly as it was before.');
  expect(alert.textContent).toContain('storage for this app is full');
  expect(await repository.loadOrderStore(workspaceId)).toEqual(before);
  expect((await repository.listDatasets(workspaceId)).map((dataset) => dataset.fileName)).toEqual(['demo-shop.json']);
});

it('warns before an import that would not fit in the storage left, and still lets the user try', async () => {
  await openImportPage();
  const estimate = vi.fn(async () => ({ usage: 999_999_900, quota: 1_000_000_000 }));
  vi.stubGlobal('navigator', { ...navigator, storage: { estimate, persisted: async () => true, persist: async () => true } });
  try {
    drop('newer.csv', NEWER_CSV);
    fireEvent.click(await screen.findByRole('button', { name: 'Next: columns' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next: check rows' }));
    await stepHeading('Check the rows');
    const warning = await screen.findByTestId('storage-too-small');
    expect(warning.textContent).toMatch(/needs up to 0\.2 kB of storage, but this device only lets the app use 0\.1 kB more/);
    expect(warning.textContent).toContain('the import stops and this workspace stays exactly as it is');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Import 3 rows' }).disabled).toBe(false);
  } finally {
    vi.unstubAllGlobals();
  }
});

it('says nothing about storage when the file fits', async () => {
  await openImportPage();
  vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 1_000, quota: 1e9 }), persisted: async () => true, persist: async () => true } });
  try {
    drop('newer.csv', NEWER_CSV);
    fireEvent.click(await screen.findByRole('button', { name: 'Next: columns' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next: check rows' }));
    await stepHeading('Check the rows');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId('storage-too-small')).toBeNull();
  } finally {
    vi.unstubAllGlobals();
  }
});

it('a file with unrecognised column names opens, and its columns are chosen by hand', async () => {
  await openImportPage();
  const workspaceId = useAppStore.getState().activeWorkspaceId!;
  drop('books.csv', UNLABELLED_CSV);
  await stepHeading('Detected settings');
  expect(screen.getByTestId('unrecognised-columns').textContent).toBe('Some columns were not recognised. Choose the order date, amount and customer columns on the next step.');
  fireEvent.click(screen.getByRole('button', { name: 'Next: columns' }));

  await stepHeading('Which column holds what');
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose the column with the order date.Choose a column with an amount: order total, line amount or unit price.'));
  const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next: check rows' });
  expect(next.disabled).toBe(true);
  fireEvent.change(screen.getByRole('combobox', { name: 'Order date' }), { target: { value: 'Booked on' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Order total' }), { target: { value: 'Paid in' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'E-mail' }), { target: { value: 'Buyer' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Customer name' }), { target: { value: '' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Order ID' }), { target: { value: 'Ref' } });
  await waitFor(() => expect(next.disabled).toBe(false));
  const preview = screen.getByRole('table', { name: 'Preview of the first orders, as they will be stored' });
  expect(within(preview).getAllByRole('row')).toHaveLength(4); // header + R1, R2, R3
  fireEvent.click(next);

  await stepHeading('Check the rows');
  fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
  await stepHeading('Import finished');
  expect(screen.getByTestId('result-added').textContent).toBe('3');
  const stored = await repository.loadOrderStore(workspaceId);
  expect(stored.chunks.flatMap((chunk) => chunk.orderId)).toEqual(expect.arrayContaining(['R1', 'R2', 'R3']));
});

it('an unreadable file goes back to the file step with the reason', async () => {
  await openImportPage();
  drop('empty.csv', '');
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('“empty.csv” could not be read.The file is empty.'));
  expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
});
