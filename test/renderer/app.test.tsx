/** The shell and the Overview, rendered in jsdom over a real (in-memory) database and analytics engine. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, it, vi } from 'vitest';
import { App } from '../../src-renderer/app/App';
import { PlannedPage } from '../../src-renderer/components/PlannedPage';
import { i18n } from '../../src-renderer/i18n';
import { useAppStore } from '../../src-renderer/state/store';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { setAnalyticsInstance } from '../../src-renderer/worker/analytics-client';
import { tinyShopBytes } from './fixtures/tiny-shop';

// jsdom has no canvas for ECharts to measure text with: the chart is a labelled box here
// (its option is unit-tested in monthly-chart-option.test.ts, the real chart in the e2e).
vi.mock('../../src-renderer/charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function renderApp() {
  setAnalyticsInstance(new AnalyticsEngine());
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  await act(() => useAppStore.getState().boot(() => Promise.resolve(tinyShopBytes())));
}

it('shows the demo workspace KPIs, formatted, with their definitions', async () => {
  await renderApp();
  await waitFor(() => expect(screen.getByTestId('kpi-revenue').textContent).toBe('¥200'));
  expect(screen.getByTestId('kpi-customers').textContent).toBe('3');
  expect(screen.getByTestId('kpi-orders').textContent).toBe('4');
  expect(screen.getByTestId('kpi-repeatRate').textContent).toBe('33.3%');
  expect(screen.getByTestId('kpi-averageOrderValue').textContent).toBe('¥50');
  const repeat = screen.getByRole('group', { name: 'Repeat rate' });
  expect(within(repeat).getByRole('tooltip').textContent).toBe('Share of customers with two or more counted orders.');
  expect(screen.getByRole('img', { name: /monthly revenue/i })).toBeTruthy();
});

it('switches language: navigation, headings and money follow', async () => {
  await renderApp();
  await waitFor(() => screen.getByTestId('kpi-revenue'));
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ru' } });
  await waitFor(() => expect(screen.getByRole('navigation', { name: 'Основное меню' })).toBeTruthy());
  expect(screen.getByRole('link', { name: /Когорты/ })).toBeTruthy();
  expect(plain(screen.getByTestId('kpi-revenue').textContent)).toBe('200 ¥');
  expect(document.documentElement.lang).toBe('ru');
});

it('navigates by hash and marks the current page in the navigation', async () => {
  await renderApp();
  fireEvent.click(screen.getByRole('link', { name: /Settings/ }));
  // Pages other than the Overview load lazily: on a busy machine that can take a moment.
  expect(await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 })).toBeTruthy();
  expect(window.location.hash).toBe('#/settings');
  expect(screen.getByRole('link', { name: /Settings/ }).getAttribute('aria-current')).toBe('page');
  expect(screen.getByRole('link', { name: /Overview/ }).getAttribute('aria-current')).toBeNull();
});

it('a page not built yet says so plainly, in the chosen language, with no sample data', async () => {
  render(
    <I18nextProvider i18n={i18n}>
      <PlannedPage page="reports" />
    </I18nextProvider>,
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeTruthy();
  expect(screen.getByRole('note').textContent).toMatch(/^This page is not built yet\..*print-ready report/s);
  await act(() => i18n.changeLanguage('ja'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('レポート');
});

it('creates, renames and deletes a workspace through the dialogs', async () => {
  await renderApp();
  fireEvent.click(screen.getByRole('button', { name: 'New workspace' }));
  const create = screen.getByRole('dialog', { name: 'New workspace' });
  fireEvent.change(within(create).getByRole('textbox', { name: 'Name' }), { target: { value: 'Client Z' } });
  fireEvent.change(within(create).getByRole('combobox', { name: 'Currency' }), { target: { value: 'EUR' } });
  fireEvent.click(within(create).getByRole('button', { name: 'Create' }));
  const switcher = screen.getByRole('combobox', { name: 'Workspace' });
  await waitFor(() => expect(within(switcher).getByRole<HTMLOptionElement>('option', { name: 'Client Z' }).selected).toBe(true));
  await waitFor(() => expect(screen.getByText(/no orders yet/)).toBeTruthy());
  expect(useAppStore.getState().workspaces.at(-1)?.currency).toBe('EUR');

  fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
  const rename = screen.getByRole('dialog', { name: 'Rename workspace' });
  fireEvent.change(within(rename).getByRole('textbox', { name: 'Name' }), { target: { value: 'Client Y' } });
  fireEvent.submit(rename);
  await waitFor(() => expect(within(switcher).getByRole('option', { name: 'Client Y' })).toBeTruthy());

  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  const confirm = screen.getByRole('dialog', { name: 'Delete “Client Y”?' });
  fireEvent.keyDown(confirm, { key: 'Escape' }); // cancelling keeps it
  expect(screen.queryByRole('dialog')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(within(switcher).queryByRole('option', { name: 'Client Y' })).toBeNull());
  await waitFor(() => expect(screen.getByTestId('kpi-orders').textContent).toBe('4')); // back on the demo
});
