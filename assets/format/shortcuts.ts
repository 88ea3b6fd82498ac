/**
 * The one table of Farside's actions and their keys. The renderer's key
 * handler dispatches through it, the help dialog and the README's key list
 * are rendered from it, and the application menu takes its accelerators
 * from it, so none of them can drift from the others. Pure: no DOM, no
 * Electron; labels are i18n keys (renderer/i18n/locales/*.json).
 */
import { z } from 'zod';

/** A key as `KeyboardEvent.key`, with Ctrl (Cmd on macOS) or not. */
export interface KeyChord {
  /** `KeyboardEvent.key`; a single letter matches either case. */
  key: string;
  /** Ctrl, or Cmd on macOS (Electron's `CmdOrCtrl`). */
  mod?: boolean;
  /** Works, but not listed (`=` for `+`, `_` for `−`). */
  alias?: boolean;
}

export const SHORTCUT_GROUPS = ['view', 'layers', 'light', 'pictures', 'general'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/**
 * Where a kiosk allows the action: everywhere, only when its picture policy
 * allows saving, or never (a kiosk opens no file and has no settings).
 */
export type KioskRule = 'allowed' | 'pictures' | 'never';

export interface ShortcutDef {
  /** The action's id: what key handler, menu and IPC carry. */
  id: string;
  keys: readonly KeyChord[];
  /** i18n key of the action's description (help dialog, README). */
  label: string;
  group: ShortcutGroup;
  /** 'allowed' when absent. */
  kiosk?: KioskRule;
}

/**
 * Every action, in the order the help dialog lists them. An action with no
 * keys is the application menu's only (electron/pure/menu.ts); a test checks
 * that every action has a key or a menu item.
 */
export const SHORTCUTS = [
  { id: 'turnLeft', keys: [{ key: 'ArrowLeft' }], label: 'action.turn', group: 'view' },
  { id: 'turnRight', keys: [{ key: 'ArrowRight' }], label: 'action.turn', group: 'view' },
  { id: 'turnUp', keys: [{ key: 'ArrowUp' }], label: 'action.turn', group: 'view' },
  { id: 'turnDown', keys: [{ key: 'ArrowDown' }], label: 'action.turn', group: 'view' },
  {
    id: 'zoomIn',
    keys: [{ key: '+' }, { key: '=', alias: true }],
    label: 'action.zoom',
    group: 'view',
  },
  {
    id: 'zoomOut',
    keys: [{ key: '-' }, { key: '_', alias: true }],
    label: 'action.zoom',
    group: 'view',
  },
  { id: 'nearSide', keys: [{ key: 'n' }], label: 'action.nearSide', group: 'view' },
  { id: 'farSide', keys: [{ key: 'f' }], label: 'action.farSide', group: 'view' },
  { id: 'resetView', keys: [{ key: 'r' }], label: 'action.reset', group: 'view' },
  {
    id: 'search',
    keys: [{ key: '/' }, { key: 'f', mod: true }],
    label: 'action.search',
    group: 'view',
  },
  { id: 'places', keys: [{ key: 'p' }], label: 'action.places', group: 'layers' },
  { id: 'toggleGrid', keys: [{ key: 'g' }], label: 'action.grid', group: 'layers' },
  { id: 'toggleBoundary', keys: [{ key: 'b' }], label: 'action.boundary', group: 'layers' },
  { id: 'toggleNames', keys: [{ key: 't' }], label: 'action.names', group: 'layers' },
  { id: 'toggleSites', keys: [], label: 'action.sites', group: 'layers' },
  { id: 'lightMode', keys: [{ key: 's' }], label: 'action.lightMode', group: 'light' },
  { id: 'seenFromEarth', keys: [{ key: 'e' }], label: 'action.seenFromEarth', group: 'light' },
  { id: 'hourBack', keys: [{ key: '[' }], label: 'action.timeHour', group: 'light' },
  { id: 'hourForward', keys: [{ key: ']' }], label: 'action.timeHour', group: 'light' },
  { id: 'dayBack', keys: [{ key: '{' }], label: 'action.timeDay', group: 'light' },
  { id: 'dayForward', keys: [{ key: '}' }], label: 'action.timeDay', group: 'light' },
  {
    id: 'savePicture',
    keys: [{ key: 's', mod: true }],
    label: 'action.savePicture',
    group: 'pictures',
    kiosk: 'pictures',
  },
  {
    id: 'openPicture',
    keys: [{ key: 'o', mod: true }],
    label: 'action.openPicture',
    group: 'pictures',
    kiosk: 'never',
  },
  { id: 'copyLink', keys: [{ key: 'l' }], label: 'action.copyLink', group: 'pictures' },
  {
    id: 'settings',
    keys: [{ key: ',', mod: true }],
    label: 'action.settings',
    group: 'general',
    kiosk: 'never',
  },
  { id: 'help', keys: [{ key: '?' }, { key: 'F1' }], label: 'action.help', group: 'general' },
  { id: 'escape', keys: [{ key: 'Escape' }], label: 'action.escape', group: 'general' },
  { id: 'sharperData', keys: [], label: 'action.sharperData', group: 'general', kiosk: 'never' },
  { id: 'about', keys: [], label: 'action.about', group: 'general', kiosk: 'never' },
] as const satisfies readonly ShortcutDef[];

export type Shortcut = (typeof SHORTCUTS)[number];
export type ActionId = Shortcut['id'];
/** The i18n keys the table uses (the renderer checks them against its resources). */
export type ShortcutLabel = Shortcut['label'];

export const ACTION_IDS = SHORTCUTS.map((s) => s.id) as [ActionId, ...ActionId[]];

/**
 * The payload of the menu → renderer event (electron/ipc/contract.ts): one
 * action of this table. The renderer parses every payload with it before
 * running anything.
 */
export const menuActionSchema = z.strictObject({ action: z.enum(ACTION_IDS) });
export type MenuActionPayload = z.infer<typeof menuActionSchema>;

export const shortcutById = (id: ActionId): Shortcut =>
  SHORTCUTS.find((s) => s.id === id) as Shortcut;

/** The parts of a `KeyboardEvent` a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const sameKey = (a: string, b: string) =>
  a === b || (a.length === 1 && b.length === 1 && a.toLowerCase() === b.toLowerCase());

/**
 * The action a key press means, if any. Shift is not part of a plain key's
 * chord (`?`, `+`, `{` need it on most layouts, and Shift+arrow is a bigger
 * step) and must not be held with Ctrl/Cmd; Alt never is part of one.
 * Plain keys do nothing while the user types in a form control; Ctrl/Cmd
 * chords work there too.
 */
export function matchShortcut(press: KeyPress, typing: boolean): Shortcut | undefined {
  if (press.altKey) return undefined;
  const mod = press.ctrlKey || press.metaKey;
  if (mod ? press.shiftKey : typing) return undefined;
  return SHORTCUTS.find((s) =>
    s.keys.some((chord: KeyChord) => (chord.mod ?? false) === mod && sameKey(chord.key, press.key)),
  );
}

/** Whether a kiosk runs the action (`picturesAllowed`: its picture policy lets visitors save). */
export function kioskAllows(shortcut: ShortcutDef, picturesAllowed: boolean): boolean {
  const rule = shortcut.kiosk ?? 'allowed';
  return rule === 'allowed' || (rule === 'pictures' && picturesAllowed);
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  '-': '−',
  Escape: 'Esc',
};

/** A chord as people read it: `N`, `←`, `Ctrl+S`, `⌘S` on macOS. */
export function chordLabel(chord: KeyChord, mac: boolean): string {
  const key =
    KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  if (!chord.mod) return key;
  return mac ? `⌘${key}` : `Ctrl+${key}`;
}

/** One line of the key list: the keys of every action sharing a label. */
export interface ShortcutRow {
  label: ShortcutLabel;
  group: ShortcutGroup;
  /** `← / → / ↑ / ↓`, `F1, ?`: actions apart by ` / `, a key's alternatives by `, `. */
  keys: string;
}

/** The key list, in table order, actions with the same label on one row; aliases left out. */
export function shortcutRows(mac: boolean): ShortcutRow[] {
  const rows: { label: ShortcutLabel; group: ShortcutGroup; keys: string[] }[] = [];
  for (const s of SHORTCUTS) {
    const chords = (s.keys as readonly KeyChord[]).filter((c) => !c.alias);
    if (chords.length === 0) continue;
    const keys = chords.map((c) => chordLabel(c, mac)).join(', ');
    const row = rows.find((r) => r.label === s.label);
    if (row) row.keys.push(keys);
    else rows.push({ label: s.label, group: s.group, keys: [keys] });
  }
  return rows.map((r) => ({ label: r.label, group: r.group, keys: r.keys.join(' / ') }));
}

/** Electron accelerator key codes for the `KeyboardEvent.key` values that differ. */
const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  '+': 'Plus',
  ' ': 'Space',
};

