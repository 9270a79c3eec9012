/**
 * The HTTP API, built from the route table: every route that is not `public` sits behind a JWT
 * authorizer that accepts only Google ID tokens minted for the add-in's or the leadership page's
 * OAuth client. One stage ($default) with access logs, and each route throttled by its own bucket
 * (functions/routes.ts). CORS admits the page's origin only.
 */
import { Duration, RemovalPolicy, type CfnResource } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, CorsHttpMethod, HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTES } from '../../functions/routes.js';
import { LOG_RETENTION, type HandlerFunctions } from './functions.js';

const GOOGLE_ISSUER = 'https://accounts.google.com';
/** Every route has its own bucket; this one only covers requests that match no route. */
const UNMATCHED_THROTTLE = { rateLimit: 5, burstLimit: 10 };

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
  /** The OAuth client ids whose Google ID tokens are accepted (`aud`): the add-in's and the page's. */
  audiences: string[];
  /** The browser origins that may call the API (the page's CloudFront address). */
  allowedOrigins: string[];
}

export class ScorecardsApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The routes without a token (cdk-nag APIG4 is acknowledged on exactly these). */
  readonly publicRoutes: HttpRoute[] = [];

  constructor(scope: Construct, id: string, { functions, audiences, allowedOrigins }: ScorecardsApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'TTHC scorecards API v1',
      createDefaultStage: false,
      // API Gateway answers the preflight itself, before the authorizer; the add-in calls from Google's servers, without CORS.
      corsPreflight: {
        allowOrigins: allowedOrigins,
        allowMethods: [...new Set(ROUTES.map((r) => CorsHttpMethod[r.method]))],
        allowHeaders: ['authorization', 'content-type'],
        // The page saves an export under the name the API gives it, which a cross-origin read may only see when exposed.
        exposeHeaders: ['content-disposition'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: UNMATCHED_THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)) },
    });

    const google = new HttpJwtAuthorizer('GoogleIdToken', GOOGLE_ISSUER, { jwtAudience: audiences });
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    const stage = this.stage.node.defaultChild as CfnStage;
    for (const route of ROUTES) {
      const fn = functions.get(route.handler);
      const added = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.handler}-integration`, fn),
        authorizer: route.public ? new HttpNoneAuthorizer() : google,
      });
      if (route.public) this.publicRoutes.push(...added);
      routeSettings[`${route.method} ${route.path}`] = { ThrottlingRateLimit: route.throttle.rateLimit, ThrottlingBurstLimit: route.throttle.burstLimit };
      // A stage naming a route that does not exist yet fails to deploy ("Unable to find Route by key").
      for (const r of added) stage.addResourceDependency(r.node.defaultChild as CfnResource);
    }
    // The L2 stage knows only the default bucket; per-route settings are CloudFormation's RouteSettings.
    stage.routeSettings = routeSettings;
  }

  /** The base URL clients call (the $default stage has no path prefix). */
  get url(): string {
    return this.stage.url;
  }
}
