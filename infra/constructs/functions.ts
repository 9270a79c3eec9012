/**
 * One NodejsFunction per handler of the route table, plus the scheduled aggregation and the
 * stream's scorecard refresh. Each has its own role (its log group and its table statement,
 * nothing else) and its own log group with a retention, so the IAM policy of a function reads as
 * what that function does.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { REFRESH_HANDLER, REMINDERS_HANDLER, ROUTES, SCHEDULED_HANDLER, type TableAccess } from '../../functions/routes.js';
import { BUNDLING } from './bundling.js';
import { tableStatement } from './table-access.js';

export const SERVICE_NAME = 'tthc-scorecards';
/** Powertools' namespace for every function's metrics; the alarms read ScorecardDrift from it. */
export const METRICS_NAMESPACE = 'TthcScorecards';
export const LOG_RETENTION = RetentionDays.ONE_YEAR;

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The entry file of a handler named in functions/routes.ts. */
export function handlerEntry(handler: string): string {
  return `${PROJECT_ROOT}functions/handlers/${handler}.ts`;
}

export interface HandlerFunctionsProps {
  table: ITableV2;
  adminEmails: readonly string[];
}

interface HandlerSpec {
  handler: string;
  access: TableAccess;
  description: string;
  timeout: Duration;
  memorySize: number;
  reservedConcurrency?: number;
}

// API Gateway gives up after 30 s, so a route never needs more; aggregation reads a year of reports.
// A submission must end well before its idempotency claim is presumed abandoned (15 s,
// functions/store/dynamo-idempotency.ts), or a retry could take over a claim still in use.
const ROUTE_TIMEOUT = Duration.seconds(10);
const COMPUTE_ROUTE_TIMEOUT = Duration.seconds(29);
const SCHEDULED_TIMEOUT = Duration.minutes(5);

export class HandlerFunctions extends Construct {
  /** Keyed by handler name (the file name in functions/handlers/). */
  readonly byHandler = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: HandlerFunctionsProps) {
    super(scope, id);
    const specs: HandlerSpec[] = [
      ...ROUTES.map((r) => ({
        handler: r.handler,
        access: r.access,
        description: `${r.method} ${r.path}`,
        timeout: r.heavy ? COMPUTE_ROUTE_TIMEOUT : ROUTE_TIMEOUT,
        memorySize: r.heavy ? 1024 : 512,
        reservedConcurrency: r.reservedConcurrency,
      })),
      { ...SCHEDULED_HANDLER, description: 'scheduled aggregation', timeout: SCHEDULED_TIMEOUT, memorySize: 1024 },
      // The aggregation's time and memory: a batch may span several plans and their derived periods.
      { ...REFRESH_HANDLER, description: 'scorecard refresh from the table stream', timeout: SCHEDULED_TIMEOUT, memorySize: 1024 },
      { ...REMINDERS_HANDLER, description: 'reminder mails before each deadline', timeout: SCHEDULED_TIMEOUT, memorySize: 512 },
    ];
    for (const spec of specs) this.byHandler.set(spec.handler, this.create(spec, props));
  }

  get(handler: string): NodejsFunction {
    const fn = this.byHandler.get(handler);
    if (!fn) throw new Error(`no function for handler ${handler}`);
    return fn;
  }

  private create(spec: HandlerSpec, { table, adminEmails }: HandlerFunctionsProps): NodejsFunction {
    const id = pascalCase(spec.handler);
    const logGroup = new LogGroup(this, `${id}Logs`, { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    const role = new Role(this, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${SERVICE_NAME} ${spec.handler}: its log group and its table access only`,
    });
    logGroup.grantWrite(role);
    const statement = tableStatement(spec.access, table);
    if (statement) role.addToPolicy(statement);

    return new NodejsFunction(this, id, {
      entry: handlerEntry(spec.handler),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      description: `${SERVICE_NAME} ${spec.handler}: ${spec.description}`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memorySize,
      timeout: spec.timeout,
      reservedConcurrentExecutions: spec.reservedConcurrency,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      bundling: BUNDLING,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        ...(spec.access === 'none' ? {} : { TABLE_NAME: table.tableName, ADMIN_EMAILS: adminEmails.join(',') }),
      },
    });
  }
}

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}
