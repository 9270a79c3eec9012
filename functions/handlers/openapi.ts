/** GET /openapi.json: the OpenAPI 3.1 document, open to anyone. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { openApiDocument } from '../http/openapi-document.js';
import { json, type HttpResult } from '../http/respond.js';

let cached: string | undefined;

export async function handler(event: APIGatewayProxyEventV2): Promise<HttpResult> {
  const server = event.headers?.host ? `${event.headers['x-forwarded-proto'] ?? 'https'}://${event.headers.host}` : undefined;
  cached ??= JSON.stringify(openApiDocument(server));
  return { ...json(200, null), body: cached };
}
