/** The wizard's state machine: every transition, stale answers, and what each step allows. */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-core/import';
import type { ColumnMapping } from '../../src-core/model/orders';
import type { ImportResult, Inspection } from '../../src-renderer/worker/import-api';
import {
  canContinue,
  canVisit,
  initialWizardState,
  rereadsHeaders,
  wizardReducer,
  type Review,
  type WizardEvent,
  type WizardState,
} from '../../src-renderer/features/import/wizard-machine';

const FULL: ColumnMapping = { orderId: 'Order', orderDate: 'Date', email: 'Email', orderTotal: 'Total' };

function preview(mapping: ColumnMapping = FULL, encoding = 'utf-8', mappingProblems: ImportPreview['mappingProblems'] = []): ImportPreview {
  return {
    ok: true,
    source: { file: 'a.csv', format: 'csv', encoding, delimiter: ',', sheet: null, sheets: [], preset: null, headerLine: 1, headers: ['Order', 'Date', 'Email', 'Total'], records: 3, rejected: 1, errors: [{ line: 3, column: 'Date', message: 'bad' }] },
    mapping,
    sampleRows: [],
    normalizedSample: [],
    columnWarnings: {},
    mappingProblems,
    warnings: [],
  };
}

const inspection = (mapping: ColumnMapping = FULL, origin: 'suggested' | 'remembered' | 'given' = 'suggested', encoding = 'utf-8'): Inspection => ({
  ok: true,
  preview: preview(mapping, encoding),
  mappingOrigin: origin,
  preset: 'shopify-orders',
  importedBefore: null,
});

const run = (events: WizardEvent[], from: WizardState = initialWizardState) => events.reduce(wizardReducer, from);
const opened = (origin: 'suggested' | 'remembered' = 'suggested') =>
  run([
    { type: 'fileChosen', file: { name: 'a.csv', size: 100 }, request: 1 },
    { type: 'inspected', request: 1, inspection: inspection(FULL, origin) },
  ]);
const reviewIn = (state: WizardState): Review => {
  if (!('review' in state)) throw new Error(`no review in ${state.step}`);
  return state.review;
};

const RESULT: ImportResult = { datasetId: 1, fileName: 'a.csv', rows: 3, orders: 2, added: 2, alreadyPresent: 0, rejected: 1, rejectedRows: [], issues: 1, warnings: [] };

describe('opening a file', () => {
  it('shows the detected settings with the suggested mapping', () => {
    const state = opened('remembered');
    expect(state.step).toBe('settings');
    expect(reviewIn(state)).toMatchObject({ mapping: FULL, mappingOrigin: 'remembered', preset: 'shopify-orders', detected: { encoding: 'utf-8', delimiter: ',' }, pending: 0, problem: '' });
  });

  it('goes back to the file step with the reason when the file cannot be read', () => {
    const state = run([
      { type: 'fileChosen', file: { name: 'x.bin', size: 9 }, request: 1 },
      { type: 'inspected', request: 1, inspection: { ok: false, message: 'The file is empty.' } },
    ]);
    expect(state).toEqual({ step: 'choose', failure: { fileName: 'x.bin', message: 'The file is empty.' } });
  });

  it('a file whose columns were not recognised opens, and its columns are chosen by hand', () => {
    const unrecognised = preview({}, 'utf-8', [{ need: 'date', fields: ['orderDate'], message: 'No column looks like an order date.' }]);
    let state = run([
      { type: 'fileChosen', file: { name: 'books.csv', size: 9 }, request: 1 },
      { type: 'inspected', request: 1, inspection: { ok: true, preview: unrecognised, mappingOrigin: 'suggested', preset: null, importedBefore: null } },
    ]);
    expect(state.step).toBe('settings');
    expect(canVisit(reviewIn(state), 'mapping')).toBe(true);
    expect(canContinue(reviewIn(state))).toBe(false);
    state = run(
      [
        { type: 'stepChosen', step: 'mapping' },
        { type: 'mappingChanged', field: 'orderDate', header: 'Date', request: 2 },
        { type: 'mappingChanged', field: 'orderTotal', header: 'Total', request: 3 },
        { type: 'mappingChanged', field: 'email', header: 'Email', request: 4 },
      ],
      state,
    );
    expect(canContinue(reviewIn(state))).toBe(false); // the last preview is still being computed
    state = wizardReducer(state, { type: 'inspected', request: 4, inspection: inspection({ orderDate: 'Date', orderTotal: 'Total', email: 'Email' }, 'given') });
    expect(reviewIn(state)).toMatchObject({ mapping: { orderDate: 'Date', orderTotal: 'Total', email: 'Email' }, mappingOrigin: 'edited', problem: '' });
    expect(canContinue(reviewIn(state))).toBe(true);
  });

  it('ignores the answer for a file the user has since replaced', () => {
    const state = run([
      { type: 'fileChosen', file: { name: 'old.csv', size: 1 }, request: 1 },
      { type: 'fileChosen', file: { name: 'new.csv', size: 2 }, request: 2 },
      { type: 'inspected', request: 1, inspection: inspection() },
    ]);
    expect(state).toEqual({ step: 'opening', file: { name: 'new.csv', size: 2 }, request: 2 });
  });
});

