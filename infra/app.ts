/** CDK entry (cdk.json). Settings come from context: see docs/deploy.md. */
import { App } from 'aws-cdk-lib';
import { join } from 'node:path';
import { buildWeb } from '../web/build.js';
import { buildApp } from './build-app.js';

const app = new App();
// Built on every synth into the cloud assembly, so a deploy always ships this checkout's page.
const webDir = join(app.outdir, 'web');
await buildWeb({ outDir: webDir });
buildApp(app, webDir);
