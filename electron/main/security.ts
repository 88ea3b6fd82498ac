/**
 * Security rules for every web contents: sandbox everywhere, no permissions,
 * no navigation away from the app, no new windows, no <webview>.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from '../pure/trust';

/** Must run before the app is ready. */
export function setupSandbox(): void {
  app.enableSandbox();
}

export function setupPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function guardContents(contents: WebContents): void {
  const denyUnlessApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyUnlessApp);
  // Subframes too (will-navigate covers the main frame only).
  contents.on('will-frame-navigate', denyUnlessApp);
  contents.on('will-redirect', denyUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function setupNavigationGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
