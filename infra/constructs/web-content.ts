/**
 * What the page's bucket holds: the built page (web/build.ts) and /config.json, which tells the
 * page where the API is and which OAuth client signs in. config.json is written at deploy time,
 * when the API's URL is known. Files under assets/ carry their content's hash in their names, so
 * browsers keep them for a year; everything else is revalidated on each visit.
 */
import { Duration } from 'aws-cdk-lib';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { WebConfig } from '../../web/src/config.js';
import type { WebSite } from './web-site.js';

const HASHED = 'assets/*';
/** Both deployments share aws-cdk-lib's one upload function, which is sized by this. */
const MEMORY_MB = 512;

export interface WebContentProps {
  site: WebSite;
  /** The folder web/build.ts wrote. */
  webDir: string;
  config: WebConfig;
}

export class WebContent extends Construct {
  readonly assets: BucketDeployment;
  readonly page: BucketDeployment;

  constructor(scope: Construct, id: string, { site, webDir, config }: WebContentProps) {
    super(scope, id);
    // Old hashed files stay (no prune): a page opened before a deploy still finds its script.
    this.assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(webDir)],
      destinationBucket: site.bucket,
      exclude: ['*'],
      include: [HASHED],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      memoryLimit: MEMORY_MB,
    });
    // `exclude` also keeps prune away from assets/; CloudFront's cache is cleared once the new page is in.
    this.page = new BucketDeployment(this, 'Entry', {
      sources: [Source.asset(webDir), Source.jsonData('config.json', config)],
      destinationBucket: site.bucket,
      exclude: [HASHED],
      cacheControl: [CacheControl.noCache()],
      distribution: site.distribution,
      distributionPaths: ['/*'],
      memoryLimit: MEMORY_MB,
    });
    // index.html names the new hashed files: they must be there first.
    this.page.node.addDependency(this.assets);
  }
}
