/**
 * TransactWriteItems on the embedded store, over HTTP with the real AWS SDK: all or nothing, the
 * cancellation reasons DynamoDB documents, and the same locks as dynalite's single-item writes.
 */
import { describe, expect, it } from 'vitest';
import {
  GetItemCommand,
  IdempotentParameterMismatchException,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { EMAIL_INDEX } from '../../functions/store/table.js';
import { useStoreWithTable } from './store-with-table.js';

const TableName = 'transactions';
const local = useStoreWithTable(TableName);


const key = (pk: string, sk = 'A') => ({ pk: { S: pk }, sk: { S: sk } });
const get = async (pk: string, sk = 'A') => (await local.client.send(new GetItemCommand({ TableName, Key: key(pk, sk), ConsistentRead: true }))).Item;
const transact = (TransactItems: TransactWriteItem[], ClientRequestToken?: string) => local.client.send(new TransactWriteItemsCommand({ TransactItems, ClientRequestToken }));
const rejection = async (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a rejection'), (error: Error) => error);
const notExists = { ConditionExpression: 'attribute_not_exists(pk)' };

describe('a transaction that commits', () => {
  it('applies every Put, Update and Delete, and the change feed shows one record per written item', async () => {
    await local.client.send(new PutItemCommand({ TableName, Item: { ...key('C1', 'gone') } }));
    await local.client.send(new PutItemCommand({ TableName, Item: { ...key('C1', 'guard'), open: { BOOL: true } } }));
    const records: DynamoDBRecord[] = [];
    const stop = local.store.onChange((r) => records.push(...r));
    await transact([
      { Put: { TableName, Item: { ...key('C1', 'new'), v: { N: '1' }, gsi1pk: { S: 'EMAIL#c1@test.local' }, gsi1sk: { S: 'x' } }, ...notExists } },
      { Update: { TableName, Key: key('C1', 'counter'), UpdateExpression: 'SET n = if_not_exists(n, :zero) + :one', ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } } } },
      { Delete: { TableName, Key: key('C1', 'gone') } },
      { ConditionCheck: { TableName, Key: key('C1', 'guard'), ConditionExpression: '#open = :yes', ExpressionAttributeNames: { '#open': 'open' }, ExpressionAttributeValues: { ':yes': { BOOL: true } } } },
    ]);
    stop();
    expect((await get('C1', 'new'))?.v).toEqual({ N: '1' });
    // The index entry is written with the item, as by a plain PutItem.
    const indexed = await local.client.send(new QueryCommand({ TableName, IndexName: EMAIL_INDEX.name, KeyConditionExpression: 'gsi1pk = :e', ExpressionAttributeValues: { ':e': { S: 'EMAIL#c1@test.local' } } }));
    expect(indexed.Items?.map((i) => i.sk?.S)).toEqual(['new']);
    expect((await get('C1', 'counter'))?.n).toEqual({ N: '1' }); // if_not_exists(n, 0) + 1 = 1
    expect(await get('C1', 'gone')).toBeUndefined();
    // The ConditionCheck wrote nothing, so 3 records, in action order.
    expect(records.map((r) => `${r.eventName} ${r.dynamodb?.Keys?.sk?.S}`)).toEqual(['MODIFY new', 'MODIFY counter', 'REMOVE gone']);
  });
});

