/** A deep link into the Customers page (#/customers/customer/7) survives the app's first render and a reload. */
import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useHashRoute } from '../../src-renderer/app/use-hash-route';
import { useAppStore } from '../../src-renderer/state/store';

it('follows the page of a deep link and keeps the rest of the hash', async () => {
  window.location.hash = '#/customers/customer/7';
  renderHook(() => useHashRoute());
  await waitFor(() => expect(useAppStore.getState().page).toBe('customers'));
  await new Promise((resolve) => setTimeout(resolve, 20)); // any hashchange the hook caused has fired
  expect(window.location.hash).toBe('#/customers/customer/7');

  // Choosing another page still writes its hash.
  useAppStore.getState().showPage('cohorts');
  await waitFor(() => expect(window.location.hash).toBe('#/cohorts'));
});
