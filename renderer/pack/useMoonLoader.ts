/**
 * Progressive loading of the pack into the globe:
 *  1. the small color level, the elevation grid and the normal map
 *     (first frame fast), then
 *  2. the best color level the GPU's MAX_TEXTURE_SIZE allows.
 * Progress is counted in bytes against the sizes the manifest declares.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { PackManifest } from '../../assets/format/manifest';
import { useLoading } from '../state/loading';
import { useMoon } from '../state/moon';
import { fetchWithProgress, PackFileError } from './fetchWithProgress';
import { bestColorLevel, decodeElevationLayer, decodeImageTexture } from './layers';

function addBytes(delta: number): void {
  useLoading.setState((s) => ({ loadedBytes: s.loadedBytes + delta }));
}

function describe(error: unknown): string {
  if (error instanceof PackFileError) return error.message;
  return 'The Moon data could not be loaded.';
}

export function useMoonLoader(manifest: PackManifest, baseUrl: string): void {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    const maxTextureSize = gl.capabilities.maxTextureSize;
    const anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy());
    const small = manifest.color.levels[0]!;
    const best = bestColorLevel(manifest.color.levels, maxTextureSize);
    const { elevation, normal } = manifest;
    const get = (file: string, bytes: number) =>
      fetchWithProgress(baseUrl + file, file, bytes, addBytes, signal);

    async function run(): Promise<void> {
      useLoading.setState({
        phase: 'loading',
        activity: 'Loading the Moon',
        loadedBytes: 0,
        totalBytes: small.bytes + elevation.bytes + normal.bytes,
      });
      const [colorBuf, demBuf, normalBuf] = await Promise.all([
        get(small.file, small.bytes),
        get(elevation.file, elevation.bytes),
        get(normal.file, normal.bytes),
      ]);
      const [color, normalTex] = await Promise.all([
        decodeImageTexture(colorBuf, small.mime, small.file, true, anisotropy),
        decodeImageTexture(normalBuf, normal.mime, normal.file, false, anisotropy),
      ]);
      const dem = decodeElevationLayer(demBuf, elevation);
      if (signal.aborted) return;
      useMoon.setState({
        layers: {
          manifest,
          color,
          normal: normalTex,
          elevation: dem.texture,
          elevationGrid: dem.grid,
        },
      });
      invalidate();
      if (best === small) {
        useLoading.setState({ phase: 'ready', colorWidth: small.width, activity: '' });
        return;
      }
      useLoading.setState({
        phase: 'preview',
        colorWidth: small.width,
        activity: `Loading ${best.width} × ${best.height} color`,
        loadedBytes: 0,
        totalBytes: best.bytes,
      });
      try {
        const bestBuf = await get(best.file, best.bytes);
        const bestTex = await decodeImageTexture(bestBuf, best.mime, best.file, true, anisotropy);
        if (signal.aborted) return;
        const layers = useMoon.getState().layers;
        if (layers) {
          useMoon.setState({ layers: { ...layers, color: bestTex } });
          layers.color.dispose();
        }
        useLoading.setState({ phase: 'ready', colorWidth: best.width, activity: '' });
        invalidate();
      } catch (error) {
        if (signal.aborted) return;
        // The preview is still on screen: keep the app usable and say why it is soft.
        useLoading.setState({
          phase: 'ready',
          activity: '',
          notice: `Showing the ${small.width}px color map: ${describe(error)}`,
        });
      }
    }

    run().catch((error: unknown) => {
      if (signal.aborted) return;
      useLoading.setState({ phase: 'error', error: describe(error), activity: '' });
    });
    return () => abort.abort();
  }, [gl, invalidate, manifest, baseUrl]);
}
