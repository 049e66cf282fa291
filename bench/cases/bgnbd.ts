/**
 * BG/NBD maximum-likelihood fit on the 100,000 customers of the 1,000,000-order
 * workspace (as of its last day): building (x, t_x, T) from the columns, then
 * the fit itself, median of a few runs.
 */
import { median, optionalModule, peakRssMb, report, round } from '../child';
import { LAST_DAY, benchOrders } from '../data';

const RUNS = 3;

const clv = await optionalModule('src-core/analytics/clv', () => import('../../src-core/analytics/clv/index'));
if (typeof clv === 'string') {
  report({ name: 'bgnbd', skipped: clv, metrics: {} });
} else {
  const { columns } = benchOrders();
  const inputsStarted = performance.now();
  const inputs = clv.bgnbdInputs(columns, LAST_DAY);
  const inputsMs = performance.now() - inputsStarted;
  const fitMs: number[] = [];
  let fit = clv.fitBgNbd(inputs);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    fit = clv.fitBgNbd(inputs);
    fitMs.push(performance.now() - started);
  }
  report({
    name: 'bgnbd',
    metrics: {
      customers: inputs.x.length,
      ok: fit.ok,
      ...(fit.ok
        ? { r: round(fit.params.r, 4), alpha: round(fit.params.alpha, 4), a: round(fit.params.a, 4), b: round(fit.params.b, 4), logLikelihood: round(fit.logLikelihood, 1), converged: fit.converged, iterations: fit.iterations }
        : { failure: fit.reason }),
      inputsMs: Math.round(inputsMs),
      fitMs: Math.round(median(fitMs)),
      peakRssMb: round(peakRssMb()),
    },
  });
}
