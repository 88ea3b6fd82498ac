/**
 * The GPU's limits, published once the canvas has a WebGL context. Only the
 * choice of the best color level (and anisotropic filtering) needs them, so
 * the pack loader starts fetching and decoding before they exist and waits
 * on this promise only for that choice.
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
