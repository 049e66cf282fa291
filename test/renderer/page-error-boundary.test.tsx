import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../src-renderer/components/PageErrorBoundary';
import { i18n } from '../../src-renderer/i18n';

function BrokenPage(): never {
  throw new Error('cohort matrix is missing');
}

it('turns a page that throws into a readable message, keeping the rest of the app alive', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
  render(
    <I18nextProvider i18n={i18n}>
      <p>navigation</p>
      <PageErrorBoundary>
        <BrokenPage />
      </PageErrorBoundary>
    </I18nextProvider>,
  );
  expect(screen.getByRole('alert').textContent).toBe(
    'This page ran into a problem and could not be shown. Reason: cohort matrix is missing',
  );
  expect(screen.getByText('navigation')).toBeTruthy();
});
