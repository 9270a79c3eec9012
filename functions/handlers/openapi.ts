/** GET /openapi.json: the OpenAPI 3.1 document, open to anyone. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { openApiDocument } from '../http/openapi-document.js';
import { json, type HttpResult } from '../http/respond.js';

let document: ReturnType<typeof openApiDocument> | undefined;

export async function handler(event: APIGatewayProxyEventV2): Promise<HttpResult> {
  const { openapi, info, ...rest } = (document ??= openApiDocument());
  // The domain API Gateway answered on, which it serves over https only; never Host or
  // X-Forwarded-Proto, which the client writes. The local stack has no domain (plain http): with
  // no `servers`, clients resolve paths against the document's own URL (OpenAPI's default "/").
  const domain = event.requestContext?.domainName;
  return json(200, { openapi, info, ...(domain ? { servers: [{ url: `https://${domain}` }] } : {}), ...rest });
}
