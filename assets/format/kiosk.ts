/**
 * Museum kiosk configuration (pure: zod only; no DOM, React, three.js or Node).
 *
 * One JSON file (`--kiosk-config PATH`, or `kiosk.json` in the app's
 * user-data folder) says how an unattended kiosk behaves. Every key is
 * optional and documented below; a missing key takes its default. A file
 * that does not validate is never fatal: `parseKioskConfig` keeps every
 * valid top-level key, replaces each invalid one by its default and names it
 * in `problems`, which the kiosk shows on screen.
 *
 * Tour stops and the home view are views in the one view format
 * (assets/format/view.ts): a site id (`"apollo-11"`), an address fragment
 * (`"#lat=0&lon=180&alt=4000"`), or a partial view JSON object whose missing
 * fields take their `DEFAULT_VIEW` values.
 */
import { z } from 'zod';
import { DEFAULT_VIEW, parseViewFragment, parseViewJson, type View } from './view';

/** A place id from the site catalog or the gazetteer (checked by the renderer, which knows them). */
const PLACE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export type ViewSpec = { kind: 'site'; id: string } | { kind: 'view'; view: View };

/** A view as the config spells it: a site id, a fragment, or partial view JSON. */
export const viewSpecSchema = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((value, ctx): ViewSpec => {
    if (typeof value === 'string') {
      if (!value.startsWith('#') && PLACE_ID.test(value)) return { kind: 'site', id: value };
      const parsed = parseViewFragment(value);
      if (parsed.ok) return { kind: 'view', view: parsed.view };
      ctx.addIssue({
        code: 'custom',
        message: `not a site id or a view fragment (${parsed.reason})`,
      });
      return z.NEVER;
    }
    const parsed = parseViewJson({ ...DEFAULT_VIEW, ...value });
    if (parsed.ok) return { kind: 'view', view: parsed.view };
    ctx.addIssue({ code: 'custom', message: `not a valid view (${parsed.reason})` });
    return z.NEVER;
  });

const seconds = (min: number, max: number) =>
  z
    .number({ error: `must be a number of seconds from ${min} to ${max}` })
    .min(min, `must be at least ${min} seconds`)
    .max(max, `must be at most ${max} seconds`);

export const tourStopSchema = z.union([
  viewSpecSchema,
  z.strictObject({
    /** The view of this stop: a site id, a fragment or partial view JSON. */
    view: viewSpecSchema,
    /** Caption shown at this stop; a site stop defaults to the site's name. */
    caption: z.string().max(200).optional(),
    /** Seconds this stop stays on screen (default: the tour's `dwellSeconds`). */
    dwellSeconds: seconds(1, 600).optional(),
  }),
]);

export const controlsSchema = z.strictObject({
  /** The toolbar (near side, far side, reset, relief). */
  toolbar: z.boolean().default(true),
  /** The "Places" panel with the site and layer toggles. */
  places: z.boolean().default(true),
  /** The relief (vertical exaggeration) slider. */
  relief: z.boolean().default(true),
  /** The help button and panel (keyboard shortcuts; rarely useful on a touch screen). */
  help: z.boolean().default(false),
  /** The lat/lon and elevation readout under the pointer. */
  readout: z.boolean().default(false),
  /** The status bar (credits stay visible elsewhere). */
  statusBar: z.boolean().default(true),
});

export const DEFAULT_TOUR_STOPS = [
  'apollo-11',
  'mons-rumker',
  '#lat=0&lon=180&alt=5560',
  'south-pole-aitken',
  'change-6',
] as const;

