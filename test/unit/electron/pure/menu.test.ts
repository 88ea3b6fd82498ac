/**
 * The application menu template, per platform: structure, Electron roles,
 * every action in the shortcut table with the table's accelerator, no
 * developer items in production, and words from the locale files.
 */
import { describe, expect, it } from 'vitest';
import {
  menuActions,
  menuTemplate,
  menuTranslator,
  type MenuItemTemplate,
  type MenuLabelKey,
} from '../../../../electron/pure/menu';
import {
  ACTION_IDS,
  SHORTCUTS,
  acceleratorOf,
  shortcutById,
  type KeyChord,
} from '../../../../assets/format/shortcuts';
import en from '../../../../renderer/i18n/locales/en.json';
import fr from '../../../../renderer/i18n/locales/fr.json';
import zh from '../../../../renderer/i18n/locales/zh.json';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const english = menuTranslator({ en, fr, zh }, 'en');
const build = (platform: string, development = false) =>
  menuTemplate({ platform, development, t: english });

function flatten(items: readonly MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}
const roles = (items: readonly MenuItemTemplate[]) =>
  flatten(items).flatMap((i) => (i.role ? [i.role] : []));
const byAction = (items: readonly MenuItemTemplate[], action: string) =>
  flatten(items).filter((i) => i.action === action);

