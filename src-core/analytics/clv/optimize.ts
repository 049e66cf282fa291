/**
 * Small unconstrained minimisers for the model fits (a handful of parameters,
 * optimised on their logarithms so positivity is free).
 */

export interface Minimum {
  point: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

/** Objective and its gradient at a point; the gradient is written into `gradient`. Non-finite = outside the domain. */
export type ValueAndGradient = (point: Float64Array, gradient: Float64Array) => number;

export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when every |∂f/∂xᵢ| is below this. */
  gradientTolerance?: number;
  /** Longest step in any coordinate (log-parameters: e^5 ≈ 150-fold change per step). */
  maxStep?: number;
}

/**
 * Quasi-Newton BFGS with an Armijo backtracking line search (Nocedal & Wright 2006, Alg. 6.1);
 * the inverse-Hessian update is skipped when the curvature condition sᵀy > 0 fails, and the
 * search restarts from steepest descent when the direction stops going downhill.
 */
export function minimizeBfgs(objective: ValueAndGradient, start: ArrayLike<number>, options: BfgsOptions = {}): Minimum {
  const { maxIterations = 500, gradientTolerance = 1e-7, maxStep = 5 } = options;
  const n = start.length;
  let point = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(point, gradient);
  if (!Number.isFinite(value)) return { point, value, iterations: 0, converged: false };
  const inverseHessian = identity(n);
  const direction = new Float64Array(n);
  const trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  let stalls = 0;

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(gradient) < gradientTolerance) return { point, value, iterations: iteration - 1, converged: true };
    multiply(inverseHessian, gradient, direction, -1);
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      resetToIdentity(inverseHessian);
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
      slope = dot(direction, gradient);
    }
    const longest = maxAbs(direction);
    let step = longest > maxStep ? maxStep / longest : 1;
    let trialValue = Number.NaN;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) trial[i] = point[i]! + step * direction[i]!;
      trialValue = objective(trial, trialGradient);
      if (Number.isFinite(trialValue) && trialValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
      trialValue = Number.NaN;
    }
    if (!Number.isFinite(trialValue)) {
      // No decrease along a fresh steepest-descent direction either: as good as this precision allows.
      if (isIdentity(inverseHessian)) return { point, value, iterations: iteration, converged: maxAbs(gradient) < 1e3 * gradientTolerance };
      resetToIdentity(inverseHessian);
      continue;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = trial[i]! - point[i]!;
      y[i] = trialGradient[i]! - gradient[i]!;
    }
    stalls = value - trialValue <= 1e-15 * Math.abs(value) ? stalls + 1 : 0;
    point = Float64Array.from(trial);
    [gradient, trialGradient] = [trialGradient, gradient];
    value = trialValue;
    if (stalls >= 3) return { point, value, iterations: iteration, converged: maxAbs(gradient) < 1e3 * gradientTolerance };
    updateInverseHessian(inverseHessian, s, y);
  }
  return { point, value, iterations: maxIterations, converged: maxAbs(gradient) < gradientTolerance };
}

export interface NelderMeadOptions {
  maxIterations?: number;
  /** Converged when the simplex's values and points agree within these. */
  valueTolerance?: number;
  pointTolerance?: number;
  initialStep?: number;
}

/**
 * Nelder–Mead simplex (standard coefficients 1, 2, ½, ½) for objectives without a gradient;
 * restarted from its own optimum until a restart no longer improves, which guards against
 * the simplex collapsing early (Gao & Han 2012 discuss the failure mode).
 */
export function minimizeNelderMead(objective: (point: Float64Array) => number, start: ArrayLike<number>, options: NelderMeadOptions = {}): Minimum {
  const { maxIterations = 5000, valueTolerance = 1e-12, pointTolerance = 1e-10, initialStep = 0.5 } = options;
  let best: Minimum = { point: Float64Array.from(start), value: objective(Float64Array.from(start)), iterations: 0, converged: false };
  let iterations = 0;
  for (let restart = 0; restart < 10 && iterations < maxIterations; restart++) {
    const result = nelderMeadOnce(objective, best.point, initialStep, maxIterations - iterations, valueTolerance, pointTolerance);
    iterations += result.iterations;
    const improved = result.value < best.value - valueTolerance * (1 + Math.abs(best.value));
    if (result.value <= best.value) best = { ...result, iterations };
    if (!improved && result.converged) return { ...best, iterations, converged: true };
  }
  return { ...best, iterations, converged: false };
}

