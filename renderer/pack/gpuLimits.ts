/**
 * The GPU's limits. Only the choice of the best color level (and
 * anisotropic filtering) needs them, so the pack loader starts fetching and
 * decoding before they are known and waits on this promise only for that
 * choice. They come from a throwaway context probed at start-up (so the
 * best level is fetched while React and the scene are still mounting), or
 * else from the canvas once it has its context.
 */
export interface GpuLimits {
  maxTextureSize: number;
  /** Anisotropy to use for the globe's maps. */
  anisotropy: number;
}

let resolveLimits: (limits: GpuLimits) => void = () => {};
let known: GpuLimits | null = null;
const limits = new Promise<GpuLimits>((resolve) => {
  resolveLimits = resolve;
});

export function provideGpuLimits(value: GpuLimits): void {
  if (known) return;
  known = value;
  resolveLimits(value);
}

export function gpuLimits(): Promise<GpuLimits> {
  return limits;
}

export function knownGpuLimits(): GpuLimits | null {
  return known;
}

/**
 * Read the limits from a small WebGL context of our own, then release it.
 * Nothing is provided when WebGL is unavailable: the canvas reports that.
 */
export function probeGpuLimits(): void {
  if (known) return;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return;
    const ext =
      gl.getExtension('EXT_texture_filter_anisotropic') ??
      gl.getExtension('WEBKIT_EXT_texture_filter_anisotropic');
    const maxAnisotropy = ext ? (gl.getParameter(ext.MAX_TEXTURE_MAX_ANISOTROPY_EXT) as number) : 1;
    provideGpuLimits({
      maxTextureSize: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
      anisotropy: Math.min(8, maxAnisotropy),
    });
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // The canvas will provide them, or say that WebGL is missing.
  }
}
