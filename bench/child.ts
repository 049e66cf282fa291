/**
 * What every benchmark case shares. Each case runs in its own Node process
 * (spawned by run.ts) so its timings and its peak memory are its own; it prints
 * one result line that run.ts picks up.
 */
import { readFileSync } from 'node:fs';

export const RESULT_MARK = 'BENCH-RESULT ';

export type Metric = number | string | boolean | null;

export interface CaseResult {
  name: string;
  /** Set when the module under test does not exist yet. */
  skipped?: string;
  metrics: Record<string, Metric>;
}

export function report(result: CaseResult): void {
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/**
 * Loads a module under test, or says it is not there yet (other engineers are
 * writing src-core while the bench is built): only a missing module is skipped,
 * any other error is a real failure and propagates.
 */
export async function optionalModule<T>(name: string, load: () => Promise<T>): Promise<T | string> {
  try {
    return await load();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return `skipped: ${name} not available yet`;
    throw error;
  }
}

/** Peak resident set size of this process so far, from the kernel's own high-water mark. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function currentRssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
