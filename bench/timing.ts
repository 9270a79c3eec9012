/** Timing helpers shared by the benchmarks: median of several runs after warm-up runs. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  runs: number;
}

export function timeMedian(fn: () => unknown, { warmup = 3, runs = 9 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: round(samples[Math.floor(runs / 2)]!), runs };
}

export function round(ms: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}

export async function timeMedianAsync(fn: () => Promise<unknown>, { warmup = 3, runs = 9 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: round(samples[Math.floor(runs / 2)]!), runs };
}
