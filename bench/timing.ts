/** Timing helpers shared by the benchmarks: median of several runs after warm-up runs, percentiles, concurrent clients. */
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

/** The p-th percentile (nearest rank) of the samples, rounded. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/** `clients` concurrent loops, each awaiting `once` `perClient` times in turn; every time it returned. */
export async function runClients(clients: number, perClient: number, once: (client: number, n: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = 0; n < perClient; n++) times.push(await once(c, n));
    }),
  );
  return times;
}
