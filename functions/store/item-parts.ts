/**
 * A compressed body on an item, split into parts when it would pass DynamoDB's 400 KB item limit.
 * The parts carry a generation of their own, so a writer puts the new parts first and the head
 * last, and a reader never mixes two writes.
 */
import { B, N, S, bytes, num, str, type Item } from './dynamo-items.js';

export const PART_BYTES = 350 * 1024;

/** The head with its body, or with the count and generation of the parts that hold it. */
export function withBody(head: Item, body: Uint8Array, generation: string, partKey: (index: number) => string): { head: Item; parts: Item[] } {
  if (body.length <= PART_BYTES) return { head: { ...head, body: B(body) }, parts: [] };
  const parts: Item[] = [];
  for (let i = 0, offset = 0; offset < body.length; i++, offset += PART_BYTES) {
    parts.push({ pk: head.pk!, sk: S(partKey(i)), generation: S(generation), body: B(body.subarray(offset, offset + PART_BYTES)) });
  }
  return { head: { ...head, generation: S(generation), parts: N(parts.length) }, parts };
}

/** The body back from a head and its parts (any other generation's parts are ignored); null if some are missing. */
export function bodyOf(head: Item, parts: readonly Item[]): Uint8Array | null {
  if (head.body) return bytes(head, 'body');
  const generation = str(head, 'generation');
  const own = parts.filter((p) => p.generation?.S === generation);
  return own.length === num(head, 'parts') ? Buffer.concat(own.map((p) => bytes(p, 'body'))) : null;
}

/** The keys of the parts a head points at, to delete once a newer head replaced it. */
export function partKeysOf(head: Item | undefined, partKey: (generation: string, index: number) => string): Item[] {
  if (!head?.generation) return [];
  const generation = str(head, 'generation');
  return Array.from({ length: num(head, 'parts') }, (_, i) => ({ pk: head.pk!, sk: S(partKey(generation, i)) }));
}
