/**
 * The import wizard's slice of the one store: the pure state machine
 * (wizard-machine.ts) plus the actions that talk to the import worker. It
 * lives in the store, not in the page, so an import keeps going (and its
 * result stays on screen) while the user looks at other pages.
 */
import type { CanonicalField } from '../../../src-core/model/orders';
import type { SliceCreator } from '../../state/app-state';
import type { ChosenFile, ImportOverrides } from '../../worker/import-api';
import { importer } from '../../worker/import-client';
import { rereadsHeaders, reviewOf, settingsOf, wizardReducer, type ReviewStep, type WizardEvent, type WizardState } from './wizard-machine';
import { initialWizardState } from './wizard-machine';

export interface ImportWizardSlice {
  importWizard: WizardState;
  /** Hands the file to the worker and previews it with everything detected. */
  chooseImportFile(file: ChosenFile): Promise<void>;
  changeImportOverrides(overrides: ImportOverrides): Promise<void>;
  changeImportMapping(field: CanonicalField, header: string): Promise<void>;
  showImportStep(step: ReviewStep): void;
  startImport(): Promise<void>;
  cancelImport(): Promise<void>;
  restartImport(): void;
}

let lastRequest = 0;
const nextRequest = () => ++lastRequest;

export const createImportWizardSlice: SliceCreator<ImportWizardSlice> = (set, get) => {
  const dispatch = (event: WizardEvent) => set((state) => ({ importWizard: wizardReducer(state.importWizard, event) }));
  const workspaceId = () => get().activeWorkspaceId ?? '';

  return {
    importWizard: initialWizardState,

    chooseImportFile: async (file) => {
      const request = nextRequest();
      dispatch({ type: 'fileChosen', file: { name: file.name, size: file.blob.size }, request });
      if (get().importWizard.step !== 'opening') return;
      const opened = await importer().open(file);
      const inspection = opened.ok ? await importer().inspect(workspaceId(), {}) : opened;
      dispatch({ type: 'inspected', request, inspection });
    },

    changeImportOverrides: async (overrides) => {
      const review = reviewOf(get().importWizard);
      if (!review) return;
      const request = nextRequest();
      dispatch({ type: 'overridesChanged', overrides, request });
      // A different encoding, delimiter or sheet may change the headers: the mapping is suggested again.
      const settings = rereadsHeaders(review.overrides, overrides) ? { ...overrides } : { ...overrides, mapping: review.mapping };
      dispatch({ type: 'inspected', request, inspection: await importer().inspect(workspaceId(), settings) });
    },

    changeImportMapping: async (field, header) => {
      const request = nextRequest();
      dispatch({ type: 'mappingChanged', field, header, request });
      const review = reviewOf(get().importWizard);
      if (!review || review.pending !== request) return;
      dispatch({ type: 'inspected', request, inspection: await importer().inspect(workspaceId(), settingsOf(review)) });
    },

    showImportStep: (step) => dispatch({ type: 'stepChosen', step }),

    startImport: async () => {
      const before = get().importWizard;
      const review = reviewOf(before);
      dispatch({ type: 'importStarted', at: Date.now() });
      if (!review || get().importWizard.step !== 'importing') return;
      const outcome = await importer().run(workspaceId(), settingsOf(review), (report) =>
        dispatch({ type: 'importProgressed', report, at: Date.now() }),
      );
      dispatch({ type: 'importEnded', outcome });
      // Every page shows the new orders: the analytics worker reloads the workspace.
      if (outcome.kind === 'done') await get().reloadWorkspaceData();
    },

    cancelImport: async () => {
      dispatch({ type: 'cancelRequested' });
      const state = get().importWizard;
      if (state.step === 'importing' && state.cancelling) await importer().cancel();
    },

    restartImport: () => dispatch({ type: 'restarted' }),
  };
};
