/**
 * Progressive loading of the pack into the globe, started as soon as the
 * manifest arrives, in parallel with mounting the 3D scene:
 *  1. the small color level, the elevation grid and the normal map are
 *     fetched and decoded at once (decoding needs no GPU), so the first lit
 *     frame waits only for the slower of "data ready" and "scene ready";
 *  2. once the canvas reports the GPU's MAX_TEXTURE_SIZE, the best color
 *     level it allows is fetched, and decoded after the first layers.
 * Progress is counted in bytes against the sizes the manifest declares and
 * published at most every PROGRESS_MS (not once per network chunk).
 */
import type { PackManifest } from '../../assets/format/manifest';
import { message, type Message } from '../i18n/message';
import { useLoading } from '../state/loading';
import { useMoon } from '../state/moon';
import { fetchWithProgress, PackFileError } from './fetchWithProgress';
import { gpuLimits, knownGpuLimits, probeGpuLimits } from './gpuLimits';
import { usableLayers } from '../../assets/format/pack-status';
import { flatElevation, flatNormalTexture } from './fallbackLayers';
import { bestColorLevel, decodeElevationLayer, decodeImageTexture } from './layers';
import { reportError } from '../log/reportError';

const PROGRESS_MS = 100;

function describe(error: unknown): Message {
  if (error instanceof PackFileError) return error.reason;
  return message('pack.unknown');
}

/**
 * Byte counter that reaches the store at most every PROGRESS_MS, and only
 * while it is `live` (the best level downloads while the first layers are
 * still counted, and is shown from the moment it is what is loading).
 */
function progressCounter(live: boolean) {
  let received = 0;
  let published = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (!live || received === published) return;
    const delta = received - published;
    published = received;
    useLoading.setState((s) => ({ loadedBytes: s.loadedBytes + delta }));
  };
  return {
    add(delta: number) {
      received += delta;
      if (live) timer ??= setTimeout(flush, PROGRESS_MS);
    },
    /** Publish now; `goLive` first sets the store to this counter's own total. */
    flush(goLive = false) {
      if (timer) clearTimeout(timer);
      timer = null;
      if (goLive && !live) {
        live = true;
        published = received;
        useLoading.setState({ loadedBytes: received });
      }
      flush();
    },
  };
}

let started: string | null = null;

/** Files the host found damaged (left out; see assets/format/pack-status.ts). */
type Damaged = readonly { file: string }[];

/** Start loading `manifest`'s layers from `baseUrl` (once per page), leaving out `damaged` files. */
export function startPackLoad(
  manifest: PackManifest,
  baseUrl: string,
  damaged: Damaged = [],
): void {
  if (started !== null) return;
  started = baseUrl;
  probeGpuLimits();
  run(manifest, baseUrl, damaged).catch((error: unknown) => {
    reportError('pack-load', error, 'the Moon could not be loaded');
    useLoading.setState({ phase: 'error', error: describe(error), activity: null });
  });
}

/**
 * A layer the globe can do without (normal map, elevation): a stand-in when
 * the host said it is damaged, or when it fails to load or decode anyway
 * (then the status bar says why).
 */
function optional<T>(
  damaged: boolean,
  load: () => Promise<T>,
  standIn: () => T,
): Promise<{ value: T; real: boolean }> {
  if (damaged) return Promise.resolve({ value: standIn(), real: false });
  return load().then(
    (value) => ({ value, real: true }),
    (error: unknown) => {
      reportError('pack-load', error, 'a layer was left out');
      useLoading.setState({ notice: message('status.layerLeftOut', { reason: describe(error) }) });
      return { value: standIn(), real: false };
    },
  );
}

