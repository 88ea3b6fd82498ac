/** The `moon://` scheme: registration before `ready`, the handler after. */
import type { FileLog } from '../node/file-log';
import { protocol } from 'electron';
import { createNodeFileSource } from '../node/file-source';
import type { PackHost } from '../node/pack-host';
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

export function setupMoonProtocol({ appRoot }: AppPaths, pack: PackHost, log: FileLog): void {
  const handlerFor = (packRoot: string) =>
    createMoonHandler({
      appRoot,
      packRoot,
      // Lookups remembered, each checked against the file it opens (file-source.ts).
      files: createNodeFileSource(),
      logger: log,
      allowedHosts: [APP_HOST],
    });
  let handler = handlerFor(pack.dir);
  // After an in-app upgrade the pack may live in another folder (user data).
  pack.onChange((dir) => {
    handler = handlerFor(dir);
  });
  protocol.handle(APP_SCHEME, (request) => handler(request));
}
