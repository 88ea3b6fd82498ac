/**
 * Render the current view into a PNG of any size, independent of the window.
 *
 * Same camera, same vertical field of view; a wider picture shows more at the
 * sides. The picture is rendered offscreen into a WebGLRenderTarget; sizes
 * beyond one pass (MAX_TEXTURE_SIZE / MAX_RENDERBUFFER_SIZE / viewport, and
 * at most TILE_MAX_PX so one draw stays short on a software GPU) are
 * rendered in tiles with `camera.setViewOffset` and put straight into one 2D
 * canvas (the only full-size copy), so nothing is stitched twice. The page
 * gets a turn between tiles, so the live view stays responsive; an
 * AbortSignal cancels. Labels and the credit line are drawn on top, then the
 * browser encodes the PNG and the provenance chunks are added
 * (assets/format/picture.ts).
 */
import {
  Color,
  PerspectiveCamera,
  SRGBColorSpace,
  Vector3,
  WebGLRenderTarget,
  type Object3D,
} from 'three';
import { KIT_CREDIT } from '../../assets/format/manifest';
import {
  PICTURE_FORMAT,
  PICTURE_FORMAT_VERSION,
  pictureFileName,
  pictureTitle,
  viewSlug,
  writePictureMeta,
  type PictureMeta,
} from '../../assets/format/picture';
import { drapedXYZ } from '../geo/drape';
import { useLoading } from '../state/loading';
import { useMoon } from '../state/moon';
import { useNavigation } from '../state/navigation';
import { currentView } from '../view/currentView';
import { drawCredit, drawScreenLabels } from './rasterLabels';
import { getSceneHandle } from './sceneHandle';
import { tileLayout } from './tileLayout';

/** Largest tile edge, px: keeps each draw and its read-back buffer small (64 MB at most). */
export const TILE_MAX_PX = 4096;
/** Largest picture edge the dialog offers, px (16K). */
export const PICTURE_MAX_PX = 16384;
/** The page background behind the Moon (styles.css --bg). */
const BACKGROUND = '#050608';

export interface PictureOptions {
  widthPx: number;
  heightPx: number;
  markers: boolean;
  labels: boolean;
  credit: boolean;
  signal?: AbortSignal;
  onProgress?: (doneTiles: number, totalTiles: number) => void;
}

export interface Picture {
  png: Uint8Array;
  meta: PictureMeta;
  tiles: number;
  /** The name a saved copy should get (no folder), e.g. farside-2026-11-21-130512-far-side.png. */
  fileName: string;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function aborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('The export was cancelled', 'AbortError');
}

/** The largest tile this GPU renders in one pass. */
export function maxTilePx(gl: WebGLRenderingContext | WebGL2RenderingContext): number {
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(
    TILE_MAX_PX,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    dims[0]!,
    dims[1]!,
  );
}

/** What the picture says about itself. */
export function pictureMeta(widthPx: number, heightPx: number): PictureMeta {
  const { appInfo, pack } = useLoading.getState();
  const manifest = pack?.state === 'ready' ? pack.manifest : null;
  return {
    format: PICTURE_FORMAT,
    version: PICTURE_FORMAT_VERSION,
    view: currentView(),
    widthPx,
    heightPx,
    createdUtc: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    app: { name: appInfo?.name ?? 'Farside', version: appInfo?.version ?? 'unknown' },
    pack: {
      version: manifest?.version ?? 0,
      builtAt: manifest?.builtAt ?? '',
      builder: manifest?.builder ?? '',
      sources: (manifest?.sources ?? []).map((s) => ({ name: s.name, sha256: s.sha256 })),
    },
  };
}

