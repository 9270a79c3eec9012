/**
 * The HTTP API, built from the route table: every route that is not `public` sits behind a JWT
 * authorizer that accepts only Google ID tokens minted for the add-in's OAuth client. One stage
 * ($default) with access logs and throttling.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTES } from '../../functions/routes.js';
import { LOG_RETENTION, type HandlerFunctions } from './functions.js';

const GOOGLE_ISSUER = 'https://accounts.google.com';
/** Far above a district's real load (tens of units), low enough to cap a runaway client's bill. */
const THROTTLE = { rateLimit: 50, burstLimit: 100 };

// HTTP API context variables; no headers, so tokens never reach the logs.
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
};

export interface ScorecardsApiProps {
  functions: HandlerFunctions;
  googleClientId: string;
}

export class ScorecardsApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The routes without a token (cdk-nag APIG4 is acknowledged on exactly these). */
  readonly publicRoutes: HttpRoute[] = [];

  constructor(scope: Construct, id: string, { functions, googleClientId }: ScorecardsApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'TTHC scorecards API v1', createDefaultStage: false });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)) },
    });

    const google = new HttpJwtAuthorizer('GoogleIdToken', GOOGLE_ISSUER, { jwtAudience: [googleClientId] });
    for (const route of ROUTES) {
      const fn = functions.get(route.handler);
      const added = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.handler}-integration`, fn),
        authorizer: route.public ? new HttpNoneAuthorizer() : google,
      });
      if (route.public) this.publicRoutes.push(...added);
    }
  }

  /** The base URL clients call (the $default stage has no path prefix). */
  get url(): string {
    return this.stage.url;
  }
}
