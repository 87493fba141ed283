// The pages' security headers (helmet), stricter than the API's: a Content-Security-Policy that allows
// scripts, styles and images from this site only (no inline script or style at all), forms posted only
// here, no framing; no referrer, so a page's address never leaves with a click.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function pageSecurity(secure: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secure,
  });
}
