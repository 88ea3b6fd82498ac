/**
 * The application menu (glue): the pure template (electron/pure/menu.ts) in
 * the language of the settings (or the system's), built and set; rebuilt
 * when the language changes. An item's action goes to the renderer on the
 * contract's event channel. A kiosk has no menu (electron/main/kiosk.ts
 * removes it), so this sets none there.
 */
import { BrowserWindow, Menu, app, type MenuItemConstructorOptions } from 'electron';
import { pickLanguage, type Language } from '../../assets/format/language';
import type { ActionId } from '../../assets/format/shortcuts';
import { ipcEvents } from '../ipc/contract';
import { menuTemplate, menuTranslator, type MenuItemTemplate } from '../pure/menu';
import type { AppSettings } from './settings';
import type { Kiosk } from './kiosk';
// The locale files are data the renderer owns; the menu needs the same words.
import en from '../../renderer/i18n/locales/en.json';
import fr from '../../renderer/i18n/locales/fr.json';
import zh from '../../renderer/i18n/locales/zh.json';

function sendAction(action: ActionId): void {
  const payload = ipcEvents.onMenuAction.payload.parse({ action });
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(ipcEvents.onMenuAction.channel, payload);
}

function toElectron({ action, submenu, ...item }: MenuItemTemplate): MenuItemConstructorOptions {
  return {
    ...item,
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
    ...(action ? { click: () => sendAction(action) } : {}),
  };
}

function menuLanguage(settings: AppSettings): Language {
  return settings.current().language ?? pickLanguage(app.getPreferredSystemLanguages());
}

export function setupMenu(settings: AppSettings, kiosk: Kiosk | null): void {
  if (kiosk) return;
  let shown: Language | null = null;
  const build = () => {
    const language = menuLanguage(settings);
    if (language === shown) return;
    shown = language;
    const template = menuTemplate({
      platform: process.platform,
      development: !app.isPackaged,
      t: menuTranslator({ en, fr, zh }, language),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
  };
  build();
  settings.onChange(build);
}
