/**
 * Which table changes the incremental refresh takes: those of a latest pointer (a submission or
 * a review moved it). Defined once for both sides: the CDK event source mapping filters the stream
 * with POINTER_CHANGES, and the handler and the local change feed keep records with isPointerChange.
 * Records carry keys only (KEYS_ONLY): the refresh reads the pointers itself.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { keys } from './table.js';
import type { PointerChange } from '../use-cases/ports/quarter-inputs.port.js';

/** The EventBridge-style filter pattern of the event source mapping. */
export const POINTER_CHANGES = { dynamodb: { Keys: { sk: { S: [{ prefix: keys.pointers() }] } } } } as const;

const PLAN_PREFIX = keys.plan('');

export function isPointerChange(record: DynamoDBRecord): boolean {
  const { pk, sk } = record.dynamodb?.Keys ?? {};
  return Boolean(pk?.S?.startsWith(PLAN_PREFIX) && sk?.S?.startsWith(keys.pointers()));
}

/** The plan, quarter and unit of a pointer change's keys (`PLAN#<plan>`, `LATEST#<quarter>#<unit>`). */
export function pointerChangeOf(record: DynamoDBRecord): PointerChange {
  const { pk, sk } = record.dynamodb!.Keys!;
  const rest = sk!.S!.slice(keys.pointers().length);
  const cut = rest.indexOf('#');
  return { planId: pk!.S!.slice(PLAN_PREFIX.length), quarter: rest.slice(0, cut), unitId: rest.slice(cut + 1) };
}
