/**
 * TransactWriteItems for the embedded store. dynalite 4 has no transactions; DynamoDB does, and
 * the submit protocol is built on one, so the local stack must keep the same promise.
 *
 * Modelled on https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 * (and the TransactionCanceledException it documents), inside dynalite's own process and with its
 * own pieces, so conditions and updates behave exactly as its single-item actions:
 * - 1 to 100 actions (Put, Update, Delete, ConditionCheck), each parsed by dynalite's validation
 *   of the matching single-item action; two actions on one item → ValidationException;
 * - every item is locked at once with dynalite's per-item locks (a plain PutItem on a held item
 *   waits), read, and every condition checked with dynalite's `checkConditional`;
 * - all pass → each write runs through dynalite's own action under the locks already held, and
 *   their LevelDB writes go in one batch, so a reader or a crash sees all of it or none;
 *   one fails → nothing is written, 400 TransactionCanceledException with CancellationReasons in
 *   action order (`None` for those that passed, the item when ReturnValuesOnConditionCheckFailure
 *   is ALL_OLD); a write refused while applying (e.g. a wrong operand type) is that action's
 *   `ValidationError`, and nothing is written either;
 * - ClientRequestToken (the SDK fills one in and keeps it across its retries): a repeat within
 *   10 minutes of a committed transaction answers success without writing again; the same token
 *   with other parameters → IdempotentParameterMismatchException.
 * Limits, unlike AWS: a conflicting transaction waits for the locks instead of being cancelled
 * with `TransactionConflict`; the 4 MB aggregate size and the signature are not checked; committed
 * tokens are remembered in memory only (a restarted store forgets them).
 */
import { createRequire } from 'node:module';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- dynalite's internals are untyped JavaScript */
const dynalite = require('dynalite') as (options: object) => Server;
const dynaliteDb = require('dynalite/db') as any;
const validations = require('dynalite/validations') as any;
const crc32 = require('buffer-crc32') as { unsigned(body: string): number };
const singleItem = {
  Put: { action: require('dynalite/actions/putItem'), validation: require('dynalite/validations/putItem') },
  Update: { action: require('dynalite/actions/updateItem'), validation: require('dynalite/validations/updateItem') },
  Delete: { action: require('dynalite/actions/deleteItem'), validation: require('dynalite/validations/deleteItem') },
  // A ConditionCheck is a key and a condition: the shape DeleteItem validates.
  ConditionCheck: { action: null, validation: require('dynalite/validations/deleteItem') },
} as const;
type Kind = keyof typeof singleItem;

const MAX_ACTIONS = 100;
const TOKEN_WINDOW_MS = 10 * 60 * 1000;

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
interface StoreError extends Error { statusCode: number; body: { __type: string; message: string } }
interface Action { kind: Kind; data: any; returnOldOnFailure: boolean; lockKey: string }
type CancellationReason = { Code: string; Message?: string; Item?: object };

/** dynalite's server, answering TransactWriteItems beside its own operations. */
export function dynaliteWithTransactions(options: object): Server {
  const create = dynaliteDb.create;
  let store: any;
  // dynalite builds its store inside dynalite(); capture it to run transactions on the same data and locks.
  dynaliteDb.create = (opts: object) => (store = create(opts));
  let server: Server;
  try {
    server = dynalite(options);
  } finally {
    dynaliteDb.create = create;
  }
  const dynaliteListener = server.listeners('request')[0] as RequestListener;
  const transactions = transactWriteItemsListener(store);
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) =>
    (String(req.headers['x-amz-target'] ?? '').endsWith('.TransactWriteItems') ? transactions : dynaliteListener)(req, res),
  );
  return server;
}

