/**
 * Saving pictures (Electron glue): ask where with the native dialog,
 * remembering the last folder, or save straight into Pictures/Farside.
 * The writing itself (atomic, never overwriting, clear errors) is
 * electron/node/save-picture.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import type { KioskConfig } from '../../assets/format/kiosk';
import type { SavePictureRequest, SavePictureResult } from '../ipc/contract';
import { savePictureFile } from '../node/save-picture';
import { pictureTarget } from '../pure/kiosk/picture-policy';

const LAST_FOLDER_FILE = 'picture-folder.json';

async function lastFolder(): Promise<string> {
  try {
    const stored = JSON.parse(
      await readFile(join(app.getPath('userData'), LAST_FOLDER_FILE), 'utf8'),
    ) as { folder?: unknown };
    if (typeof stored.folder === 'string') return stored.folder;
  } catch {
    // First save, or an unreadable note: start in Pictures.
  }
  return app.getPath('pictures');
}

async function rememberFolder(folder: string): Promise<void> {
  await writeFile(
    join(app.getPath('userData'), LAST_FOLDER_FILE),
    JSON.stringify({ folder }),
  ).catch(() => undefined);
}

/** `kiosk`: a locked kiosk's picture settings (never a dialog there), or null. */
export async function savePicture(
  request: SavePictureRequest,
  kiosk: KioskConfig['pictures'] | null = null,
): Promise<SavePictureResult> {
  const target = pictureTarget(kiosk, request.ask);
  if (target.kind === 'refuse') return { state: 'failed', reason: target.reason };
  if (target.kind === 'folder') {
    const folder = target.folder ?? join(app.getPath('pictures'), 'Farside');
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    const saved = await savePictureFile(folder, request.fileName, request.png);
    return saved.state === 'saved' ? saved : { state: 'failed', reason: saved.reason };
  }
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = {
    title: 'Save picture',
    defaultPath: join(await lastFolder(), request.fileName),
    filters: [{ name: 'PNG picture', extensions: ['png'] }],
    properties: ['createDirectory' as const],
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { state: 'cancelled' };
  const folder = dirname(choice.filePath);
  let name = basename(choice.filePath);
  if (!name.toLowerCase().endsWith('.png')) name += '.png';
  const saved = await savePictureFile(folder, name, request.png);
  if (saved.state !== 'saved') return { state: 'failed', reason: saved.reason };
  await rememberFolder(folder);
  return saved;
}
