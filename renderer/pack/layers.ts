/**
 * Turn pack files into GPU-ready three.js textures.
 *
 * Rasters in the pack are north row first; the globe's UVs put v = 1 at the
 * north pole, so images are decoded flipped (createImageBitmap's
 * `imageOrientation: 'flipY'`, off the main thread) and the elevation grid is
 * flipped while it is converted to float metres.
 */
import {
  DataTexture,
  FloatType,
  LinearFilter,
  LinearMipmapLinearFilter,
  NearestFilter,
  NoColorSpace,
  RedFormat,
  RepeatWrapping,
  ClampToEdgeWrapping,
  SRGBColorSpace,
  Texture,
} from 'three';
import type { ColorLevel, ElevationLayer } from '../../assets/format/manifest';
import { elevationGridFromLayer, type ElevationGrid } from '../geo/dem';
import { PackFileError } from './fetchWithProgress';

export async function decodeImageTexture(
  buffer: ArrayBuffer,
  mime: string,
  file: string,
  color: boolean,
  anisotropy: number,
): Promise<Texture> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([buffer], { type: mime }), {
      imageOrientation: 'flipY',
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    throw new PackFileError(file, 'pack.notImage');
  }
  const texture = new Texture(bitmap);
  texture.flipY = false; // already flipped at decode time
  texture.colorSpace = color ? SRGBColorSpace : NoColorSpace;
  texture.wrapS = RepeatWrapping; // continuous across the ±180° seam
  texture.wrapT = ClampToEdgeWrapping;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.anisotropy = anisotropy;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}

/** The largest level that fits the GPU; the first level when none is larger. */
export function bestColorLevel(levels: readonly ColorLevel[], maxTextureSize: number): ColorLevel {
  let best = levels[0]!;
  for (const level of levels) {
    if (level.width <= maxTextureSize && level.height <= maxTextureSize) best = level;
  }
  return best;
}

export interface ElevationData {
  /** Exact grid as stored in the pack (north row first), for sampling. */
  grid: ElevationGrid;
  /** The same heights in metres, south row first, as a float texture for displacement. */
  texture: DataTexture;
}

export function decodeElevationLayer(buffer: ArrayBuffer, layer: ElevationLayer): ElevationData {
  let grid: ElevationGrid;
  try {
    grid = elevationGridFromLayer(buffer, layer);
  } catch (error) {
    throw new PackFileError(layer.file, 'pack.badElevation', { detail: (error as Error).message });
  }
  const { width, height, data, scaleM, offsetM } = grid;
  const metres = new Float32Array(width * height);
  for (let j = 0; j < height; j++) {
    const src = j * width;
    const dst = (height - 1 - j) * width;
    for (let i = 0; i < width; i++) metres[dst + i] = data[src + i]! * scaleM + offsetM;
  }
  // Every pole vertex of the globe samples its own column of the polar row;
  // one value per polar row keeps them together (the mean is the best
  // estimate of the height at the pole itself).
  for (const row of [0, height - 1]) {
    let sum = 0;
    for (let i = 0; i < width; i++) sum += metres[row * width + i]!;
    metres.fill(sum / width, row * width, (row + 1) * width);
  }
  return { grid, texture: heightTexture(metres, width, height) };
}

/** Heights in metres (south row first) as the float texture the globe displaces by. */
export function heightTexture(metres: Float32Array, width: number, height: number): DataTexture {
  const texture = new DataTexture(metres, width, height, RedFormat, FloatType);
  // Sampled per vertex only; the vertex grid is coarser than the DEM.
  texture.minFilter = NearestFilter;
  texture.magFilter = NearestFilter;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.colorSpace = NoColorSpace;
  texture.needsUpdate = true;
  return texture;
}
