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

/** Headers every response carries, errors included. */
export function baseHeaders(): Headers {
  return new Headers({ 'X-Content-Type-Options': 'nosniff' });
}