function transactWriteItemsListener(store: any): RequestListener {
  const committedTokens = new Map<string, { parameters: string; until: number }>();
  const inProgressTokens = new Set<string>();

  async function transactWriteItems(body: any): Promise<object> {
    const token: string | undefined = body.ClientRequestToken;
    const parameters = createHash('sha256').update(JSON.stringify(body.TransactItems ?? null)).digest('hex');
    if (token !== undefined) {
      const committed = committedTokens.get(token);
      if (committed && committed.until > Date.now()) {
        if (committed.parameters !== parameters) throw storeError('IdempotentParameterMismatchException', 'Request parameters do not match the parameters of the earlier request with this ClientRequestToken');
        return {};
      }
      if (inProgressTokens.has(token)) throw storeError('TransactionInProgressException', 'The transaction with the given request token is already in progress.');
      inProgressTokens.add(token);
    }
    try {
      await commit(store, await parseActions(store, body.TransactItems));
      if (token !== undefined) rememberToken(committedTokens, token, parameters);
      return {};
    } finally {
      if (token !== undefined) inProgressTokens.delete(token);
    }
  }

  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: any;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { __type: 'com.amazon.coral.service#SerializationException' });
      }
      transactWriteItems(body).then(
        (answer) => send(res, 200, answer),
        (error: StoreError) => (error.statusCode ? send(res, error.statusCode, error.body) : send(res, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(error) })),
      );
    });
  };
}

/** Remembers a committed token for the window, forgetting the expired ones (kept in commit order). */
function rememberToken(committed: Map<string, { parameters: string; until: number }>, token: string, parameters: string): void {
  const now = Date.now();
  for (const [old, { until }] of committed) {
    if (until > now) break;
    committed.delete(old);
  }
  committed.set(token, { parameters, until: now + TOKEN_WINDOW_MS });
}

