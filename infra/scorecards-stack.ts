/** The product's one stack: table, functions, HTTP API, schedules, alarms, and the leadership page. */
import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { REFRESH_HANDLER, REMINDERS_HANDLER, SCHEDULED_HANDLER } from '../functions/routes.js';
import { ScorecardsAlarms } from './constructs/alarms.js';
import { ScorecardsApi } from './constructs/api.js';
import { HandlerFunctions } from './constructs/functions.js';
import { AggregationSchedules } from './constructs/schedules.js';
import { ReminderMails } from './constructs/reminders.js';
import { ScorecardRefresh } from './constructs/scorecard-refresh.js';
import { ScorecardsTable } from './constructs/table.js';
import { WebContent } from './constructs/web-content.js';
import { WebSite } from './constructs/web-site.js';
import { readConfig } from './stack-config.js';

export interface ScorecardsStackProps extends StackProps {
  /** The built leadership page (web/build.ts), uploaded as it is. */
  webDir: string;
}

/**
 * The API origins the page's CSP admits. Not the API's own origin: CORS names the distribution
 * and the distribution's CSP would name the API, a cycle CloudFormation cannot create. Only
 * this region's API Gateway hosts are admitted, over HTTPS; CORS and the token stay exact.
 */
const REGIONAL_API_ORIGINS = `https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`;

export class ScorecardsStack extends Stack {
  readonly data: ScorecardsTable;
  readonly functions: HandlerFunctions;
  readonly site: WebSite;
  readonly api: ScorecardsApi;
  readonly content: WebContent;
  readonly schedules: AggregationSchedules;
  readonly refresh: ScorecardRefresh;
  readonly alarms: ScorecardsAlarms;
  /** Null when no SES identity is configured (stack-config.ts): then no reminder is ever sent. */
  readonly reminders: ReminderMails | null;

  constructor(scope: Construct, id: string, { webDir, ...props }: ScorecardsStackProps) {
    super(scope, id, props);
    const config = readConfig(this);
    this.data = new ScorecardsTable(this, 'Data');
    this.functions = new HandlerFunctions(this, 'Functions', { table: this.data.table, adminEmails: config.adminEmails });
    this.site = new WebSite(this, 'Site', { apiOrigin: REGIONAL_API_ORIGINS });
    this.api = new ScorecardsApi(this, 'Api', {
      functions: this.functions,
      audiences: [config.googleClientId, config.webClientId],
      allowedOrigins: [this.site.url],
    });
    this.content = new WebContent(this, 'Page', {
      site: this.site,
      webDir,
      config: { apiUrl: this.api.url, auth: { kind: 'google', clientId: config.webClientId } },
    });
    const aggregate = this.functions.get(SCHEDULED_HANDLER.handler);
    this.schedules = new AggregationSchedules(this, 'Schedules', { aggregate });
    const refresh = this.functions.get(REFRESH_HANDLER.handler);
    this.refresh = new ScorecardRefresh(this, 'Refresh', { table: this.data.table, refresh });
    this.alarms = new ScorecardsAlarms(this, 'Alarms', {
      functions: this.functions.byHandler,
      deadLetterQueue: this.schedules.deadLetterQueue,
      api: this.api.httpApi,
      notify: config.alarmEmails,
      refresh: { fn: refresh, deadLetterQueue: this.refresh.deadLetterQueue },
    });
    const send = this.functions.get(REMINDERS_HANDLER.handler);
    this.reminders = config.sesIdentity
      ? new ReminderMails(this, 'Reminders', { send, sesIdentity: config.sesIdentity, pageUrl: this.site.url, alarms: this.alarms })
      : null;

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the API; paste it into the add-in settings' });
    new CfnOutput(this, 'PageUrl', { value: this.site.url, description: "The leadership page; the web OAuth client's authorised JavaScript origin" });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'The DynamoDB table (point-in-time restores start from it)' });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.schedules.deadLetterQueue.queueUrl, description: 'Failed scheduled aggregations' });
    new CfnOutput(this, 'RefreshDeadLetterQueueUrl', { value: this.refresh.deadLetterQueue.queueUrl, description: 'Stream records the scorecard refresh gave up on (docs/deploy.md)' });
    new CfnOutput(this, 'AggregationFunctionName', { value: aggregate.functionName, description: 'Run it by hand to re-aggregate' });
  }
}
