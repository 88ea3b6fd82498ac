/**
 * The shortcut table: no key means two things, every label is a real
 * string in every language, accelerators are what Electron accepts, the
 * key matching follows the rules people rely on (no plain keys while
 * typing, Shift for `?`), and the README's key list is the table's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SHORTCUTS,
  acceleratorOf,
  chordLabel,
  kioskAllows,
  matchShortcut,
  menuAccelerator,
  shortcutById,
  shortcutRows,
  type KeyChord,
  type KeyPress,
} from '../../../../assets/format/shortcuts';
import en from '../../../../renderer/i18n/locales/en.json';
import fr from '../../../../renderer/i18n/locales/fr.json';
import zh from '../../../../renderer/i18n/locales/zh.json';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const chords = (): { id: string; chord: KeyChord }[] =>
  SHORTCUTS.flatMap((s) => (s.keys as readonly KeyChord[]).map((chord) => ({ id: s.id, chord })));

describe('the shortcut table', () => {
  it('binds no key (case-insensitively, with or without Ctrl/Cmd) to two actions', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { id, chord } of chords()) {
      const name = `${chord.mod ? 'mod+' : ''}${chord.key.length === 1 ? chord.key.toLowerCase() : chord.key}`;
      const other = seen.get(name);
      if (other !== undefined && other !== id) clashes.push(`${name}: ${other} and ${id}`);
      seen.set(name, id);
    }
    expect(clashes).toEqual([]);
  });

  it('has unique action ids; an action with keys lists at least one (menu-only ones have none)', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keyless = SHORTCUTS.filter((s) => s.keys.length === 0).map((s) => s.id);
    // test/unit/electron/pure/menu.test.ts checks each of these is in the menu.
    expect(keyless).toEqual(['toggleSites', 'sharperData', 'about']);
    for (const s of SHORTCUTS) {
      if (s.keys.length === 0) continue;
      const listed = (s.keys as readonly KeyChord[]).filter((c) => !c.alias);
      expect(listed.length, s.id).toBeGreaterThan(0);
    }
  });

  it('labels every action with a string that exists in English, French and Chinese', () => {
    for (const s of SHORTCUTS) {
      for (const [lng, tree] of Object.entries({ en, fr, zh })) {
        expect(lookup(tree as Tree, s.label), `${lng} ${s.label}`).toBeTruthy();
      }
    }
  });

  it('keys are KeyboardEvent.key values: one character, or a named key', () => {
    const named = /^(Arrow(Left|Right|Up|Down)|Escape|F([1-9]|1[0-2]))$/;
    for (const { id, chord } of chords()) {
      expect([...chord.key].length === 1 || named.test(chord.key), `${id}: ${chord.key}`).toBe(
        true,
      );
    }
  });
});

describe('matching a key press', () => {
  it('finds the action of a plain key in either case, and of Ctrl or Cmd chords', () => {
    expect(matchShortcut(press('f'), false)?.id).toBe('farSide');
    expect(matchShortcut(press('F', { shiftKey: true }), false)?.id).toBe('farSide');
    expect(matchShortcut(press('f', { ctrlKey: true }), false)?.id).toBe('search');
    expect(matchShortcut(press('s', { metaKey: true }), false)?.id).toBe('savePicture');
    expect(matchShortcut(press('o', { ctrlKey: true }), false)?.id).toBe('openPicture');
    expect(matchShortcut(press('ArrowLeft', { shiftKey: true }), false)?.id).toBe('turnLeft');
    expect(matchShortcut(press('=', {}), false)?.id).toBe('zoomIn');
    expect(matchShortcut(press('F1'), false)?.id).toBe('help');
  });

  it('takes ? and { as typed (Shift held), but not Ctrl+Shift chords or Alt', () => {
    expect(matchShortcut(press('?', { shiftKey: true }), false)?.id).toBe('help');
    expect(matchShortcut(press('{', { shiftKey: true }), false)?.id).toBe('dayBack');
    expect(matchShortcut(press('S', { ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(matchShortcut(press('n', { altKey: true }), false)).toBeUndefined();
    // The kiosk operator's Ctrl+Alt+Shift+Q stays the kiosk's own (renderer/kiosk/useExitGesture.ts).
    expect(
      matchShortcut(press('Q', { ctrlKey: true, altKey: true, shiftKey: true }), false),
    ).toBeUndefined();
    expect(matchShortcut(press('n', { ctrlKey: true }), false)).toBeUndefined();
    expect(matchShortcut(press('x'), false)).toBeUndefined();
  });

  it('ignores plain keys while the user types, but not Ctrl/Cmd chords', () => {
    expect(matchShortcut(press('n'), true)).toBeUndefined();
    expect(matchShortcut(press('Escape'), true)).toBeUndefined();
    expect(matchShortcut(press('s', { ctrlKey: true }), true)?.id).toBe('savePicture');
  });
});

describe('kiosk policy', () => {
  it('never opens a file or settings, saves only when allowed, runs the rest', () => {
    expect(kioskAllows(shortcutById('openPicture'), true)).toBe(false);
    expect(kioskAllows(shortcutById('settings'), true)).toBe(false);
    expect(kioskAllows(shortcutById('savePicture'), false)).toBe(false);
    expect(kioskAllows(shortcutById('savePicture'), true)).toBe(true);
    expect(kioskAllows(shortcutById('farSide'), false)).toBe(true);
  });
});

describe('how keys are shown', () => {
  it('names keys as people read them, with ⌘ on macOS', () => {
    expect(chordLabel({ key: 'n' }, false)).toBe('N');
    expect(chordLabel({ key: 'ArrowUp' }, false)).toBe('↑');
    expect(chordLabel({ key: '-' }, false)).toBe('−');
    expect(chordLabel({ key: 's', mod: true }, false)).toBe('Ctrl+S');
    expect(chordLabel({ key: 's', mod: true }, true)).toBe('⌘S');
  });

  it('lists actions sharing a label on one row, aliases left out', () => {
    const rows = shortcutRows(false);
    expect(rows.find((r) => r.label === 'action.turn')?.keys).toBe('← / → / ↑ / ↓');
    expect(rows.find((r) => r.label === 'action.zoom')?.keys).toBe('+ / −');
    expect(rows.find((r) => r.label === 'action.search')?.keys).toBe('/, Ctrl+F');
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
  });
});

// https://www.electronjs.org/docs/latest/api/accelerator: modifiers joined by
// '+', then one key code.
const ACCELERATOR =
  /^((CmdOrCtrl|CommandOrControl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)*([0-9A-Z]|F([1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|[)!@#$%^&*(:;<,_\-.>?/~`{\][|\\}"=])$/;

describe('menu accelerators', () => {
  it('are well-formed Electron accelerators for every key in the table', () => {
    for (const { id, chord } of chords()) expect(acceleratorOf(chord), id).toMatch(ACCELERATOR);
    expect(acceleratorOf({ key: 's', mod: true })).toBe('CmdOrCtrl+S');
    expect(acceleratorOf({ key: '+' })).toBe('Plus');
    expect(acceleratorOf({ key: 'ArrowLeft' })).toBe('Left');
  });

  it('never register a bare character (the menu would take it from text fields)', () => {
    for (const mac of [true, false]) {
      for (const s of SHORTCUTS) {
        const a = menuAccelerator(s, mac);
        if (a?.registerAccelerator) expect(a.accelerator, s.id).toMatch(/^(CmdOrCtrl\+|F\d)/);
        if (mac) expect(a === null || a.registerAccelerator, s.id).toBe(true);
      }
    }
    expect(menuAccelerator(shortcutById('savePicture'), true)).toEqual({
      accelerator: 'CmdOrCtrl+S',
      registerAccelerator: true,
    });
    expect(menuAccelerator(shortcutById('help'), true)?.accelerator).toBe('F1');
    expect(menuAccelerator(shortcutById('farSide'), true)).toBeNull();
    expect(menuAccelerator(shortcutById('farSide'), false)).toEqual({
      accelerator: 'F',
      registerAccelerator: false,
    });
  });
});

describe("the README's key list", () => {
  it('is the table, row for row, in English', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- shortcuts:[^>]*-->([\s\S]*?)<!-- \/shortcuts -->/.exec(readme)?.[1];
    expect(section, 'README.md has no <!-- shortcuts --> section').toBeDefined();
    const listed = section!
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
      .slice(2); // header and rule
    const expected = shortcutRows(false).map((r) => [r.keys, lookup(en as Tree, r.label)]);
    expect(listed).toEqual(expected);
  });
});
