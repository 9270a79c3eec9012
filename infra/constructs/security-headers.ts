/**
 * The headers CloudFront adds to every response of the leadership page. The page has no inline
 * script or style (web/build.ts), so the policy names only our origin, the API and Google
 * Identity Services (sign-in).
 */
import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

// What Google Identity Services needs, from "Content Security Policy" in
// https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid: its script,
// its iframes and XHRs under /gsi/, and its stylesheet.
const GSI = {
  script: 'https://accounts.google.com/gsi/client',
  frame: 'https://accounts.google.com/gsi/',
  connect: 'https://accounts.google.com/gsi/',
  style: 'https://accounts.google.com/gsi/style',
};

/** Browsers keep to HTTPS for two years after a visit. */
const HSTS_MAX_AGE = Duration.days(730);

/** The Content-Security-Policy header; `apiOrigin` is what the page may fetch besides itself and GIS. */
function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    `connect-src 'self' ${apiOrigin} ${GSI.connect}`,
    `script-src 'self' ${GSI.script}`,
    `frame-src ${GSI.frame}`,
    `style-src 'self' ${GSI.style}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface PageSecurityHeadersProps {
  apiOrigin: string;
}

export class PageSecurityHeaders extends ResponseHeadersPolicy {
  constructor(scope: Construct, id: string, { apiOrigin }: PageSecurityHeadersProps) {
    super(scope, id, {
      comment: 'TTHC scorecards page: CSP, HSTS, no framing, no sniffing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(apiOrigin), override: true },
        strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        // GIS checks the page's origin against the client's authorised origins, so keep the origin.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
      customHeadersBehavior: {
        // The same Google page, "Cross-Origin Opener Policy": GIS's sign-in popup must reach its opener.
        customHeaders: [{ header: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups', override: true }],
      },
    });
  }
}
