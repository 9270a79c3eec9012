/**
 * Reviews: the district office accepts a report or returns it. A review names the version it
 * looked at and is stored only while that version is the latest; otherwise the answer says what
 * the report is now. Every review is also kept in the report's log.
 */
import { PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import { keys } from './table.js';
import { N, S, isConditionFailure, setExpression } from './dynamo-items.js';
import { activity, toLatest } from './dynamo-report-items.js';
import type { LatestReport, ReportKey, Review } from '../use-cases/ports/reports.port.js';
import type { ReviewOutcome, ReviewStore } from '../use-cases/ports/reviews.port.js';

export class DynamoReviews implements ReviewStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly getLatest: (key: ReportKey) => Promise<LatestReport | null>,
  ) {}

  async review(key: ReportKey, review: Review): Promise<ReviewOutcome> {
    const status: ReviewStatus = review.decision === 'accept' ? 'accepted' : 'returned';
    const update = setExpression({ status: S(status), lastReview: S(JSON.stringify(review)), ...activity(key, review.at) });
    try {
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: { pk: S(keys.plan(key.planId)), sk: S(keys.latest(key.period, key.unitId)) },
          ...update,
          ConditionExpression: 'attribute_exists(pk) AND #version = :reviewed',
          ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#version': 'version' },
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':reviewed': N(review.version) },
          ReturnValues: 'ALL_NEW',
        }),
      );
      await this.client.send(
        new PutItemCommand({ TableName: this.table, Item: { pk: S(keys.report(key.planId, key.period, key.unitId)), sk: S(keys.review(review.at, review.version)), review: S(JSON.stringify(review)) } }),
      );
      return { reviewed: toLatest(Attributes!) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return { reviewed: null, latest: await this.getLatest(key) };
    }
  }
}
