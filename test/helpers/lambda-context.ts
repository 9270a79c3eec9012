/**
 * The second argument Lambda's Node.js runtime passes a handler. Its fields are those of the
 * runtime (memoryLimitInMB is a string there); the time left counts down from the timeout.
 */
import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

export interface FunctionIdentity {
  name: string;
  memoryMB: number;
  timeoutSeconds: number;
}

/** The plain fields, which can cross to a worker thread. */
export type ContextFields = Omit<Context, 'getRemainingTimeInMillis' | 'done' | 'fail' | 'succeed'> & { deadlineMs: number };

export function contextFields(fn: FunctionIdentity, awsRequestId: string = randomUUID()): ContextFields {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: fn.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-southeast-1:123456789012:function:${fn.name}`,
    memoryLimitInMB: String(fn.memoryMB),
    awsRequestId,
    logGroupName: `/aws/lambda/${fn.name}`,
    logStreamName: `2024/03/10/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    deadlineMs: Date.now() + fn.timeoutSeconds * 1000,
  };
}

export function lambdaContext(fn: FunctionIdentity, awsRequestId?: string): Context {
  const { deadlineMs, ...fields } = contextFields(fn, awsRequestId);
  return { ...fields, getRemainingTimeInMillis: () => deadlineMs - Date.now(), done: () => {}, fail: () => {}, succeed: () => {} };
}
