/**
 * In AWS the HTTP API's JWT authorizer has already checked the Google ID token's signature,
 * issuer, audience and expiry; the handler only turns its claims into an Identity. The
 * authorizer does not check `email_verified`, so that check happens here.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { AuthError, identityFromClaims, type Identity } from './identity.js';

export function identityFromAuthorizer(event: APIGatewayProxyEventV2WithJWTAuthorizer): Identity {
  // Optional chaining although the type says present: a route deployed without the authorizer.
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (claims === undefined) throw new AuthError('missing', 'No JWT authorizer claims on the request');
  return identityFromClaims(claims);
}
