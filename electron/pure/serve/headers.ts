/** Security headers the handler puts on its responses. */

/** Strict policy for HTML documents: only the app's own origin, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers every response carries, errors included: no MIME sniffing, no
 * embedding by other origins (web mode listens on a port any page could
 * name), no referrer leaving the app.
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
});

export function baseHeaders(): Headers {
  return new Headers(BASE_HEADERS);
}
