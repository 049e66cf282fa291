/** The honest outcome of a model fit: parameters, or a reason a person can read. */

export type FitFailure =
  | 'too-few-customers'
  | 'too-few-repeat-customers'
  | 'invalid-input'
  | 'no-convergence'
  | 'degenerate';

export type ModelFit<Params> =
  | {
      ok: true;
      params: Params;
      /** Total log-likelihood at the optimum (sum over customers). */
      logLikelihood: number;
      iterations: number;
      converged: boolean;
      /** Customers the model was fitted on. */
      customers: number;
    }
  | { ok: false; code: FitFailure; reason: string; customers: number };

/** Parameters this far from 1 (either way) mean the optimiser ran off to a boundary. */
export const PARAMETER_LIMIT = 1e4;
