/** Small, typed helpers for DynamoDB's attribute-value maps, so the adapter reads like the model. */
import { ConditionalCheckFailedException, type AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

export const S = (value: string): AttributeValue => ({ S: value });
export const N = (value: number): AttributeValue => ({ N: String(value) });
export const B = (value: Uint8Array): AttributeValue => ({ B: value });

export function str(item: Item, name: string): string {
  const v = item[name]?.S;
  if (v === undefined) throw new TypeError(`attribute ${name} is not a string`);
  return v;
}
export function optStr(item: Item, name: string): string | undefined {
  return item[name]?.S;
}
export function num(item: Item, name: string): number {
  const v = item[name]?.N;
  if (v === undefined) throw new TypeError(`attribute ${name} is not a number`);
  return Number(v);
}
export function bytes(item: Item, name: string): Uint8Array {
  const v = item[name]?.B;
  if (v === undefined) throw new TypeError(`attribute ${name} is not binary`);
  return v;
}

/** Builds a `SET a = :a, b = :b` update from a plain record of attribute values. */
export function setExpression(values: Record<string, AttributeValue>): {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, AttributeValue>;
} {
  const names: Record<string, string> = {};
  const vals: Record<string, AttributeValue> = {};
  const parts = Object.entries(values).map(([k, v]) => {
    names[`#${k}`] = k;
    vals[`:${k}`] = v;
    return `#${k} = :${k}`;
  });
  return { UpdateExpression: `SET ${parts.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: vals };
}

export function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}
