/**
 * Runs a shipped function as Lambda would: its bundle in its own execution environment (a worker
 * thread with the function's environment and nothing of the test's), warm between invocations,
 * given the variables Lambda itself sets. Its stdout (the JSON log lines) is kept for assertions.
 */
import { Worker } from 'node:worker_threads';
import { contextFields, type FunctionIdentity } from './lambda-context.js';
import type { DeployedFunction } from './cloud-assembly.js';

export interface Invocation {
  /** The handler's return value as JSON, or null when it threw. */
  result: any;
  error?: { errorType: string; errorMessage: string };
  awsRequestId: string;
}

export interface RunningFunction {
  identity: FunctionIdentity;
  invoke(event: unknown, awsRequestId?: string): Promise<Invocation>;
  /** Every line it wrote to stdout so far, parsed where it is JSON. */
  logLines(): any[];
  stop(): Promise<void>;
}

const REGION = 'ap-southeast-1';

/** `environment` must be the function's own, with every intrinsic already resolved. */
export async function startFunction(fn: DeployedFunction, environment: Record<string, string>, extra: Record<string, string> = {}): Promise<RunningFunction> {
  const identity = { name: `TthcScorecards-${fn.logicalId}`, memoryMB: fn.memoryMB, timeoutSeconds: fn.timeoutSeconds };
  const env = {
    ...environment,
    AWS_REGION: REGION, AWS_DEFAULT_REGION: REGION, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    // The function role's temporary credentials; dynalite accepts any.
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'session',
    AWS_LAMBDA_FUNCTION_NAME: identity.name, AWS_LAMBDA_FUNCTION_VERSION: '$LATEST', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMB),
    LAMBDA_TASK_ROOT: fn.taskRoot,
    ...(fn.logging.format ? { AWS_LAMBDA_LOG_FORMAT: fn.logging.format } : {}),
    ...(fn.logging.applicationLevel ? { AWS_LAMBDA_LOG_LEVEL: fn.logging.applicationLevel } : {}),
    ...extra,
  };
  const worker = new Worker(new URL('./lambda-worker.mjs', import.meta.url), { env, workerData: { taskRoot: fn.taskRoot, handler: fn.handler }, stdout: true, stderr: true });
  let out = '';
  worker.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  worker.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const pending = new Map<number, { resolve: (message: Invocation) => void; reject: (error: Error) => void }>();
  let crashed: Error | null = null;
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { ready?: true; id?: number } & Invocation) => {
      if (message.ready) return resolve();
      pending.get(message.id!)?.resolve(message);
      pending.delete(message.id!);
    });
    // A failed init or a crash of the environment: whatever waits on it fails, with its output.
    worker.on('error', (error) => {
      crashed = new Error(`${identity.name}: ${error.message}\n${out}`);
      reject(crashed);
      for (const { reject: fail } of pending.values()) fail(crashed);
      pending.clear();
    });
  });
  let next = 0;
  return {
    identity,
    invoke(event, awsRequestId) {
      if (crashed) return Promise.reject(crashed);
      const id = next++;
      const context = contextFields(identity, awsRequestId);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: (message) => resolve({ ...message, awsRequestId: context.awsRequestId }), reject });
        worker.postMessage({ id, event, context });
      });
    },
    logLines: () =>
      out.split('\n').filter(Boolean).map((line) => {
        try {
          return JSON.parse(line);
        } catch {
          return line;
        }
      }),
    stop: async () => void (await worker.terminate()),
  };
}
