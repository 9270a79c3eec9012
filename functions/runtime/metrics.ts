/**
 * The one Metrics instance of the functions: CloudWatch embedded-metric-format lines on stdout,
 * turned into metrics by CloudWatch Logs (no API call, no IAM permission). The namespace and
 * service come from POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME, set by the stack.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';

export const metrics = new Metrics();

/** Once per invocation, and only when something was measured (else Powertools warns). */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
export { MetricUnit } from '@aws-lambda-powertools/metrics';
