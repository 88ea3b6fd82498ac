/**
 * "Get sharper Moon data" as it crosses between renderer and host (IPC or
 * web mode's JSON): what can be fetched, the request, the job's state.
 * Words are the renderer's (it translates); these carry facts and codes.
 * Pure: zod only.
 */
import { z } from 'zod';

export const upgradeItemSchema = z.object({
  /** Catalog file name, e.g. lroc_color_poles_4k.tif. */
  name: z.string(),
  kind: z.enum(['color', 'elevation']),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  /** Relief stored as float kilometres (twice the bytes of the integer file). */
  float: z.boolean(),
  /** Download size, or null when NASA publishes none. */
  bytes: z.number().int().positive().nullable(),
});
export type UpgradeItem = z.infer<typeof upgradeItemSchema>;

/** What each command of a checkout does; the renderer words it. */
export const upgradeCommandSchema = z.object({
  command: z.string(),
  does: z.enum(['default', 'color8k', 'fromFolder']),
});
export type UpgradeCommand = z.infer<typeof upgradeCommandSchema>;

export const upgradeOfferSchema = z.object({
  /**
   * `download`: this host downloads, builds and swaps the pack itself;
   * `commands`: it cannot (plain web mode), so the dialog explains the commands.
   */
  mode: z.enum(['download', 'commands']),
  /** Whether the host can take a folder of kit files already on disk. */
  canChooseFolder: z.boolean(),
  /** Files sharper than what shows now. */
  items: z.array(upgradeItemSchema),
  /** The equivalent commands, for a development checkout (empty when packaged). */
  commands: z.array(upgradeCommandSchema),
});
export type UpgradeOffer = z.infer<typeof upgradeOfferSchema>;

const kitName = z
  .string()
  .max(64)
  .regex(/^[a-z0-9_]+\.(tif|jpg)$/, 'must be a kit file name');

export const upgradeRequestSchema = z
  .object({ color: kitName.optional(), elevation: kitName.optional() })
  .strict()
  .refine((r) => r.color !== undefined || r.elevation !== undefined, 'choose at least one file');
export type UpgradeRequest = z.infer<typeof upgradeRequestSchema>;

/**
 * Why a job failed, as the dialog explains it:
 * - `offline`: no network (the dialog offers kit files on disk);
 * - `server`: the server answered, but not with the file;
 * - `verify`: a file is not the NASA original (size or SHA-256);
 * - `diskFull`: no space left; `unwritable`: a folder cannot be written;
 * - `notKit`: the chosen folder holds no usable kit files;
 * - `other`: anything else (the detail says what).
 */
export const upgradeProblemSchema = z.enum([
  'offline',
  'server',
  'verify',
  'diskFull',
  'unwritable',
  'notKit',
  'other',
]);
export type UpgradeProblem = z.infer<typeof upgradeProblemSchema>;

export const upgradeStateSchema = z.object({
  phase: z.enum(['idle', 'downloading', 'building', 'done', 'failed', 'cancelled']),
  /** The file being downloaded. */
  file: z.string().nullable(),
  doneBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative().nullable(),
  /** Set when `phase` is `failed`. */
  problem: upgradeProblemSchema.nullable(),
  /** The technical one-liner behind a failure (English, shown as a detail). */
  detail: z.string(),
  /** Counts jobs started, so a page can tell a new "done" from an old one. */
  run: z.number().int().nonnegative(),
});
export type UpgradeState = z.infer<typeof upgradeStateSchema>;

export const IDLE_UPGRADE: UpgradeState = {
  phase: 'idle',
  file: null,
  doneBytes: 0,
  totalBytes: null,
  problem: null,
  detail: '',
  run: 0,
};

/** The job is working (the dialog shows progress and Cancel). */
export function isUpgradeRunning(state: UpgradeState): boolean {
  return state.phase === 'downloading' || state.phase === 'building';
}