function nelderMeadOnce(
  objective: (point: Float64Array) => number,
  start: Float64Array,
  initialStep: number,
  maxIterations: number,
  valueTolerance: number,
  pointTolerance: number,
): Minimum {
  const n = start.length;
  const finite = (point: Float64Array): number => {
    const value = objective(point);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const simplex = Array.from({ length: n + 1 }, (_, k): { point: Float64Array; value: number } => {
    const point = Float64Array.from(start);
    if (k > 0) point[k - 1]! += initialStep;
    return { point, value: finite(point) };
  });
  const centroid = new Float64Array(n);
  const along = (t: number): Float64Array => {
    const worst = simplex[n]!.point;
    return Float64Array.from(centroid, (c, i) => c + t * (worst[i]! - c));
  };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    simplex.sort((p, q) => p.value - q.value);
    const bestValue = simplex[0]!.value;
    const worstValue = simplex[n]!.value;
    let spread = 0;
    for (let k = 1; k <= n; k++) for (let i = 0; i < n; i++) spread = Math.max(spread, Math.abs(simplex[k]!.point[i]! - simplex[0]!.point[i]!));
    if (worstValue - bestValue <= valueTolerance * (1 + Math.abs(bestValue)) && spread <= pointTolerance * 1e4) {
      return { point: simplex[0]!.point, value: bestValue, iterations: iteration, converged: true };
    }
    if (spread <= pointTolerance) return { point: simplex[0]!.point, value: bestValue, iterations: iteration, converged: true };
    centroid.fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]!.point[i]! / n;
    const reflected = along(-1);
    const reflectedValue = finite(reflected);
    if (reflectedValue < simplex[0]!.value) {
      const expanded = along(-2);
      const expandedValue = finite(expanded);
      simplex[n] = expandedValue < reflectedValue ? { point: expanded, value: expandedValue } : { point: reflected, value: reflectedValue };
    } else if (reflectedValue < simplex[n - 1]!.value) {
      simplex[n] = { point: reflected, value: reflectedValue };
    } else {
      const contracted = reflectedValue < worstValue ? along(-0.5) : along(0.5);
      const contractedValue = finite(contracted);
      if (contractedValue < Math.min(reflectedValue, worstValue)) {
        simplex[n] = { point: contracted, value: contractedValue };
      } else {
        const bestPoint = simplex[0]!.point;
        for (let k = 1; k <= n; k++) {
          const point = Float64Array.from(simplex[k]!.point, (v, i) => bestPoint[i]! + 0.5 * (v - bestPoint[i]!));
          simplex[k] = { point, value: finite(point) };
        }
      }
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  return { point: simplex[0]!.point, value: simplex[0]!.value, iterations: maxIterations, converged: false };
}

function identity(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function resetToIdentity(matrix: Float64Array[]): void {
  matrix.forEach((row, i) => row.forEach((_, j) => (row[j] = i === j ? 1 : 0)));
}

function isIdentity(matrix: Float64Array[]): boolean {
  return matrix.every((row, i) => row.every((v, j) => v === (i === j ? 1 : 0)));
}

function multiply(matrix: Float64Array[], vector: Float64Array, out: Float64Array, scale: number): void {
  matrix.forEach((row, i) => (out[i] = scale * dot(row, vector)));
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

function maxAbs(v: Float64Array): number {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  return max;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀs), skipped when yᵀs ≤ 0. */
function updateInverseHessian(h: Float64Array[], s: Float64Array, y: Float64Array): void {
  const sy = dot(s, y);
  if (!(sy > 1e-300)) return;
  const n = s.length;
  const rho = 1 / sy;
  const hy = new Float64Array(n);
  multiply(h, y, hy, 1);
  const yhy = dot(y, hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i]![j]! += (1 + rho * yhy) * rho * s[i]! * s[j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!);
    }
  }
}
