import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { Dialog } from '../../src-renderer/components/Dialog';

function renderDialog(onClose = vi.fn(), onSubmit = vi.fn()) {
  render(
    <>
      <button type="button">outside</button>
      <Dialog
        title="Rename workspace"
        onClose={onClose}
        onSubmit={onSubmit}
        actions={
          <>
            <button type="button">Cancel</button>
            <button type="submit">Save</button>
          </>
        }
      >
        <input aria-label="Name" defaultValue="Shop" />
      </Dialog>
    </>,
  );
  return { onClose, onSubmit };
}

it('is a labelled modal that takes focus and keeps it while open', () => {
  renderDialog();
  const dialog = screen.getByRole('dialog', { name: 'Rename workspace' });
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  const name = screen.getByRole('textbox', { name: 'Name' });
  const save = screen.getByRole('button', { name: 'Save' });
  expect(document.activeElement).toBe(name);

  save.focus();
  fireEvent.keyDown(save, { key: 'Tab' });
  expect(document.activeElement).toBe(name); // wrapped to the first control
  fireEvent.keyDown(name, { key: 'Tab', shiftKey: true });
  expect(document.activeElement).toBe(save); // and back to the last
});

it('closes on Escape and submits on Enter (form submit)', () => {
  const { onClose, onSubmit } = renderDialog();
  fireEvent.submit(screen.getByRole('dialog'));
  expect(onSubmit).toHaveBeenCalledOnce();
  fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
  expect(onClose).toHaveBeenCalledOnce();
});
