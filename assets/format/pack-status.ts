/**
 * The one answer to "is this pack usable?" (pure: zod only).
 *
 * Each host gathers the facts about a pack folder (the manifest's text, the
 * size and optionally the SHA-256 of every file in it) and this function
 * decides: ready, missing, or invalid with the reason and the files that are
 * wrong. The asset tool, the Electron main process and the web server all
 * call it; the renderer only ever receives its answer.
 */
import { z } from 'zod';
import {
  MANIFEST_FILE,
  PACK_FORMAT,
  PACK_VERSION,
  manifestSchema,
  parseManifest,
} from './manifest';
import type { ColorLevel, PackManifest } from './manifest';

/** What a host found in the pack folder. */
export interface PackFacts {
  /** The manifest's text, or why there is none. */
  manifest:
    | { kind: 'text'; text: string }
    | { kind: 'absent' }
    | { kind: 'unreadable'; code: string }
    /** Bytes that are not UTF-8 text. */
    | { kind: 'notText' };
  /**
   * Regular files in the folder by name: size, and SHA-256 when the host
   * hashed them (hashing is slow, so only the asset tool asks for it).
   */
  files: ReadonlyMap<string, { bytes: number; sha256?: string }>;
}

export const fileProblemSchema = z.object({
  file: z.string(),
  problem: z.enum(['missing', 'size', 'sha256']),
  /** One clause a person can read, e.g. "is 512 bytes; the manifest says 1,024". */
  detail: z.string(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

/**
 * Ready: the globe can be drawn. `damaged` lists the pack files that are
 * wrong but not needed (a color level with an intact one below it, the
 * elevation grid or the normal map); `reason` says it in one sentence.
 */
export type PackVerdict =
  | { state: 'ready'; manifest: PackManifest; damaged: FileProblem[]; reason: string | null }
  | { state: 'missing'; reason: string; files: FileProblem[] }
  | { state: 'invalid'; reason: string; files: FileProblem[] };

/** Every file the manifest refers to, with its recorded size and hash. */
export function packFiles(
  manifest: PackManifest,
): { file: string; bytes: number; sha256: string }[] {
  return [...manifest.color.levels, manifest.elevation, manifest.normal].map(
    ({ file, bytes, sha256 }) => ({ file, bytes, sha256 }),
  );
}

const count = (n: number): string => n.toLocaleString('en-US');

function fileProblems(manifest: PackManifest, files: PackFacts['files']): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const item of packFiles(manifest)) {
    const found = files.get(item.file);
    if (found === undefined) {
      problems.push({ file: item.file, problem: 'missing', detail: 'is missing' });
    } else if (found.bytes !== item.bytes) {
      problems.push({
        file: item.file,
        problem: 'size',
        detail: `is ${count(found.bytes)} bytes; ${MANIFEST_FILE} says ${count(item.bytes)}`,
      });
    } else if (found.sha256 !== undefined && found.sha256 !== item.sha256) {
      problems.push({
        file: item.file,
        problem: 'sha256',
        detail: `does not match its SHA-256 in ${MANIFEST_FILE}`,
      });
    }
  }
  return problems;
}

/** What the globe can still draw from `manifest` when the `damaged` files are left out. */
export function usableLayers(
  manifest: PackManifest,
  damaged: readonly { file: string }[],
): { colorLevels: ColorLevel[]; elevation: boolean; normal: boolean } {
  const bad = new Set(damaged.map((d) => d.file));
  return {
    colorLevels: manifest.color.levels.filter((level) => !bad.has(level.file)),
    elevation: !bad.has(manifest.elevation.file),
    normal: !bad.has(manifest.normal.file),
  };
}

function problemsReason(problems: readonly FileProblem[]): string {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `The pack file ${first.file} ${first.detail}${more}.`;
}

/** A manifest of another format version, named as such rather than as a schema error. */
function versionMismatch(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== PACK_FORMAT || typeof version !== 'number' || version === PACK_VERSION)
    return null;
  return `${MANIFEST_FILE} is pack format version ${JSON.stringify(version)}; this Farside reads version ${PACK_VERSION}`;
}

