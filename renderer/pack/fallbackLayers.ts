/**
 * Stand-ins for pack layers that are damaged, so the globe still shows what
 * is good: a flat tangent-space normal (no relief shading) and a flat
 * elevation grid (a smooth sphere at the datum). The readouts say no height
 * when the relief is a stand-in (`MoonLayers.relief`).
 */
import { DataTexture, NoColorSpace, RGBAFormat, type Texture } from 'three';
import { createElevationGrid } from '../geo/dem';
import { heightTexture, type ElevationData } from './layers';

/** One texel pointing straight up in tangent space: (0, 0, 1) · 0.5 + 0.5. */
export function flatNormalTexture(): Texture {
  const texture = new DataTexture(new Uint8Array([128, 128, 255, 255]), 1, 1, RGBAFormat);
  texture.colorSpace = NoColorSpace;
  texture.needsUpdate = true;
  return texture;
}

/** A 2 × 1 grid at the datum (0 m), for displacement and for draping. */
export function flatElevation(): ElevationData {
  const grid = createElevationGrid({
    width: 2,
    height: 1,
    data: new Int16Array(2),
    scaleM: 1,
    offsetM: 0,
  });
  return { grid, texture: heightTexture(new Float32Array(2), 2, 1) };
}
