/**
 * The application menu as data: one pure function per platform's
 * conventions (the macOS app menu; File/View/Window/Help elsewhere). Items
 * that act on the globe name an action of the shortcut table
 * (assets/format/shortcuts.ts) and take their accelerator from it; the
 * Electron glue (electron/main/menu.ts) turns `action` into a click that
 * sends the action id to the renderer over the IPC contract. Standard
 * Electron roles where one exists; Reload and DevTools only in development.
 * Pure: no electron import (the glue type-checks the result against
 * electron.d.ts's MenuItemConstructorOptions).
 */
import { menuAccelerator, shortcutById, type ActionId } from '../../assets/format/shortcuts';
import { LANGUAGES, type Language } from '../../assets/format/language';

/** The Electron roles this menu uses (https://www.electronjs.org/docs/latest/api/menu-item#roles). */
export type MenuRole =
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'help'
  | 'windowMenu';

/** A subset of Electron's MenuItemConstructorOptions, plus the action an item sends. */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  registerAccelerator?: boolean;
  /** Sent to the renderer, which runs the same function as the action's key. */
  action?: ActionId;
  submenu?: MenuItemTemplate[];
}

/** The menu's i18n keys (renderer/i18n/locales/*.json), under `menu.`. */
export type MenuLabelKey = `menu.${string}`;

export interface MenuInput {
  /** `process.platform`. */
  platform: string;
  /** Not packaged: Reload and DevTools are there. */
  development: boolean;
  /** The menu's words in the current language (see `menuTranslator`). */
  t: (key: MenuLabelKey) => string;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function menuTemplate({ platform, development, t }: MenuInput): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const act = (action: ActionId, label: MenuLabelKey): MenuItemTemplate => {
    const key = menuAccelerator(shortcutById(action), mac);
    return { label: t(label), action, ...(key ?? {}) };
  };
  const role = (r: MenuRole, label: MenuLabelKey): MenuItemTemplate => ({
    role: r,
    label: t(label),
  });

  const appMenu: MenuItemTemplate = {
    label: 'Farside',
    submenu: [
      act('about', 'menu.about'),
      separator,
      act('settings', 'menu.settings'),
      separator,
      role('services', 'menu.services'),
      separator,
      role('hide', 'menu.hide'),
      role('hideOthers', 'menu.hideOthers'),
      role('unhide', 'menu.showAll'),
      separator,
      role('quit', 'menu.quit'),
    ],
  };
  const file: MenuItemTemplate = {
    label: t('menu.file'),
    submenu: [
      act('savePicture', 'menu.savePicture'),
      act('openPicture', 'menu.openPicture'),
      act('copyLink', 'menu.copyLink'),
      separator,
      act('sharperData', 'menu.sharperData'),
      separator,
      ...(mac
        ? [role('close', 'menu.closeWindow')]
        : [act('settings', 'menu.settings'), separator, role('quit', 'menu.quit')]),
    ],
  };
  // macOS routes Cmd+C/V/X/A in text fields through these roles; without
  // them the search box could not paste there. Elsewhere Chromium does it.
  const edit: MenuItemTemplate = {
    label: t('menu.edit'),
    submenu: [
      role('undo', 'menu.undo'),
      role('redo', 'menu.redo'),
      separator,
      role('cut', 'menu.cut'),
      role('copy', 'menu.copy'),
      role('paste', 'menu.paste'),
      role('selectAll', 'menu.selectAll'),
    ],
  };
  const view: MenuItemTemplate = {
    label: t('menu.view'),
    submenu: [
      act('nearSide', 'menu.nearSide'),
      act('farSide', 'menu.farSide'),
      act('resetView', 'menu.resetView'),
      separator,
      act('places', 'menu.places'),
      act('toggleSites', 'menu.toggleSites'),
      act('toggleGrid', 'menu.toggleGrid'),
      act('toggleBoundary', 'menu.toggleBoundary'),
      act('toggleNames', 'menu.toggleNames'),
      separator,
      act('lightMode', 'menu.lightMode'),
      act('seenFromEarth', 'menu.seenFromEarth'),
      act('hourBack', 'menu.hourBack'),
      act('hourForward', 'menu.hourForward'),
      act('dayBack', 'menu.dayBack'),
      act('dayForward', 'menu.dayForward'),
      separator,
      ...(development
        ? [role('reload', 'menu.reload'), role('toggleDevTools', 'menu.devTools'), separator]
        : []),
      role('togglefullscreen', 'menu.fullScreen'),
    ],
  };
  const window: MenuItemTemplate = {
    label: t('menu.window'),
    role: 'windowMenu',
    submenu: [
      role('minimize', 'menu.minimize'),
      ...(mac
        ? [role('zoom', 'menu.zoom'), separator, role('front', 'menu.front')]
        : [role('close', 'menu.closeWindow')]),
    ],
  };
  const help: MenuItemTemplate = {
    label: t('menu.help'),
    role: 'help',
    submenu: [act('help', 'menu.shortcuts'), ...(mac ? [] : [act('about', 'menu.about')])],
  };
  return mac ? [appMenu, file, edit, view, window, help] : [file, view, window, help];
}

/** Every action the menu sends, depth first. */
export function menuActions(template: readonly MenuItemTemplate[]): ActionId[] {
  return template.flatMap((item) => [
    ...(item.action ? [item.action] : []),
    ...menuActions(item.submenu ?? []),
  ]);
}

type Strings = { readonly [key: string]: string | Strings };

/**
 * The menu's words in a language from the app's locale files, English
 * where a word is missing (the i18n test keeps that from happening).
 */
export function menuTranslator(
  locales: Readonly<Record<Language, Strings>>,
  language: Language,
): (key: MenuLabelKey) => string {
  const find = (tree: Strings, key: string): string | undefined => {
    let node: string | Strings | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  const lng = LANGUAGES.includes(language) ? language : 'en';
  return (key) => find(locales[lng], key) ?? find(locales.en, key) ?? key;
}