export function decidePackStatus(facts: PackFacts): PackVerdict {
  const { manifest } = facts;
  if (manifest.kind === 'absent') {
    return {
      state: 'missing',
      reason: `No Moon data pack here (${MANIFEST_FILE} is missing).`,
      files: [],
    };
  }
  if (manifest.kind === 'unreadable') {
    return {
      state: 'invalid',
      reason: `${MANIFEST_FILE} cannot be read (${manifest.code}).`,
      files: [],
    };
  }
  if (manifest.kind === 'notText') {
    return { state: 'invalid', reason: `${MANIFEST_FILE} is not UTF-8 text.`, files: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(manifest.text);
  } catch {
    return { state: 'invalid', reason: `${MANIFEST_FILE} is not valid JSON.`, files: [] };
  }
  const version = versionMismatch(json);
  if (version !== null) return { state: 'invalid', reason: `${version}.`, files: [] };
  const parsed = parseManifest(json);
  if (!parsed.ok) {
    return {
      state: 'invalid',
      reason: `${MANIFEST_FILE} is invalid: ${parsed.reason}.`,
      files: [],
    };
  }
  const problems = fileProblems(parsed.manifest, facts.files);
  if (problems.length === 0) {
    return { state: 'ready', manifest: parsed.manifest, damaged: [], reason: null };
  }
  // Without an intact color level there is no Moon to draw; anything else
  // damaged is left out and the globe shows what is still good.
  if (usableLayers(parsed.manifest, problems).colorLevels.length === 0) {
    return { state: 'invalid', reason: problemsReason(problems), files: problems };
  }
  return {
    state: 'ready',
    manifest: parsed.manifest,
    damaged: problems,
    reason: problemsReason(problems),
  };
}

/**
 * How the app runs decides what fixes a bad pack: a developer runs a
 * command in the repository; someone with an installed app never sees one.
 */
export type HostMode = 'development' | 'packaged';

/** The command a developer runs to build or repair the pack. */
export const FIX_PACK_COMMAND = 'npm run assets';

export function fixFor(mode: HostMode): { fixText: string; fixCommand: string | null } {
  if (mode === 'packaged') {
    return {
      fixText:
        'Reinstall Farside, or choose a folder with Moon Kit files in “Get sharper Moon data”.',
      fixCommand: null,
    };
  }
  return {
    fixText: 'Run this in the Farside folder, then reload:',
    fixCommand: FIX_PACK_COMMAND,
  };
}

/** The verdict as it crosses to the renderer (IPC or the web host's JSON). */
export const packStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    /** URL of the pack root relative to the app shell, ending in '/'. */
    baseUrl: z.string(),
    manifest: manifestSchema,
    /**
     * Files that are wrong but not needed to draw the globe (the renderer
     * leaves them out), with what fixes them; null when the pack is intact.
     */
    damage: z
      .object({
        reason: z.string(),
        files: z.array(fileProblemSchema).min(1),
        fixText: z.string(),
        fixCommand: z.string().nullable(),
      })
      .nullable(),
  }),
  z.object({
    state: z.enum(['missing', 'invalid']),
    /** One sentence a person can read: what is missing or wrong. */
    reason: z.string(),
    /** The files that are wrong, when the manifest itself is fine. */
    files: z.array(fileProblemSchema),
    /** What fixes it, for how this app runs. */
    fixText: z.string(),
    /** The exact command that fixes it, or null when none applies (installed app). */
    fixCommand: z.string().nullable(),
    /** Where the app looked (a folder path). */
    location: z.string(),
  }),
]);
export type PackStatus = z.infer<typeof packStatusSchema>;

/** URL of the pack relative to the app shell (the handler's `/pack/` mount). */
export const PACK_BASE_URL = 'pack/';

export function toPackStatus(verdict: PackVerdict, mode: HostMode, location: string): PackStatus {
  if (verdict.state === 'ready') {
    const damage =
      verdict.damaged.length === 0
        ? null
        : { reason: verdict.reason ?? '', files: verdict.damaged, ...fixFor(mode) };
    return { state: 'ready', baseUrl: PACK_BASE_URL, manifest: verdict.manifest, damage };
  }
  return { ...verdict, ...fixFor(mode), location };
}