export async function renderPicture(options: PictureOptions): Promise<Picture> {
  const { widthPx, heightPx, signal } = options;
  const handle = getSceneHandle();
  const layers = useMoon.getState().layers;
  if (!handle || !layers || !(handle.camera instanceof PerspectiveCamera)) {
    throw new Error('The Moon is not on screen yet.');
  }
  const { gl, scene } = handle;
  const meta = pictureMeta(widthPx, heightPx);
  const camera = handle.camera.clone();
  camera.aspect = widthPx / heightPx;
  camera.updateProjectionMatrix();
  const layout = tileLayout(widthPx, heightPx, maxTilePx(gl.getContext()));

  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a picture that large.');

  const controls = useNavigation.getState().controls;
  const controlsWere = controls?.enabled ?? false;
  const hidden: Object3D[] = [];
  if (!options.markers) {
    const sites = scene.getObjectByName('sites');
    if (sites?.visible) hidden.push(sites);
  }
  const first = layout.tiles[0]!;
  const target = new WebGLRenderTarget(first.width, first.height, { depthBuffer: true });
  target.texture.colorSpace = SRGBColorSpace;
  let pixels = new Uint8Array(first.width * first.height * 4);
  let flipped = new Uint8ClampedArray(pixels.length);
  const clearColor = gl.getClearColor(new Color());
  const clearAlpha = gl.getClearAlpha();
  try {
    // The camera holds still while the picture is made, so every tile shows one view.
    if (controls) controls.enabled = false;
    for (const [k, tile] of layout.tiles.entries()) {
      aborted(signal);
      const n = tile.width * tile.height * 4;
      if (pixels.length < n) {
        pixels = new Uint8Array(n);
        flipped = new Uint8ClampedArray(n);
      }
      target.setSize(tile.width, tile.height);
      camera.setViewOffset(widthPx, heightPx, tile.x, tile.y, tile.width, tile.height);
      camera.updateProjectionMatrix();
      hidden.forEach((o) => (o.visible = false));
      gl.setClearColor(BACKGROUND, 1);
      gl.setRenderTarget(target);
      gl.clear();
      gl.render(scene, camera);
      gl.readRenderTargetPixels(target, 0, 0, tile.width, tile.height, pixels);
      gl.setRenderTarget(null);
      gl.setClearColor(clearColor, clearAlpha);
      hidden.forEach((o) => (o.visible = true));
      // WebGL rows come bottom-up; the picture's go top-down.
      const row = tile.width * 4;
      for (let y = 0; y < tile.height; y++) {
        flipped.set(pixels.subarray((tile.height - 1 - y) * row, (tile.height - y) * row), y * row);
      }
      ctx.putImageData(
        new ImageData(flipped.subarray(0, n), tile.width, tile.height),
        tile.x,
        tile.y,
      );
      options.onProgress?.(k + 1, layout.tiles.length);
      await nextTask();
    }
  } finally {
    gl.setRenderTarget(null);
    gl.setClearColor(clearColor, clearAlpha);
    hidden.forEach((o) => (o.visible = true));
    target.dispose();
    if (controls) controls.enabled = controlsWere;
    handle.invalidate();
  }
  aborted(signal);

  camera.clearViewOffset();
  camera.updateMatrixWorld();
  const screenHeight = (gl.domElement as HTMLCanvasElement).clientHeight || heightPx;
  const scale = heightPx / screenHeight;
  if (options.labels) {
    const world = new Vector3();
    const toEye = new Vector3();
    const exaggeration = useMoon.getState().exaggeration;
    drawScreenLabels(
      ctx,
      (latDeg, lonDeg, liftM) => {
        drapedXYZ(latDeg, lonDeg, layers.elevationGrid, exaggeration, liftM, world);
        if (toEye.copy(camera.position).sub(world).dot(world) <= 0) return null;
        world.project(camera);
        return { x: ((world.x + 1) / 2) * widthPx, y: ((1 - world.y) / 2) * heightPx };
      },
      scale,
    );
  }
  if (options.credit) drawCredit(ctx, KIT_CREDIT, widthPx, heightPx);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the canvas memory go before the bytes are copied.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The browser could not encode the picture.');
  aborted(signal);
  const png = writePictureMeta(
    new Uint8Array(await blob.arrayBuffer()),
    meta,
    pictureTitle(meta.view),
  );
  return {
    png,
    meta,
    tiles: layout.tiles.length,
    fileName: pictureFileName(new Date(), viewSlug(meta.view)),
  };
}
