/** `npm run web`: serve the built renderer and the pack on 127.0.0.1. */
import { fileURLToPath } from 'node:url';
import { USAGE, parseWebArgs } from './args';
import { loadKiosk } from '../node/kiosk-config';
import { createKioskHost } from '../pure/kiosk/host';
import { startWebServer } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2), process.env, repoRoot);
  } catch (error) {
    console.error(`farside web: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const { kiosk: kioskArgs, ...options } = args;
  const kiosk = kioskArgs ? await loadKiosk({ ...kioskArgs, userDataFile: null }) : null;
  const server = await startWebServer({
    ...options,
    kiosk: kiosk
      ? createKioskHost(
          kiosk.status,
          kiosk.config?.exitPin ?? null,
          () => Date.now(),
          () => console.warn('kiosk: the operator left kiosk mode with the PIN'),
          kiosk.config?.pictures ?? null,
        )
      : undefined,
  });
  console.log(
    `Farside is being served at ${server.url}  (app: ${args.appRoot}, pack: ${args.packRoot})`,
  );
  if (kiosk) {
    console.log(`Museum kiosk mode: ${kiosk.status.source ?? 'default settings'}`);
    for (const problem of kiosk.status.problems) console.warn(`kiosk config: ${problem}`);
  }
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`farside web: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
