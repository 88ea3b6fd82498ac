/**
 * The main process's log file: `<userData>/logs/main.log` on every platform
 * (Linux ~/.config/Farside/logs, macOS ~/Library/Application Support/Farside/logs,
 * Windows %APPDATA%\Farside\logs), kept by electron/node/file-log.ts
 * (electron-log, scrubbed, rotated at 1 MB into main.old.log). Uncaught
 * exceptions and unhandled rejections of main are logged, not shown.
 */
import * as path from 'node:path';
import { app, shell } from 'electron';
import { createFileLog, type FileLog } from '../node/file-log';

export function logsFolder(): string {
  return path.join(app.getPath('userData'), 'logs');
}

export function setupLog(): FileLog {
  const log = createFileLog({ file: path.join(logsFolder(), 'main.log'), console: true });
  log.catchUncaught();
  log.info(
    `Farside ${app.getVersion()} started (Electron ${process.versions.electron}, ${process.platform})`,
  );
  return log;
}

/** Opens the logs folder main chose itself; nothing the renderer says is a path. */
export async function openLogsFolder(log: FileLog): Promise<void> {
  const failure = await shell.openPath(logsFolder());
  if (failure !== '') log.warn(`could not open the logs folder: ${failure}`);
}
