/** Where the user is in the wizard; finished review steps can be revisited. */
import { useTranslation } from 'react-i18next';
import { canVisit, isReviewStep, reviewOf, type ReviewStep, type WizardState } from './wizard-machine';

const STEPS = ['file', 'settings', 'mapping', 'validation', 'import'] as const;
type Step = (typeof STEPS)[number];

function currentStep(state: WizardState): Step {
  if (state.step === 'choose' || state.step === 'opening') return 'file';
  if (isReviewStep(state.step)) return state.step;
  return 'import';
}

interface WizardStepsProps {
  state: WizardState;
  onStep(step: ReviewStep): void;
}

export function WizardSteps({ state, onStep }: WizardStepsProps) {
  const { t } = useTranslation();
  const current = currentStep(state);
  const review = reviewOf(state);
  const reviewing = isReviewStep(state.step);

  return (
    <ol className="wizard-steps" aria-label={t('importWizard.stepsLabel')}>
      {STEPS.map((step, index) => {
        const label = `${index + 1}. ${t(`importWizard.steps.${step}`)}`;
        const reachable = reviewing && review !== null && isReviewStep(step) && step !== current && canVisit(review, step);
        return (
          <li key={step} className={step === current ? 'wizard-step wizard-step-current' : 'wizard-step'} aria-current={step === current ? 'step' : undefined}>
            {reachable && isReviewStep(step) ? (
              <button type="button" className="wizard-step-button" onClick={() => onStep(step)}>
                {label}
              </button>
            ) : (
              <span>{label}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
