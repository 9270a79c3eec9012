/**
 * An idempotency key's record, `IDEM#key` in the report's partition: written with
 * `attribute_not_exists` in the same transaction as the version it made, so a key that exists
 * always names a stored version, and a key can make at most one.
 */
import { AppError } from '../errors.js';
import { keys } from './table.js';
import { N, S, num, str, type Item } from './dynamo-items.js';

export function idempotencyKey(reportPk: string, key: string): Item {
  return { pk: S(reportPk), sk: S(keys.idempotency(key)) };
}

export function idempotencyItem(reportPk: string, key: string, requestHash: string, version: number): Item {
  return { ...idempotencyKey(reportPk, key), requestHash: S(requestHash), version: N(version) };
}

/** The version a used key made, to replay; a key reused for other content is refused. */
export function versionOfUsedKey(item: Item, requestHash: string): number {
  if (str(item, 'requestHash') !== requestHash) throw new AppError('conflict', 'idempotency_mismatch');
  return num(item, 'version');
}
