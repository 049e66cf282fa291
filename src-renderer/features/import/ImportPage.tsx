/** The import wizard (issue 3): file → settings → columns → check → import → result, and the past imports. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FileDropZone } from './FileDropZone';
import { ImportOutcomeStep } from './ImportOutcomeStep';
import { ImportProgressStep } from './ImportProgressStep';
import { MappingStep } from './MappingStep';
import { PastImports } from './PastImports';
import { SettingsStep } from './SettingsStep';
import { ValidationStep } from './ValidationStep';
import { WizardSteps } from './WizardSteps';
import type { WizardState } from './wizard-machine';
import './import.css';

function CurrentStep({ state }: { state: WizardState }) {
  const { t } = useTranslation();
  const actions = useAppStore.getState();
  switch (state.step) {
    case 'choose':
      return <FileDropZone failure={state.failure} onFile={(file) => void actions.chooseImportFile(file)} />;
    case 'opening':
      return (
        <p className="panel status-message status-busy" role="status">
          {t('importWizard.opening', { name: state.file.name })}
        </p>
      );
    case 'settings':
      return (
        <SettingsStep
          review={state.review}
          onOverrides={(overrides) => void actions.changeImportOverrides(overrides)}
          onNext={() => actions.showImportStep('mapping')}
          onRestart={actions.restartImport}
        />
      );
    case 'mapping':
      return (
        <MappingStep
          review={state.review}
          onMapping={(field, header) => void actions.changeImportMapping(field, header)}
          onBack={() => actions.showImportStep('settings')}
          onNext={() => actions.showImportStep('validation')}
        />
      );
    case 'validation':
      return <ValidationStep review={state.review} onBack={() => actions.showImportStep('mapping')} onImport={() => void actions.startImport()} />;
    case 'importing':
      return (
        <ImportProgressStep
          fileName={state.review.file.name}
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={() => void actions.cancelImport()}
        />
      );
    case 'done':
    case 'failed':
    case 'cancelled':
      return <ImportOutcomeStep state={state} onBack={() => actions.showImportStep('validation')} onRestart={actions.restartImport} />;
  }
}

export function ImportPage() {
  const { t } = useTranslation();
  const state = useAppStore(selectors.importWizard);
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const showImportStep = useAppStore((store) => store.showImportStep);
  const hasWorkspace = workspaceStatus !== 'none' && workspaceStatus !== 'starting' && workspaceStatus !== 'installingDemo';

  return (
    <section className="page import-page" aria-labelledby="import-title">
      <PageHeader id="import-title" title={t('importWizard.title')} subtitle={t('importWizard.subtitle')} />
      {hasWorkspace ? (
        <>
          <WizardSteps state={state} onStep={showImportStep} />
          <CurrentStep state={state} />
          <PastImports />
        </>
      ) : (
        <p className="status-message" role="status">
          {t('importWizard.needsWorkspace')}
        </p>
      )}
    </section>
  );
}
