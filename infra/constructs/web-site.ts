/**
 * Where the leadership page is served: a private S3 bucket that only this CloudFront
 * distribution can read (origin access control), HTTPS only, with the page's security headers.
 * Access logs of both go to a bucket of their own, kept a year.
 */
import { Duration } from 'aws-cdk-lib';
import { AllowedMethods, CachePolicy, Distribution, HttpVersion, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PageSecurityHeaders } from './security-headers.js';

const LOG_DAYS = 365;

export interface WebSiteProps {
  /** The origin(s) the page may call besides itself (CSP connect-src). */
  apiOrigin: string;
}

export class WebSite extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly headers: PageSecurityHeaders;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, { apiOrigin }: WebSiteProps) {
    super(scope, id);
    this.logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are written with an ACL grant, which needs ACLs enabled.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(LOG_DAYS) }],
    });
    this.bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 's3/',
    });
    this.headers = new PageSecurityHeaders(this, 'SecurityHeaders', { apiOrigin });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'TTHC scorecards leadership page',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
    });
  }

  /** The page's address, and the origin its requests to the API come from (CORS). */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