describe('changing settings and the mapping', () => {
  it('an override waits for its preview; an older answer arriving late is dropped', () => {
    const state = run(
      [
        { type: 'overridesChanged', overrides: { encoding: 'shift_jis' }, request: 2 },
        { type: 'overridesChanged', overrides: { encoding: 'windows-1251' }, request: 3 },
        { type: 'inspected', request: 2, inspection: inspection(FULL, 'suggested', 'shift_jis') },
      ],
      opened(),
    );
    expect(reviewIn(state)).toMatchObject({ overrides: { encoding: 'windows-1251' }, pending: 3 });
    expect(canVisit(reviewIn(state), 'validation')).toBe(false);
    const answered = wizardReducer(state, { type: 'inspected', request: 3, inspection: inspection(FULL, 'suggested', 'windows-1251') });
    expect(reviewIn(answered).preview.source.encoding).toBe('windows-1251');
    expect(reviewIn(answered).pending).toBe(0);
  });

  it('a failing override keeps the last good preview and blocks the next steps', () => {
    const state = run(
      [
        { type: 'overridesChanged', overrides: { delimiter: '|' }, request: 2 },
        { type: 'inspected', request: 2, inspection: { ok: false, message: 'No header row was found.' } },
      ],
      opened(),
    );
    const review = reviewIn(state);
    expect(review.problem).toBe('No header row was found.');
    expect(review.preview.source.delimiter).toBe(',');
    expect(canVisit(review, 'mapping')).toBe(false);
    expect(wizardReducer(state, { type: 'stepChosen', step: 'mapping' })).toBe(state);
  });

  it('editing a field marks the mapping as the user’s; removing the date leaves a gap', () => {
    const state = run(
      [
        { type: 'stepChosen', step: 'mapping' },
        { type: 'mappingChanged', field: 'orderDate', header: '', request: 2 },
        { type: 'inspected', request: 2, inspection: { ok: false, message: 'No column looks like an order date.' } },
      ],
      opened(),
    );
    const review = reviewIn(state);
    expect(state.step).toBe('mapping');
    expect(review.mapping).toEqual({ orderId: 'Order', email: 'Email', orderTotal: 'Total' });
    expect(review.mappingOrigin).toBe('edited');
    expect(canContinue(review)).toBe(false);
    expect(canVisit(review, 'mapping')).toBe(true); // the mapping caused it, so it is fixed there

    const fixed = run(
      [
        { type: 'mappingChanged', field: 'orderDate', header: 'Date', request: 3 },
        { type: 'inspected', request: 3, inspection: inspection(FULL, 'given') },
      ],
      state,
    );
    expect(reviewIn(fixed)).toMatchObject({ mappingOrigin: 'edited', problem: '', pending: 0 });
    expect(canContinue(reviewIn(fixed))).toBe(true);
  });

  it('only encoding, delimiter and sheet re-read the headers', () => {
    expect(rereadsHeaders({}, { dateOrder: 'DMY' })).toBe(false);
    expect(rereadsHeaders({ dateOrder: 'DMY' }, { dateOrder: 'DMY', encoding: 'euc-jp' })).toBe(true);
    expect(rereadsHeaders({ sheet: 'A' }, { sheet: 'B' })).toBe(true);
  });
});

describe('importing', () => {
  const validating = () => wizardReducer(wizardReducer(opened(), { type: 'stepChosen', step: 'mapping' }), { type: 'stepChosen', step: 'validation' });

  it('starts only from the check step, tracks progress, and ends with the result', () => {
    expect(wizardReducer(opened(), { type: 'importStarted', at: 0 }).step).toBe('settings');
    let state = wizardReducer(validating(), { type: 'importStarted', at: 1_000 });
    expect(state).toMatchObject({ step: 'importing', cancelling: false, progress: { phase: 'reading', records: 0, bytesTotal: 100, startedAt: 1_000 } });
    state = wizardReducer(state, { type: 'importProgressed', report: { phase: 'reading', records: 500, bytesDone: 50, bytesTotal: 100 }, at: 1_500 });
    expect(state).toMatchObject({ progress: { records: 500, bytesDone: 50, at: 1_500, startedAt: 1_000 } });
    // A new file cannot replace the one being imported, nor can the wizard restart.
    expect(wizardReducer(state, { type: 'fileChosen', file: { name: 'b.csv', size: 1 }, request: 9 })).toBe(state);
    expect(wizardReducer(state, { type: 'restarted' })).toBe(state);
    state = wizardReducer(state, { type: 'importEnded', outcome: { kind: 'done', result: RESULT } });
    expect(state).toMatchObject({ step: 'done', result: RESULT });
    expect(wizardReducer(state, { type: 'restarted' })).toEqual(initialWizardState);
  });

  it('cancel is asked for while reading, not while saving', () => {
    const reading = wizardReducer(validating(), { type: 'importStarted', at: 0 });
    expect(wizardReducer(reading, { type: 'cancelRequested' })).toMatchObject({ cancelling: true });
    const saving = wizardReducer(reading, { type: 'importProgressed', report: { phase: 'saving', records: 3, bytesDone: 100, bytesTotal: 100 }, at: 5 });
    expect(wizardReducer(saving, { type: 'cancelRequested' })).toBe(saving);
    const cancelled = wizardReducer(reading, { type: 'importEnded', outcome: { kind: 'cancelled' } });
    expect(cancelled.step).toBe('cancelled');
    // Back to the check step with the same file and settings.
    expect(wizardReducer(cancelled, { type: 'stepChosen', step: 'validation' })).toMatchObject({ step: 'validation', review: reviewIn(reading) });
  });

  it('a refused save ends in failed, with the stage and the reason', () => {
    const reading = wizardReducer(validating(), { type: 'importStarted', at: 0 });
    const failed = wizardReducer(reading, { type: 'importEnded', outcome: { kind: 'failed', stage: 'save', message: 'QuotaExceededError' } });
    expect(failed).toMatchObject({ step: 'failed', stage: 'save', message: 'QuotaExceededError' });
  });
});