async function run(manifest: PackManifest, baseUrl: string, damaged: Damaged): Promise<void> {
  const progress = progressCounter(true);
  const bestProgress = progressCounter(false);
  const get = (file: string, bytes: number, counter = progress) =>
    fetchWithProgress(baseUrl + file, file, bytes, counter.add);
  const usable = usableLayers(manifest, damaged);
  const small = usable.colorLevels[0]!;
  const { elevation, normal } = manifest;
  const anisotropy = () => knownGpuLimits()?.anisotropy ?? 1;

  useLoading.setState({
    phase: 'loading',
    activity: message('loading.moon'),
    loadedBytes: 0,
    totalBytes:
      small.bytes + (usable.elevation ? elevation.bytes : 0) + (usable.normal ? normal.bytes : 0),
  });
  const decoded = Promise.all([
    get(small.file, small.bytes).then((b) =>
      decodeImageTexture(b, small.mime, small.file, true, anisotropy()),
    ),
    optional(
      !usable.normal,
      () =>
        get(normal.file, normal.bytes).then((b) =>
          decodeImageTexture(b, normal.mime, normal.file, false, anisotropy()),
        ),
      flatNormalTexture,
    ),
    optional(
      !usable.elevation,
      () => get(elevation.file, elevation.bytes).then((b) => decodeElevationLayer(b, elevation)),
      flatElevation,
    ),
  ]);
  // The best level is fetched as soon as the GPU says which one it can take.
  const bestFetch = gpuLimits().then((limits) => {
    const best = bestColorLevel(usable.colorLevels, limits.maxTextureSize);
    if (best === small) return null;
    return { best, buffer: get(best.file, best.bytes, bestProgress) };
  });
  // Not awaited yet: keep an early failure from being reported as unhandled.
  bestFetch.catch(() => {});

  const [color, normalTex, dem] = await decoded;
  useMoon.setState({
    layers: {
      manifest,
      color,
      normal: normalTex.value,
      elevation: dem.value.texture,
      elevationGrid: dem.value.grid,
      relief: dem.real,
      bestColorWidth: usable.colorLevels[usable.colorLevels.length - 1]!.width,
    },
  });
  progress.flush();
  const next = await bestFetch;
  if (next === null) {
    useLoading.setState({ phase: 'ready', colorWidth: small.width, activity: null });
    return;
  }
  const { best } = next;
  useLoading.setState({
    phase: 'preview',
    colorWidth: small.width,
    activity: message('loading.color', { width: best.width, height: best.height }),
    totalBytes: best.bytes,
  });
  bestProgress.flush(true);
  try {
    const bestTex = await decodeImageTexture(
      await next.buffer,
      best.mime,
      best.file,
      true,
      anisotropy(),
    );
    bestProgress.flush();
    const layers = useMoon.getState().layers;
    if (layers) {
      useMoon.setState({ layers: { ...layers, color: bestTex } });
      layers.color.dispose();
    }
    useLoading.setState({ phase: 'ready', colorWidth: best.width, activity: null });
  } catch (error) {
    reportError('pack-load', error, 'the sharpest color level could not be loaded');
    // The preview is still on screen: keep the app usable and say why it is soft.
    useLoading.setState({
      phase: 'ready',
      activity: null,
      notice: message('status.softColor', { width: small.width, reason: describe(error) }),
    });
  }
}

/**
 * Load a new pack in place, after the host swapped one in ("Get sharper
 * Moon data"): the old layers stay on screen until the new ones replace
 * them, then their GPU memory is freed. The page is not reloaded.
 */
export function reloadPackLayers(
  manifest: PackManifest,
  baseUrl: string,
  damaged: Damaged = [],
): void {
  started = baseUrl;
  const previous = useMoon.getState().layers;
  run(manifest, baseUrl, damaged).then(
    () => {
      if (!previous) return;
      previous.color.dispose();
      previous.normal.dispose();
      previous.elevation.dispose();
    },
    (error: unknown) => {
      reportError('pack-load', error, 'the new pack could not be loaded');
      useLoading.setState({ phase: 'error', error: describe(error), activity: null });
    },
  );
}