describe('a transaction that is cancelled', () => {
  it('writes nothing and gives a reason per action, in order, None for those that passed', async () => {
    await local.client.send(new PutItemCommand({ TableName, Item: { ...key('X1', 'taken'), owner: { S: 'first' } } }));
    const records: DynamoDBRecord[] = [];
    const stop = local.store.onChange((r) => records.push(...r));
    const error = await rejection(
      transact([
        { Put: { TableName, Item: key('X1', 'free'), ...notExists } },
        { Put: { TableName, Item: { ...key('X1', 'taken'), owner: { S: 'second' } }, ...notExists } },
      ]),
    );
    stop();
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
    expect(await get('X1', 'free')).toBeUndefined();
    expect((await get('X1', 'taken'))?.owner).toEqual({ S: 'first' });
    expect(records).toEqual([]);
  });

  it('puts the current item in the reason when ReturnValuesOnConditionCheckFailure is ALL_OLD', async () => {
    await local.client.send(new PutItemCommand({ TableName, Item: { ...key('X2'), version: { N: '7' } } }));
    const error = await rejection(
      transact([
        {
          Update: {
            TableName,
            Key: key('X2'),
            UpdateExpression: 'SET version = :next',
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':next': { N: '6' }, ':expected': { N: '5' } },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ]),
    );
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { ...key('X2'), version: { N: '7' } } },
    ]);
  });

  it('writes none of it when a later write is refused while applying', async () => {
    await local.client.send(new PutItemCommand({ TableName, Item: { ...key('X3', 'text'), s: { S: 'not a number' } } }));
    const error = await rejection(
      transact([
        { Put: { TableName, Item: key('X3', 'first') } },
        { Update: { TableName, Key: key('X3', 'text'), UpdateExpression: 'SET s = s + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
      ]),
    );
    expect((error as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toEqual(['None', 'ValidationError']);
    expect(await get('X3', 'first')).toBeUndefined();
    expect((await get('X3', 'text'))?.s).toEqual({ S: 'not a number' });
  });
});

describe('requests DynamoDB refuses', () => {
  it('refuses two actions on one item', async () => {
    const error = await rejection(transact([{ Put: { TableName, Item: key('V1') } }, { ConditionCheck: { TableName, Key: key('V1'), ...notExists } }]));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/multiple operations on one item/);
    expect(await get('V1')).toBeUndefined();
  });

  it('refuses more than 100 actions', async () => {
    const error = await rejection(transact(Array.from({ length: 101 }, (_, i) => ({ Put: { TableName, Item: key('V2', String(i)) } }))));
    expect(error.name).toBe('ValidationException');
    expect(await get('V2', '0')).toBeUndefined();
  });

  it('replays a committed ClientRequestToken without writing again, and refuses it with other parameters', async () => {
    const increment = (by: string): TransactWriteItem[] => [
      { Update: { TableName, Key: key('T1'), UpdateExpression: 'ADD n :by', ExpressionAttributeValues: { ':by': { N: by } } } },
    ];
    await transact(increment('1'), 'token-0001');
    await transact(increment('1'), 'token-0001'); // a retry of the same call: n stays 1, not 2
    expect((await get('T1'))?.n).toEqual({ N: '1' });
    expect(await rejection(transact(increment('2'), 'token-0001'))).toBeInstanceOf(IdempotentParameterMismatchException);
  });
});

describe('concurrency', () => {
  it('lets exactly one of 50 concurrent transactions take each version, all of it or none', async () => {
    // Three rounds: 50 writers all read pointer version v and race, in one transaction, to put
    // V#(v+1) if absent and move the pointer from v to v+1. Exactly one commits per round, and the
    // version item and the pointer name the same winner (no transaction half applied).
    for (const v of [0, 1, 2]) {
      const next = v + 1;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) =>
          transact([
            { Put: { TableName, Item: { ...key('A1', `V#${next}`), writer: { N: String(writer) } }, ...notExists } },
            {
              Update: {
                TableName,
                Key: key('A1', 'pointer'),
                UpdateExpression: 'SET version = :next, writer = :writer',
                ConditionExpression: v === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
                ExpressionAttributeValues: { ':next': { N: String(next) }, ':writer': { N: String(writer) }, ...(v === 0 ? {} : { ':v': { N: String(v) } }) },
              },
            },
          ]),
        ),
      );
      const winners = outcomes.flatMap((o, writer) => (o.status === 'fulfilled' ? [writer] : []));
      expect(winners).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(TransactionCanceledException);
      const pointer = await get('A1', 'pointer');
      expect(pointer?.version).toEqual({ N: String(next) });
      expect(pointer?.writer).toEqual({ N: String(winners[0]) });
      expect((await get('A1', `V#${next}`))?.writer).toEqual({ N: String(winners[0]) });
    }
  });

  it('makes a plain write to an item a transaction holds wait, so no update is lost', async () => {
    // 50 transactions add 1 to both X and Y while 50 plain UpdateItems add 1 to X: if a plain write
    // slipped between a transaction's read and write of X, one of the additions would be lost.
    // X = 50 + 50 = 100, Y = 50.
    const add = (pk: string) => ({ TableName, Key: key(pk), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } });
    await Promise.all(
      Array.from({ length: 50 }, () => [transact([{ Update: add('L-X') }, { Update: add('L-Y') }]), local.client.send(new UpdateItemCommand(add('L-X')))]).flat(),
    );
    expect((await get('L-X'))?.n).toEqual({ N: '100' });
    expect((await get('L-Y'))?.n).toEqual({ N: '50' });
  });
});
