/**
 * The leadership page as deployed: a private bucket behind CloudFront (origin access control,
 * HTTPS only), the security headers policy, CORS on the API for the page's origin only, and the
 * config.json the page reads at start. Expected values are written out here.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { parseWebConfig } from '../../web/src/config.js';
import { testApp, testWebDir } from './synth-app.js';

type Json = Record<string, any>;

let stack: ScorecardsStack;
let resources: Record<string, Json>;
let outdir: string;

beforeAll(() => {
  const app = testApp();
  stack = new ScorecardsStack(app, 'Web', { webDir: testWebDir() });
  resources = Template.fromStack(stack).toJSON().Resources;
  outdir = app.outdir;
});

const idOf = (element: unknown) => stack.getLogicalId(element as CfnElement);
const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type).map((r) => r.Properties);
const only = (type: string): Json => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const bucketId = () => idOf(stack.site.bucket.node.defaultChild);
const distributionId = () => idOf(stack.site.distribution.node.defaultChild);
const pageOrigin = () => ({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }]] });

describe('the bucket', () => {
  it('blocks every kind of public access, encrypts at rest, hosts no website, and logs access', () => {
    const bucket = resources[bucketId()]!.Properties;
    expect(bucket.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.BucketEncryption).toEqual({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
    expect(bucket.WebsiteConfiguration).toBeUndefined();
    expect(bucket.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: idOf(stack.site.logs.node.defaultChild) }, LogFilePrefix: 's3/' });
  });

  it('lets only this distribution read it, and nobody over plain HTTP', () => {
    const policy = ofType('AWS::S3::BucketPolicy').find((p) => p.Bucket.Ref === bucketId())!;
    const arn = { 'Fn::GetAtt': [bucketId(), 'Arn'] };
    const objects = { 'Fn::Join': ['', [arn, '/*']] };
    expect(policy.PolicyDocument.Statement).toEqual([
      { Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Effect: 'Deny', Principal: { AWS: '*' }, Resource: [arn, objects] },
      {
        Action: 's3:GetObject',
        Condition: {
          StringEquals: {
            'AWS:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::', { Ref: 'AWS::AccountId' }, ':distribution/', { Ref: distributionId() }]] },
          },
        },
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Resource: objects,
      },
    ]);
  });
});

describe('the distribution', () => {
  it('reads the bucket through origin access control (signed requests), not an origin access identity', () => {
    const oac = only('AWS::CloudFront::OriginAccessControl').OriginAccessControlConfig;
    expect(oac).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    const [origin] = only('AWS::CloudFront::Distribution').DistributionConfig.Origins;
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId(), 'RegionalDomainName'] });
    expect(origin.OriginAccessControlId['Fn::GetAtt'][1]).toBe('Id');
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual([]);
  });

  it('serves index.html at /, over HTTPS only (HTTP is redirected), GET and HEAD only, with the security headers', () => {
    const config = only('AWS::CloudFront::Distribution').DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      ResponseHeadersPolicyId: { Ref: idOf(stack.site.headers.node.defaultChild) },
    });
    // one behaviour: no path escapes the redirect or the headers
    expect(config.CacheBehaviors).toBeUndefined();
    expect(config.Logging).toEqual({ Bucket: { 'Fn::GetAtt': [idOf(stack.site.logs.node.defaultChild), 'RegionalDomainName'] }, Prefix: 'cloudfront/' });
  });
});

describe('the security headers', () => {
  it('sends CSP, HSTS for two years with subdomains, DENY framing, nosniff, a referrer policy, and COOP for the sign-in popup', () => {
    const policy = only('AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig;
    const headers = policy.SecurityHeadersConfig;
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
    expect(headers.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true }); // 730 × 86400
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    expect(policy.CustomHeadersConfig.Items).toEqual([{ Header: 'Cross-Origin-Opener-Policy', Value: 'same-origin-allow-popups', Override: true }]);
  });

  it('lets the page run only its own scripts and styles and Google sign-in, fetch only itself, the API and sign-in, and never be framed', () => {
    const csp = only('AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    // The region and URL suffix are the deploy's own: written here as CloudFormation placeholders.
    const text = csp['Fn::Join'][1].map((part: string | Json) => (typeof part === 'string' ? part : `{${part.Ref}}`)).join('');
    expect(text.split('; ')).toEqual([
      "default-src 'self'",
      "connect-src 'self' https://*.execute-api.{AWS::Region}.{AWS::URLSuffix} https://accounts.google.com/gsi/",
      "script-src 'self' https://accounts.google.com/gsi/client",
      'frame-src https://accounts.google.com/gsi/',
      "style-src 'self' https://accounts.google.com/gsi/style",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(text).not.toContain('unsafe-inline');
  });
});

describe('CORS on the API', () => {
  it('admits the page origin only, with the Authorization and Content-Type headers and the methods of the route table', () => {
    const cors = only('AWS::ApiGatewayV2::Api').CorsConfiguration;
    expect(cors.AllowOrigins).toEqual([pageOrigin()]);
    expect(cors.AllowHeaders).toEqual(['authorization', 'content-type']);
    // The exports' file name (web/src/export-buttons.ts).
    expect(cors.ExposeHeaders).toEqual(['content-disposition']);
    expect([...cors.AllowMethods].sort()).toEqual(['DELETE', 'GET', 'POST', 'PUT']);
    expect(cors.AllowCredentials).toBeUndefined();
    expect(cors.MaxAge).toBe(3600);
  });
});

describe('what is uploaded', () => {
  const deployments = () => ofType('Custom::CDKBucketDeployment');
  const assets = () => deployments().find((d) => d.Include)!;
  const page = () => deployments().find((d) => !d.Include)!;
  /** The staged folder of a deployment's nth source. */
  const sourceDir = (deployment: Json, n: number) => join(outdir, `asset.${deployment.SourceObjectKeys[n].replace(/\.zip$/, '')}`);

  it('uploads the hashed files under assets/ first, kept a year by browsers, and never pruned (a page opened before a deploy still loads)', () => {
    expect(deployments()).toHaveLength(2);
    expect(assets()).toMatchObject({
      DestinationBucketName: { Ref: bucketId() },
      Exclude: ['*'],
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' }, // 365 × 86400
    });
    expect(assets().DistributionId).toBeUndefined();
    expect(readFileSync(join(sourceDir(assets(), 0), 'assets', 'main-TEST.js'), 'utf8')).toBe('document.title = "Bảng điểm";\n');
  });

  it('then the page and config.json, revalidated on each visit, removing stale files, and clears the CDN cache', () => {
    expect(page()).toMatchObject({
      DestinationBucketName: { Ref: bucketId() },
      Exclude: ['assets/*'],
      Prune: true,
      DistributionId: { Ref: distributionId() },
      DistributionPaths: ['/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
    const [assetsId] = Object.entries(resources).find(([, r]) => r.Type === 'Custom::CDKBucketDeployment' && r.Properties.Include)!;
    expect(Object.values(resources).find((r) => r.Properties === page())!.DependsOn).toContain(assetsId);
    expect(readFileSync(join(sourceDir(page(), 0), 'index.html'), 'utf8')).toContain('<title>Bảng điểm</title>');
  });

  it('writes config.json with the API URL (filled in at deploy time) and the page OAuth client, in the shape the page accepts', () => {
    const markers: Record<string, Json> = page().SourceMarkers[1];
    let text = readFileSync(join(sourceDir(page(), 1), 'config.json'), 'utf8');
    for (const [marker, value] of Object.entries(markers)) text = text.replaceAll(marker, `{${value.Ref}}`);
    const config = JSON.parse(text);
    expect(config).toEqual({
      apiUrl: `https://{${idOf(stack.api.httpApi.node.defaultChild)}}.execute-api.{AWS::Region}.{AWS::URLSuffix}/`,
      auth: { kind: 'google', clientId: '123456789012-testwebpage.apps.googleusercontent.com' },
    });
    expect(parseWebConfig(config)).toEqual(config);
  });
});

describe('outputs', () => {
  it('gives the page URL', () => {
    expect(Template.fromStack(stack).findOutputs('PageUrl')).toEqual({
      PageUrl: { Value: pageOrigin(), Description: "The leadership page; the web OAuth client's authorised JavaScript origin" },
    });
  });
});