async function parseActions(store: any, transactItems: unknown): Promise<Action[]> {
  if (!Array.isArray(transactItems) || transactItems.length === 0 || transactItems.length > MAX_ACTIONS) {
    throw validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ACTIONS}`);
  }
  const actions: Action[] = [];
  for (const [index, item] of transactItems.entries()) {
    const kinds = (Object.keys(singleItem) as Kind[]).filter((kind) => item?.[kind] != null);
    if (kinds.length !== 1) throw validationError(`TransactItems[${index}] must name exactly one of Put, Update, Delete, ConditionCheck`);
    const kind = kinds[0]!;
    const { ReturnValuesOnConditionCheckFailure: onFailure, ...parameters } = item[kind];
    if (onFailure !== undefined && onFailure !== 'ALL_OLD' && onFailure !== 'NONE') throw validationError(`TransactItems[${index}]: ReturnValuesOnConditionCheckFailure must be ALL_OLD or NONE`);
    if (kind === 'ConditionCheck' && !parameters.ConditionExpression) throw validationError(`TransactItems[${index}]: a ConditionCheck needs a ConditionExpression`);
    const { validation } = singleItem[kind];
    const data = validations.checkTypes({ ...parameters }, validation.types);
    validations.checkValidations(data, validation.types, validation.custom, store);
    const table = await new Promise<any>((resolve, reject) => store.getTable(data.TableName, (err: StoreError, found: any) => (err ? reject(err) : resolve(found))));
    const invalid = kind === 'Put' ? dynaliteDb.validateItem(data.Item, table) : dynaliteDb.validateKey(data.Key, table) ?? (kind === 'Update' ? dynaliteDb.validateUpdates(data.AttributeUpdates, data._updates, table) : null);
    if (invalid) throw invalid;
    actions.push({ kind, data, returnOldOnFailure: onFailure === 'ALL_OLD', lockKey: dynaliteDb.createKey(kind === 'Put' ? data.Item : data.Key, table) });
  }
  const items = new Set(actions.map((a) => `${a.data.TableName}\u0000${a.lockKey}`));
  if (items.size !== actions.length) throw validationError('Transaction request cannot include multiple operations on one item');
  return actions;
}

async function commit(store: any, actions: Action[]): Promise<void> {
  const release = await lockAll(store, actions);
  try {
    const before = await Promise.all(actions.map((a) => readItem(store.getItemDb(a.data.TableName), a.lockKey)));
    const reasons: CancellationReason[] = actions.map((a, i) => {
      if (!dynaliteDb.checkConditional(a.data, before[i])) return { Code: 'None' };
      return { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(a.returnOldOnFailure && before[i] ? { Item: before[i] } : {}) };
    });
    if (reasons.some((r) => r.Code !== 'None')) throw cancelled(reasons);
    await applyAll(store, actions);
  } finally {
    release();
  }
}

/** Takes every item's lock at once per table (tables in name order, so two transactions never wait on each other in a cycle). */
async function lockAll(store: any, actions: Action[]): Promise<() => void> {
  const releases: Array<() => void> = [];
  const tables = [...new Set(actions.map((a) => a.data.TableName as string))].sort();
  for (const table of tables) {
    const keys = actions.filter((a) => a.data.TableName === table).map((a) => a.lockKey);
    releases.push(await new Promise<() => void>((resolve) => store.getItemDb(table).lock(keys, (releaser: (done: () => void) => () => void) => resolve(releaser(() => undefined)))));
  }
  return () => releases.reverse().forEach((release) => release());
}

/**
 * Runs each write through dynalite's own action, under the locks already held, with its LevelDB
 * writes (item and index entries) staged, then stores them all in one LevelDB batch: a reader or
 * a crash sees the whole transaction or none of it. An action that refuses cancels it all.
 */
async function applyAll(store: any, actions: Action[]): Promise<void> {
  const batch: LevelOperation[] = [];
  const staging = stagingStore(store, batch);
  for (const [index, action] of actions.entries()) {
    if (action.kind === 'ConditionCheck') continue;
    // Conditions were checked above, under the same locks.
    const { _condition, Expected, ConditionExpression, ReturnValues, ...write } = action.data;
    const refused = await new Promise<StoreError | null>((resolve) => singleItem[action.kind].action(staging, write, resolve));
    if (refused && !refused.statusCode) throw refused;
    if (refused) throw cancelled(actions.map((_, i) => (i === index ? { Code: 'ValidationError', Message: refused.body.message } : { Code: 'None' })));
  }
  await new Promise<void>((resolve, reject) => store.db.batch(batch, (err: Error | null) => (err ? reject(err) : resolve())));
}

type LevelOperation = { type: 'put'; key: string; value: unknown } | { type: 'del'; key: string };

/**
 * dynalite's store as its actions see it during the apply step: the item locks are the ones this
 * transaction holds (a pass-through), and puts and deletes are staged with the key prefixes
 * dynalite's sub-databases use (`<name>~`, see dynalite/db/index.js getSubDb).
 */
function stagingStore(store: any, batch: LevelOperation[]): any {
  const staged = (subDb: any, prefix: string) =>
    Object.assign(Object.create(subDb), {
      lock: (_key: string, exec: (release: (cb: unknown) => unknown) => void) => exec((cb) => cb),
      put: (key: string, value: unknown, cb: (err: null) => void) => (batch.push({ type: 'put', key: prefix + key, value }), setImmediate(cb, null)),
      del: (key: string, cb: (err: null) => void) => (batch.push({ type: 'del', key: prefix + key }), setImmediate(cb, null)),
    });
  return Object.assign(Object.create(store), {
    getItemDb: (table: string) => staged(store.getItemDb(table), `item-${table}~`),
    getIndexDb: (type: string, table: string, index: string) => staged(store.getIndexDb(type, table, index), `index-${type.toLowerCase()}~${table}~${index}~`),
  });
}

function readItem(itemDb: any, key: string): Promise<object | undefined> {
  return new Promise((resolve, reject) =>
    itemDb.get(key, (err: Error | null, item: object | undefined) => (err && err.name !== 'NotFoundError' ? reject(err) : resolve(err ? undefined : item))),
  );
}

function cancelled(reasons: CancellationReason[]): StoreError {
  const error = storeError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`);
  Object.assign(error.body, { CancellationReasons: reasons });
  return error;
}

function validationError(message: string): StoreError {
  return dynaliteDb.validationError(message);
}

function storeError(type: string, message: string): StoreError {
  return Object.assign(new Error(message), { statusCode: 400, body: { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message } });
}

function send(res: ServerResponse, status: number, answer: object): void {
  const body = JSON.stringify(answer);
  res.statusCode = status;
  res.setHeader('x-amzn-RequestId', randomUUID());
  res.setHeader('x-amz-crc32', crc32.unsigned(body));
  res.setHeader('Content-Type', 'application/x-amz-json-1.0');
  res.setHeader('Content-Length', Buffer.byteLength(body, 'utf8'));
  res.end(body);
}
