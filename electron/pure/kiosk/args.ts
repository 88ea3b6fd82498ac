/**
 * Kiosk switches on a command line (Electron's argv): `--kiosk` and
 * `--kiosk-config PATH` (or `--kiosk-config=PATH`). Pure; anything else on
 * the line is left to its owner (Chromium switches, the app path).
 */

export type KioskArgs = { kiosk: boolean; configPath: string | null; error: string | null };

export function parseKioskArgs(argv: readonly string[]): KioskArgs {
  let kiosk = false;
  let configPath: string | null = null;
  let error: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--kiosk') kiosk = true;
    else if (arg === '--kiosk-config') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) error = '--kiosk-config needs a file path';
      else {
        configPath = next;
        i += 1;
      }
    } else if (arg.startsWith('--kiosk-config=')) {
      configPath = arg.slice('--kiosk-config='.length);
      if (configPath === '') error = '--kiosk-config needs a file path';
    }
  }
  return { kiosk: kiosk || configPath !== null || error !== null, configPath, error };
}
