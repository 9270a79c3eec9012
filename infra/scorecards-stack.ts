/** The product's one stack: table, functions, HTTP API, schedules, alarms. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { SCHEDULED_HANDLER } from '../functions/routes.js';
import { ScorecardsAlarms } from './constructs/alarms.js';
import { ScorecardsApi } from './constructs/api.js';
import { HandlerFunctions } from './constructs/functions.js';
import { AggregationSchedules } from './constructs/schedules.js';
import { ScorecardsTable } from './constructs/table.js';
import { readConfig } from './stack-config.js';

export class ScorecardsStack extends Stack {
  readonly data: ScorecardsTable;
  readonly functions: HandlerFunctions;
  readonly api: ScorecardsApi;
  readonly schedules: AggregationSchedules;
  readonly alarms: ScorecardsAlarms;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const config = readConfig(this);
    this.data = new ScorecardsTable(this, 'Data');
    this.functions = new HandlerFunctions(this, 'Functions', { table: this.data.table, adminEmails: config.adminEmails });
    this.api = new ScorecardsApi(this, 'Api', { functions: this.functions, googleClientId: config.googleClientId });
    const aggregate = this.functions.get(SCHEDULED_HANDLER.handler);
    this.schedules = new AggregationSchedules(this, 'Schedules', { aggregate });
    this.alarms = new ScorecardsAlarms(this, 'Alarms', {
      functions: this.functions.byHandler,
      deadLetterQueue: this.schedules.deadLetterQueue,
      api: this.api.httpApi,
      notify: config.alarmEmails,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the API; paste it into the add-in settings' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'The DynamoDB table (point-in-time restores start from it)' });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.schedules.deadLetterQueue.queueUrl, description: 'Failed scheduled aggregations' });
    new CfnOutput(this, 'AggregationFunctionName', { value: aggregate.functionName, description: 'Run it by hand to re-aggregate' });
  }
}
