/**
 * What Farside remembers between runs (pure: zod only). One schema for both
 * stores: a JSON file in the user-data folder (Electron main,
 * electron/node/settings-file.ts) and `localStorage` (web mode,
 * renderer/bridge/web.ts).
 *
 * - `window`: the main window's last bounds (Electron only; restored onto a
 *   display that still exists, electron/pure/window-bounds.ts).
 * - `view`: the last view, as the one view codec's fragment
 *   (assets/format/view.ts) — camera, layers (names included), relief,
 *   light mode and time.
 * - `language` (null: follow the system), `units`.
 *
 * Reading is forgiving field by field: a field that is missing or invalid
 * takes its default and the others are kept, so one bad value never costs
 * the rest. Text that is not JSON, or not an object, costs everything; the
 * stores then keep the original aside as a backup and tell the person once.
 */
import { z } from 'zod';
import { LANGUAGES } from './language';
import { formatViewFragment, parseViewFragment, type View } from './view';

export const SETTINGS_VERSION = 1;

/** Distances in kilometres (heights in metres) or miles (heights in feet). */
export const UNIT_SYSTEMS = ['km', 'mi'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

/** Screen rectangle in device-independent pixels (Electron's `Rectangle`). */
export const windowBoundsSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** Longest view fragment accepted (a real one is under 200 characters). */
const VIEW_MAX_CHARS = 1000;

const viewFragmentSchema = z
  .string()
  .max(VIEW_MAX_CHARS)
  .refine((text) => parseViewFragment(text).ok, 'not a valid view');

/** Each field with its default: a bad field falls back alone. */
const fields = {
  window: windowBoundsSchema.nullable(),
  view: viewFragmentSchema.nullable(),
  language: z.enum(LANGUAGES).nullable(),
  units: z.enum(UNIT_SYSTEMS),
} as const;

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  ...fields,
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof typeof fields;
export const SETTINGS_FIELDS = Object.keys(fields) as SettingsField[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  window: null,
  view: null,
  language: null,
  units: 'km',
});

/**
 * What reading stored settings found: `ok` (or `missing`: nothing stored
 * yet) loses nothing; `repaired` lost the fields named; `unreadable` lost
 * everything (not JSON, or not an object).
 */
export type SettingsReadState = 'ok' | 'missing' | 'repaired' | 'unreadable';

export interface SettingsRead {
  settings: Settings;
  state: SettingsReadState;
  /** Fields that were present but invalid, now at their defaults. */
  droppedFields: SettingsField[];
}

/** Read settings from stored text (null: nothing stored). Never throws. */
export function readSettings(text: string | null): SettingsRead {
  if (text === null)
    return { settings: { ...DEFAULT_SETTINGS }, state: 'missing', droppedFields: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return unreadable();
  }
  return readSettingsValue(value);
}

/** The same, for an already-parsed value (e.g. a JSON file read by main). */
export function readSettingsValue(value: unknown): SettingsRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return unreadable();
  const record = value as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const droppedFields: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in record)) continue; // older files lack newer fields: defaults, nothing lost
    const parsed = fields[field].safeParse(record[field]);
    if (parsed.success) (settings as Record<SettingsField, unknown>)[field] = parsed.data;
    else droppedFields.push(field);
  }
  return { settings, state: droppedFields.length > 0 ? 'repaired' : 'ok', droppedFields };
}

function unreadable(): SettingsRead {
  return { settings: { ...DEFAULT_SETTINGS }, state: 'unreadable', droppedFields: [] };
}

/** Whether reading lost something the person had chosen (so the stores keep a backup and say so). */
export function lostSomething(read: SettingsRead): boolean {
  return read.state === 'repaired' || read.state === 'unreadable';
}

/** Stored text of settings (validated first: nothing invalid is ever written). */
export function writeSettings(settings: Settings): string {
  return `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`;
}

/** The view to remember: the view codec's fragment, without the selection (a panel left open). */
export function viewForSettings(view: View): string {
  return formatViewFragment({ ...view, selected: null });
}

/**
 * Told once after a load that lost something: 'repaired' (the fields named
 * are back to their defaults) or 'unreadable' (everything is). `backup` says
 * where the original was kept: a file path (Electron) or a localStorage key
 * (web); null if even that failed.
 */
export const settingsNoticeSchema = z.strictObject({
  state: z.enum(['repaired', 'unreadable']),
  droppedFields: z.array(z.enum(SETTINGS_FIELDS as [SettingsField, ...SettingsField[]])),
  backup: z.string().max(4096).nullable(),
});
export type SettingsNotice = z.infer<typeof settingsNoticeSchema>;

export const loadedSettingsSchema = z.strictObject({
  settings: settingsSchema,
  notice: settingsNoticeSchema.nullable(),
  /** Where they are kept, for the Settings dialog and the README: a file path or a storage key. */
  location: z.string().max(4096),
});
export type LoadedSettings = z.infer<typeof loadedSettingsSchema>;

/** What the renderer may change: everything but the window, which main keeps. */
export const settingsPatchSchema = z.strictObject(fields).omit({ window: true }).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Apply a change; the result is validated. */
export function patchSettings(settings: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...settings, ...settingsPatchSchema.parse(patch) });
}
