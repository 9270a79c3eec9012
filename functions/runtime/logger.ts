/** The one logger of the functions: structured JSON via Powertools, configured once. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';

export const logger = new Logger({ serviceName: 'tthc-scorecards' });

/**
 * Called at the start of every invocation: each line then carries the Lambda request id
 * (`function_request_id`) and, for an API request, API Gateway's request id (`correlation_id`,
 * the `requestId` of the access log), so one request's lines are found together.
 */
export function logInvocation(context: Context, apiRequestId?: string): void {
  logger.addContext(context);
  if (apiRequestId) logger.setCorrelationId(apiRequestId);
}
