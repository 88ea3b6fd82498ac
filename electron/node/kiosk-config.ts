/**
 * Read the kiosk file for either host (Electron main or `npm run web`).
 * Nothing here throws: a missing or unreadable file, bad JSON or a bad key
 * becomes a line in `problems` and the kiosk runs on defaults.
 */
import { readFile } from 'node:fs/promises';
import { parseKioskConfigText, type KioskConfig } from '../../assets/format/kiosk';
import type { KioskStatus } from '../../assets/format/kiosk';

export type KioskSource = {
  /** `--kiosk` given. */
  flag: boolean;
  /** `--kiosk-config PATH`, if given. */
  configPath: string | null;
  /** `kiosk.json` in the user-data folder (desktop app only); its presence turns kiosk mode on. */
  userDataFile?: string | null;
};

export type LoadedKiosk = {
  status: KioskStatus;
  /** The full config, PIN included: stays in the host process. */
  config: KioskConfig | null;
};

const OFF: LoadedKiosk = {
  status: { enabled: false, source: null, settings: {}, problems: [], exitPinSet: false },
  config: null,
};

async function readText(
  file: string,
): Promise<{ text: string } | { missing: boolean; reason: string }> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      missing: code === 'ENOENT',
      reason:
        code === 'ENOENT'
          ? `cannot read ${file}: no such file`
          : `cannot read ${file} (${code ?? (error as Error).message})`,
    };
  }
}

/** Settings the renderer may see: everything but the PIN. */
function forRenderer(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const rest = { ...(value as Record<string, unknown>) };
    delete rest.exitPin;
    return rest;
  } catch {
    return {};
  }
}

export async function loadKiosk(source: KioskSource): Promise<LoadedKiosk> {
  const file = source.configPath ?? source.userDataFile ?? null;
  if (!source.flag && source.configPath === null) {
    // Desktop: a kiosk.json in user data turns kiosk mode on; its absence keeps it off.
    if (!file) return OFF;
    const read = await readText(file);
    if ('missing' in read && read.missing) return OFF;
    return finish(file, read);
  }
  if (file === null) return finish(null, { text: '{}' });
  const read = await readText(file);
  if ('missing' in read && source.configPath === null) return finish(null, { text: '{}' });
  return finish(file, read);
}

function finish(file: string | null, read: { text: string } | { reason: string }): LoadedKiosk {
  const text = 'text' in read ? read.text : '{}';
  const parsed = parseKioskConfigText(text);
  const problems = 'text' in read ? parsed.problems : [`(file): ${read.reason}`];
  return {
    config: parsed.config,
    status: {
      enabled: true,
      source: file,
      settings: forRenderer(text),
      problems,
      exitPinSet: parsed.config.exitPin !== null,
    },
  };
}
