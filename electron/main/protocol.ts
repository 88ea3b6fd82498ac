/** The `moon://` scheme: registration before `ready`, the handler after. */
import { protocol } from 'electron';
import { createNodeFileSource } from '../node/file-source';
import { createMoonHandler } from '../pure/serve/handler';
import { APP_HOST, APP_SCHEME } from '../pure/trust';
import type { AppPaths } from './paths';

/** Must run before the app is ready (Electron reads privileges at startup). */
export function registerMoonScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
      },
    },
  ]);
}

export function setupMoonProtocol({ appRoot, packDir }: AppPaths): void {
  const handler = createMoonHandler({
    appRoot,
    packRoot: packDir,
    files: createNodeFileSource(),
    logger: { error: (message, error) => console.error(message, error) },
    allowedHosts: [APP_HOST],
  });
  protocol.handle(APP_SCHEME, handler);
}