export const kioskConfigSchema = z.strictObject({
  /** Seconds without any touch, click, key or wheel before the countdown starts. */
  idleSeconds: seconds(2, 3600).default(90),
  /** Length of the visible countdown ("Returning to the tour in 10…") before the reset. */
  countdownSeconds: seconds(1, 120).default(10),
  /** The view every reset returns to (camera, layers, selection, relief, light). */
  home: viewSpecSchema.prefault(''),
  tour: z
    .strictObject({
      /** Stops of the attract tour, visited in order and then again from the first. */
      stops: z
        .array(tourStopSchema)
        .min(1, 'must list at least one stop')
        .prefault([...DEFAULT_TOUR_STOPS]),
      /** Seconds each stop stays on screen once the camera arrives. */
      dwellSeconds: seconds(1, 600).default(12),
      /** Seconds a flight between two stops takes (slow is calmer). */
      transitionSeconds: seconds(0.5, 60).default(6),
    })
    .prefault({}),
  /** Interface language (BCP 47 tag such as "en", "fr", "zh"); a reset returns to it. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh')
    .default('en'),
  /** Which controls visitors see. */
  controls: controlsSchema.prefault({}),
  /** Larger text and controls for reading from a distance. */
  largeType: z.boolean().default(false),
  /** Seconds the "touch and drag to turn the Moon" hint shows to each new visitor (0 = never). */
  hintSeconds: seconds(0, 60).default(8),
  pictures: z
    .strictObject({
      /** Whether visitors may save pictures of the view. */
      allowSave: z.boolean().default(false),
      /** Folder the pictures are written to (desktop app); null = the app's default. */
      directory: z.string().min(1).nullable().default(null),
    })
    .prefault({}),
  /**
   * Digits (4 to 12) the operator types after the hidden exit gesture (five
   * quick taps in the top-left corner, or Ctrl+Alt+Shift+Q). null: the kiosk
   * cannot be left from the screen at all.
   */
  exitPin: z
    .string()
    .regex(/^\d{4,12}$/, 'must be 4 to 12 digits in quotes, such as "2468"')
    .nullable()
    .default(null),
  restart: z
    .strictObject({
      /** Reload the window when its renderer crashes, hangs or the GPU process dies. */
      enabled: z.boolean().default(true),
      /** Wait before the first reload (seconds); doubles on each crash in a row. */
      initialDelaySeconds: seconds(0.1, 60).default(1),
      /** Longest wait between reloads (seconds). */
      maxDelaySeconds: seconds(1, 3600).default(60),
      /** Seconds of healthy running after which the wait starts again from the first delay. */
      stableSeconds: seconds(10, 86400).default(300),
    })
    .prefault({}),
  /** Keep the display awake (Electron's powerSaveBlocker). */
  keepAwake: z.boolean().default(true),
});

export type KioskConfig = z.output<typeof kioskConfigSchema>;
export type KioskConfigInput = z.input<typeof kioskConfigSchema>;
export type TourStop = z.output<typeof tourStopSchema>;

export const DEFAULT_KIOSK_CONFIG: KioskConfig = kioskConfigSchema.parse({});

export type KioskConfigResult = {
  config: KioskConfig;
  /** One line per problem, each starting with the offending key (`tour.dwellSeconds: …`). */
  problems: string[];
};

function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const parent = keyPath(issue.path);
    return issue.keys
      .map((k) => `${parent ? `${parent}.` : ''}${k}: unknown key (it is ignored)`)
      .join('\n');
  }
  return `${keyPath(issue.path) || '(file)'}: ${issue.message}`;
}

/**
 * Validate a parsed kiosk file. Never throws: each invalid top-level key
 * falls back to its default (a partly valid `tour` keeps nothing of itself,
 * so a tour is never half-applied) and is named in `problems`.
 */
export function parseKioskConfig(value: unknown): KioskConfigResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      config: DEFAULT_KIOSK_CONFIG,
      problems: ['(file): must be a JSON object such as { "idleSeconds": 90 }'],
    };
  }
  const result = kioskConfigSchema.safeParse(value);
  if (result.success) return { config: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => describe(issue).split('\n'));
  const bad = new Set(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.path.length === 0
        ? issue.keys
        : issue.path.length > 0
          ? [String(issue.path[0])]
          : [],
    ),
  );
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => !bad.has(key)));
  const retry = kioskConfigSchema.safeParse(kept);
  return { config: retry.success ? retry.data : DEFAULT_KIOSK_CONFIG, problems };
}

/** Read a kiosk file's text: JSON errors are reported like any other problem. */
export function parseKioskConfigText(text: string): KioskConfigResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      config: DEFAULT_KIOSK_CONFIG,
      problems: [`(file): not valid JSON (${(error as Error).message})`],
    };
  }
  return parseKioskConfig(value);
}

/** Kiosk mode as the host read it (assets/format/kiosk.ts); the PIN never crosses. */
export const kioskStatusSchema = z.object({
  enabled: z.boolean(),
  /** The file read, or null for built-in defaults. */
  source: z.string().nullable(),
  /** The file's settings without `exitPin`; the renderer parses them with the same schema. */
  settings: z.record(z.string(), z.unknown()),
  /** One line per problem, each naming the offending key; shown on screen. */
  problems: z.array(z.string()),
  /** Whether an operator exit PIN is configured (else the kiosk cannot be left on screen). */
  exitPinSet: z.boolean(),
});

/** The operator exit: the host checks the PIN. */
export const kioskExitRequestSchema = z.object({ pin: z.string().max(32) });
export const kioskExitResponseSchema = z.object({
  ok: z.boolean(),
  /** Seconds before another PIN is accepted (0 = now). */
  retryAfterSeconds: z.number().nonnegative(),
  reason: z.enum(['ok', 'wrong', 'locked', 'disabled', 'not-kiosk']),
});

export type KioskStatus = z.output<typeof kioskStatusSchema>;
export type KioskExitResult = z.output<typeof kioskExitResponseSchema>;

/** What a host answers when kiosk mode is off. */
export const KIOSK_OFF: KioskStatus = Object.freeze({
  enabled: false,
  source: null,
  settings: {},
  problems: [],
  exitPinSet: false,
});
