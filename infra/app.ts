/** CDK entry (cdk.json). Settings come from context: see docs/deploy.md. */
import { App } from 'aws-cdk-lib';
import { buildApp } from './build-app.js';

buildApp(new App());
