/**
 * The import wizard as a pure state machine: pick → open → settings → mapping
 * → validation → importing → done (or failed / cancelled). Every screen is a
 * function of this state; every user action and worker answer is an event.
 * Previews are re-run whenever settings or the mapping change; each request
 * has an id, and an answer that is not the latest one asked for is ignored.
 */
import type { ImportPreview } from '../../../src-core/import';
import type { CanonicalField, ColumnMapping } from '../../../src-core/model/orders';
import type { ImportOverrides, ImportReport, ImportRunOutcome, ImportResult, ImportSettings, Inspection, MappingOrigin } from '../../worker/import-api';
import { mappingGaps, withField } from './mapping-memory';

export interface FileFacts {
  name: string;
  size: number;
}

/** Everything the settings, mapping and validation screens show about the chosen file. */
export interface Review {
  file: FileFacts;
  overrides: ImportOverrides;
  /** The latest preview that worked (a failed re-run keeps it on screen, with `problem`). */
  preview: ImportPreview;
  preset: string | null;
  /** What was detected before any override, for the "detected" choice of each select. */
  detected: { encoding: string; delimiter: string; sheet: string | null };
  importedBefore: number | null;
  mapping: ColumnMapping;
  /** 'edited' once the user changed a field. */
  mappingOrigin: MappingOrigin | 'edited';
  /** Why the preview with the current settings failed; '' when it worked. */
  problem: string;
  /** Id of the preview being computed; 0 when none is. */
  pending: number;
  /** What the latest re-run changed: a problem caused by the mapping is fixed on the mapping screen. */
  changed: 'settings' | 'mapping';
}

export const REVIEW_STEPS = ['settings', 'mapping', 'validation'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export interface RunProgress extends ImportReport {
  startedAt: number;
  at: number;
}

export type WizardState =
  | { step: 'choose'; failure: { fileName: string; message: string } | null }
  | { step: 'opening'; file: FileFacts; request: number }
  | { step: ReviewStep; review: Review }
  | { step: 'importing'; review: Review; progress: RunProgress; cancelling: boolean }
  | { step: 'done'; review: Review; result: ImportResult }
  | { step: 'failed'; review: Review; stage: 'read' | 'save'; message: string }
  | { step: 'cancelled'; review: Review };

export type WizardEvent =
  | { type: 'fileChosen'; file: FileFacts; request: number }
  | { type: 'inspected'; request: number; inspection: Inspection }
  | { type: 'overridesChanged'; overrides: ImportOverrides; request: number }
  | { type: 'mappingChanged'; field: CanonicalField; header: string; request: number }
  | { type: 'stepChosen'; step: ReviewStep }
  | { type: 'importStarted'; at: number }
  | { type: 'importProgressed'; report: ImportReport; at: number }
  | { type: 'cancelRequested' }
  | { type: 'importEnded'; outcome: ImportRunOutcome }
  | { type: 'restarted' };

export const initialWizardState: WizardState = { step: 'choose', failure: null };

/** The review behind any state that has one. */
export function reviewOf(state: WizardState): Review | null {
  return 'review' in state ? state.review : null;
}

export function isReviewStep(step: string): step is ReviewStep {
  return REVIEW_STEPS.some((review) => review === step);
}

/** The preview is current and the mapping has what an import needs. */
export function canContinue(review: Review): boolean {
  return review.pending === 0 && review.problem === '' && mappingGaps(review.mapping).length === 0;
}

/** May the user open this step now? Later steps need every earlier one to be usable. */
export function canVisit(review: Review, step: ReviewStep): boolean {
  if (step === 'settings') return true;
  if (step === 'mapping') return review.problem === '' || review.changed === 'mapping';
  return canContinue(review);
}

/** What the worker is asked for this review: the overrides, and the mapping unless it should be suggested again. */
export function settingsOf(review: Review): ImportSettings {
  return { ...review.overrides, mapping: review.mapping };
}

/** Settings that change how the file is read (its headers may change): the mapping is suggested anew. */
export function rereadsHeaders(before: ImportOverrides, after: ImportOverrides): boolean {
  return before.encoding !== after.encoding || before.delimiter !== after.delimiter || before.sheet !== after.sheet;
}

function inspected(review: Review, inspection: Inspection): Review {
  if (!inspection.ok) return { ...review, problem: inspection.message, pending: 0 };
  const { preview, preset, importedBefore, mappingOrigin } = inspection;
  return {
    ...review,
    preview,
    preset,
    importedBefore,
    // A preview of the user's own mapping keeps saying it is theirs.
    mapping: preview.mapping,
    mappingOrigin: mappingOrigin === 'given' ? review.mappingOrigin : mappingOrigin,
    problem: '',
    pending: 0,
  };
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'fileChosen':
      // A new file may be chosen at any time except while one is being imported.
      return state.step === 'importing' ? state : { step: 'opening', file: event.file, request: event.request };

    case 'inspected': {
      if (state.step === 'opening') {
        if (event.request !== state.request) return state;
        if (!event.inspection.ok) return { step: 'choose', failure: { fileName: state.file.name, message: event.inspection.message } };
        const { preview, preset, importedBefore, mappingOrigin } = event.inspection;
        const { encoding, delimiter, sheet } = preview.source;
        const review: Review = {
          file: state.file,
          overrides: {},
          preview,
          preset,
          detected: { encoding, delimiter, sheet },
          importedBefore,
          mapping: preview.mapping,
          mappingOrigin,
          problem: '',
          pending: 0,
          changed: 'settings',
        };
        return { step: 'settings', review };
      }
      if (!isReviewStep(state.step) || !('review' in state) || event.request !== state.review.pending) return state;
      return { step: state.step, review: inspected(state.review, event.inspection) };
    }

    case 'overridesChanged': {
      if (!isReviewStep(state.step) || !('review' in state)) return state;
      return { step: state.step, review: { ...state.review, overrides: event.overrides, pending: event.request, changed: 'settings' } };
    }

    case 'mappingChanged': {
      if (!isReviewStep(state.step) || !('review' in state)) return state;
      const mapping = withField(state.review.mapping, event.field, event.header);
      return { step: state.step, review: { ...state.review, mapping, mappingOrigin: 'edited', pending: event.request, changed: 'mapping' } };
    }

    case 'stepChosen': {
      const review = reviewOf(state);
      if (!review || state.step === 'importing' || !canVisit(review, event.step)) return state;
      return { step: event.step, review };
    }

    case 'importStarted':
      if (state.step !== 'validation' || !canContinue(state.review)) return state;
      return {
        step: 'importing',
        review: state.review,
        cancelling: false,
        progress: { phase: 'reading', records: 0, bytesDone: 0, bytesTotal: state.review.file.size, startedAt: event.at, at: event.at },
      };

    case 'importProgressed':
      if (state.step !== 'importing') return state;
      return { ...state, progress: { ...state.progress, ...event.report, at: event.at } };

    case 'cancelRequested':
      // Saving is one transaction: too late to cancel, and the button says so.
      if (state.step !== 'importing' || state.progress.phase === 'saving') return state;
      return { ...state, cancelling: true };

    case 'importEnded': {
      if (state.step !== 'importing') return state;
      const { outcome } = event;
      if (outcome.kind === 'done') return { step: 'done', review: state.review, result: outcome.result };
      if (outcome.kind === 'cancelled') return { step: 'cancelled', review: state.review };
      return { step: 'failed', review: state.review, stage: outcome.stage, message: outcome.message };
    }

    case 'restarted':
      return state.step === 'importing' ? state : initialWizardState;
  }
}
