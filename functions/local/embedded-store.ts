/**
 * The embedded DynamoDB-compatible store (dynalite) on loopback: persisted in a folder, or in
 * memory. The local stack talks to it over HTTP with the real AWS SDK, as a Lambda would.
 * It answers TransactWriteItems too (./dynalite-transactions.ts).
 *
 * dynalite has no streams, so the store keeps its own change feed: the HTTP listener is wrapped
 * in-process, and each write request answered 200 becomes one stream record per written item,
 * shaped as DynamoDB Streams delivers them to Lambda with StreamViewType KEYS_ONLY
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html and
 * API_streams_StreamRecord.html). Differences from AWS, because the feed sees requests, not items:
 * - a Put or Update is always `MODIFY`, never `INSERT` (telling them apart would cost a read);
 * - a Delete of an absent item, a write that changes nothing, or a transaction answered again for
 *   its ClientRequestToken, still yields records.
 * Records arrive after the write is durable (the 200 is sent after LevelDB's callback), in the
 * order the answers are sent, which for one item is the order of its writes (dynalite locks per item).
 */
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { TABLE_KEYS } from '../store/table.js';
import { logger } from '../runtime/logger.js';
import { dynaliteWithTransactions } from './dynalite-transactions.js';


export interface EmbeddedStore {
  endpoint: string;
  /** The store's own change feed (DynamoDB Streams has none in dynalite): every successful write, as stream records. */
  onChange(listener: (records: DynamoDBRecord[]) => void): () => void;
  close(): Promise<void>;
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type Item = Record<string, AttributeValue>;
interface WrittenItem { tableName: string; keys: Item; eventName: 'MODIFY' | 'REMOVE' }

export async function startEmbeddedStore(options: { dataDir?: string; port?: number }): Promise<EmbeddedStore> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Tables become ACTIVE at once: there is no provisioning to simulate on a laptop.
  const server = dynaliteWithTransactions({ ...(options.dataDir ? { path: options.dataDir } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const feed = changeFeed();
  const storeListener = server.listeners('request')[0] as RequestListener;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (feed.hasListeners()) feed.observe(req, res);
    storeListener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    onChange: feed.subscribe,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        // dynalite closes its LevelDB when the server closes, flushing what was written.
        server.close(() => resolve());
      }),
  };
}

function changeFeed() {
  const listeners = new Set<(records: DynamoDBRecord[]) => void>();
  let sequence = 0n;

  function publish(written: WrittenItem[]): void {
    if (written.length === 0) return;
    const at = Math.floor(Date.now() / 1000);
    const records = written.map(({ tableName, keys, eventName }): DynamoDBRecord => {
      sequence += 1n;
      // Stream sequence numbers are at least 21 digits; padding keeps string order = write order.
      const sequenceNumber = sequence.toString().padStart(21, '0');
      return {
        eventID: sequenceNumber,
        eventName,
        eventSource: 'aws:dynamodb',
        eventVersion: '1.1',
        awsRegion: 'local',
        eventSourceARN: `arn:aws:dynamodb:local:000000000000:table/${tableName}/stream/local`,
        dynamodb: { Keys: keys, SequenceNumber: sequenceNumber, SizeBytes: keysSize(keys), StreamViewType: 'KEYS_ONLY', ApproximateCreationDateTime: at },
      };
    });
    for (const listener of listeners) {
      // A listener's failure is its own; it must not break the store's answer to the writer.
      try {
        listener(records);
      } catch (error) {
        logger.error('change feed listener failed', { error });
      }
    }
  }

  return {
    hasListeners: () => listeners.size > 0,
    subscribe(listener: (records: DynamoDBRecord[]) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Reads the request body beside the store's own listener and publishes once the answer is 200. */
    observe(req: IncomingMessage, res: ServerResponse): void {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      if (!WRITE_OPERATIONS.has(operation)) return;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        const answered = end(...args);
        if (res.statusCode === 200) publish(writtenItems(operation, JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        return answered;
      }) as ServerResponse['end'];
    },
  };
}

const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** The items a successful write request wrote, in request order. */
function writtenItems(operation: string, body: any): WrittenItem[] {
  switch (operation) {
    case 'PutItem':
      return [{ tableName: body.TableName, keys: keyOf(body.Item), eventName: 'MODIFY' }];
    case 'UpdateItem':
      return [{ tableName: body.TableName, keys: body.Key, eventName: 'MODIFY' }];
    case 'DeleteItem':
      return [{ tableName: body.TableName, keys: body.Key, eventName: 'REMOVE' }];
    case 'BatchWriteItem':
      return Object.entries(body.RequestItems as Record<string, any[]>).flatMap(([tableName, requests]) =>
        requests.map((request): WrittenItem =>
          request.PutRequest
            ? { tableName, keys: keyOf(request.PutRequest.Item), eventName: 'MODIFY' }
            : { tableName, keys: request.DeleteRequest.Key, eventName: 'REMOVE' },
        ),
      );
    case 'TransactWriteItems':
      return (body.TransactItems as any[]).flatMap((action): WrittenItem[] => {
        if (action.Put) return [{ tableName: action.Put.TableName, keys: keyOf(action.Put.Item), eventName: 'MODIFY' }];
        if (action.Update) return [{ tableName: action.Update.TableName, keys: action.Update.Key, eventName: 'MODIFY' }];
        if (action.Delete) return [{ tableName: action.Delete.TableName, keys: action.Delete.Key, eventName: 'REMOVE' }];
        return []; // a ConditionCheck writes nothing
      });
    default:
      return [];
  }
}

function keyOf(item: Item): Item {
  return { [TABLE_KEYS.partitionKey]: item[TABLE_KEYS.partitionKey]!, [TABLE_KEYS.sortKey]: item[TABLE_KEYS.sortKey]! };
}

/** Bytes of the key names and values, which is what a KEYS_ONLY record carries. */
function keysSize(keys: Item): number {
  return Object.entries(keys).reduce((size, [name, value]) => size + Buffer.byteLength(name) + Buffer.byteLength(String(value.S ?? value.N ?? value.B ?? '')), 0);
}