/** Electron's accelerator string for a chord (https://www.electronjs.org/docs/latest/api/accelerator). */
export function acceleratorOf(chord: KeyChord): string {
  const key =
    ACCELERATOR_KEYS[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return chord.mod ? `CmdOrCtrl+${key}` : key;
}

/** How a menu item shows (and whether it takes) the action's first listed key. */
export interface MenuAccelerator {
  accelerator: string;
  /** False: shown in the menu, but the key stays the renderer's (Windows/Linux only). */
  registerAccelerator: boolean;
}

const isFunctionKey = (key: string) => /^F([1-9]|1[0-9]|2[0-4])$/.test(key);

/**
 * The menu accelerator of an action. A Ctrl/Cmd chord or a function key is
 * the menu's own. A bare character must never be a registered accelerator:
 * the menu would take it before any text field, and nobody could type an
 * `n` in the search box. On Windows and Linux it is shown with
 * `registerAccelerator: false` (the renderer's key handler still acts on
 * it); macOS ignores that flag
 * (https://github.com/electron/electron/issues/18295), so it shows none.
 */
export function menuAccelerator(shortcut: ShortcutDef, mac: boolean): MenuAccelerator | null {
  const chords = shortcut.keys.filter((c) => !c.alias);
  const own = chords.find((c) => c.mod || isFunctionKey(c.key));
  if (own) return { accelerator: acceleratorOf(own), registerAccelerator: true };
  const first = chords[0];
  if (!first || mac) return null;
  return { accelerator: acceleratorOf(first), registerAccelerator: false };
}

/** The key people are told about for an action (its first listed chord), e.g. `P`, `⌘S`. */
export function keyLabelOf(id: ActionId, mac: boolean): string {
  const chord = (shortcutById(id).keys as readonly KeyChord[]).find((c) => !c.alias);
  return chord ? chordLabel(chord, mac) : '';
}
