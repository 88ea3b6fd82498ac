/**
 * Who the main process trusts: only documents of the app itself, served at
 * `moon://app/`. Used for IPC senders and for navigation.
 */

export const APP_SCHEME = 'moon';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether `url` is a page of the app (`moon://app/…`, no credentials or port). */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether an IPC message comes from a frame showing the app (its sender frame URL). */
export function isTrustedSender(senderFrameUrl: string | null | undefined): boolean {
  return isAppUrl(senderFrameUrl);
}

/** Sites the app may open in the system browser (credits and data sources). */
const EXTERNAL_DOMAINS = ['nasa.gov', 'lroc.asu.edu'];

/** Whether a link may be handed to the OS browser: https, no credentials, allow-listed domain. */
export function isAllowedExternalUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return EXTERNAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
