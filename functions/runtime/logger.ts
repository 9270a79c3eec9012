/** The one logger of the functions: structured JSON via Powertools, configured once. */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'tthc-scorecards' });