describe('menu structure', () => {
  it('macOS: the app menu first (About, Settings…, Services, Hide, Quit), then File, Edit, View, Window, Help', () => {
    const menu = build('darwin');
    expect(menu.map((m) => m.label)).toEqual(['Farside', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = menu[0]!.submenu!;
    expect(app[0]).toMatchObject({ label: 'About Farside', action: 'about' });
    expect(app.find((i) => i.action === 'settings')).toMatchObject({
      label: 'Settings…',
      accelerator: 'CmdOrCtrl+,',
    });
    expect(roles(app)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    // Cmd+C/V in the search box need the Edit roles on macOS.
    expect(roles(menu[2]!.submenu!)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(menu[4]!.submenu!)).toEqual(['minimize', 'zoom', 'front']);
    expect(menu[4]!.role).toBe('windowMenu');
    expect(menu[5]!.role).toBe('help');
    // About and Settings are in the app menu only; Quit is nowhere else.
    expect(byAction(menu, 'about')).toHaveLength(1);
    expect(byAction(menu, 'settings')).toHaveLength(1);
    expect(roles(menu).filter((r) => r === 'quit')).toHaveLength(1);
  });

  for (const platform of ['win32', 'linux'] as const) {
    it(`${platform}: File, View, Window, Help; Settings and Quit in File, About in Help`, () => {
      const menu = build(platform);
      expect(menu.map((m) => m.label)).toEqual(['File', 'View', 'Window', 'Help']);
      const file = menu[0]!.submenu!;
      expect(file.map((i) => i.label ?? i.type)).toEqual([
        'Save picture…',
        'Open view from picture…',
        'Copy link to this view',
        'separator',
        'Get sharper Moon data…',
        'separator',
        'Settings…',
        'separator',
        'Quit Farside',
      ]);
      expect(file.at(-1)!.role).toBe('quit');
      expect(menu[3]!.submenu!.map((i) => i.action)).toEqual(['help', 'about']);
      expect(roles(menu)).not.toContain('zoom'); // macOS only
      expect(roles(menu)).not.toContain('hide');
    });
  }

  it('View has the globe, the layers, the light and time, and Full screen as a role', () => {
    for (const platform of PLATFORMS) {
      const view = build(platform).find((m) => m.label === 'View')!.submenu!;
      expect(view.flatMap((i) => (i.action ? [i.action] : []))).toEqual([
        'nearSide',
        'farSide',
        'resetView',
        'places',
        'toggleSites',
        'toggleGrid',
        'toggleBoundary',
        'toggleNames',
        'lightMode',
        'seenFromEarth',
        'hourBack',
        'hourForward',
        'dayBack',
        'dayForward',
      ]);
      expect(view.at(-1)).toMatchObject({ role: 'togglefullscreen', label: 'Full screen' });
    }
  });

  it('Reload and DevTools only in development', () => {
    for (const platform of PLATFORMS) {
      expect(roles(build(platform, false))).not.toContain('toggleDevTools');
      expect(roles(build(platform, false))).not.toContain('reload');
      expect(roles(build(platform, true))).toEqual(
        expect.arrayContaining(['reload', 'toggleDevTools']),
      );
    }
  });

  it('every item has a label, and no separator starts or ends a menu or follows another', () => {
    for (const platform of PLATFORMS) {
      for (const dev of [false, true]) {
        for (const item of flatten(build(platform, dev))) {
          if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
          const sub = item.submenu ?? [];
          const kinds = sub.map((i) => i.type ?? 'item').join(' ');
          expect(kinds, item.label).not.toMatch(/^separator|separator$|separator separator/);
        }
      }
    }
  });
});

describe('menu and shortcut table', () => {
  it('every menu action is an action of the table', () => {
    for (const platform of PLATFORMS) {
      for (const action of menuActions(build(platform, true))) {
        expect(ACTION_IDS, action).toContain(action);
      }
    }
  });

  it('every action of the table has a key or a menu item on every platform', () => {
    for (const platform of PLATFORMS) {
      const inMenu = new Set(menuActions(build(platform)));
      const orphans = SHORTCUTS.filter((s) => s.keys.length === 0 && !inMenu.has(s.id));
      expect(orphans.map((s) => s.id)).toEqual([]);
    }
  });

  it("accelerators are the table's: Ctrl/Cmd chords and F-keys registered, bare keys shown only off macOS", () => {
    const save = byAction(build('darwin'), 'savePicture')[0]!;
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: true });
    expect(byAction(build('linux'), 'openPicture')[0]).toMatchObject({
      accelerator: 'CmdOrCtrl+O',
    });
    expect(byAction(build('win32'), 'help')[0]).toMatchObject({ accelerator: 'F1' });
    expect(byAction(build('win32'), 'farSide')[0]).toMatchObject({
      accelerator: 'F',
      registerAccelerator: false,
    });
    expect(byAction(build('darwin'), 'farSide')[0]!.accelerator).toBeUndefined();
    for (const platform of PLATFORMS) {
      for (const item of flatten(build(platform))) {
        if (!item.action || item.accelerator === undefined) continue;
        const table = (shortcutById(item.action).keys as readonly KeyChord[]).map(acceleratorOf);
        expect(table, `${platform} ${item.action}`).toContain(item.accelerator);
      }
    }
  });
});

describe('menu words', () => {
  it('come from the locale files in the chosen language, English where one is missing', () => {
    const french = menuTranslator({ en, fr, zh }, 'fr');
    const chinese = menuTranslator({ en, fr, zh }, 'zh');
    expect(french('menu.file')).toBe('Fichier');
    expect(chinese('menu.file')).toBe('文件');
    const partial = menuTranslator({ en, fr: { menu: {} }, zh }, 'fr');
    expect(partial('menu.file')).toBe('File');
    const menu = menuTemplate({ platform: 'linux', development: false, t: chinese });
    expect(menu.map((m) => m.label)).toEqual(['文件', '视图', '窗口', '帮助']);
  });

  it('every label key the menu uses exists in every language and has no placeholder', () => {
    const used = new Set<MenuLabelKey>();
    const spy = (key: MenuLabelKey) => (used.add(key), key);
    for (const platform of PLATFORMS) menuTemplate({ platform, development: true, t: spy });
    expect(used.size).toBeGreaterThan(30);
    for (const [lng, tree] of Object.entries({ en, fr, zh })) {
      const t = menuTranslator({ en: { menu: {} }, fr: tree, zh: tree }, 'fr');
      for (const key of used) {
        expect(t(key), `${lng} ${key}`).not.toBe(key);
        expect(t(key), `${lng} ${key}`).not.toMatch(/\{\{/);
      }
    }
  });
});
