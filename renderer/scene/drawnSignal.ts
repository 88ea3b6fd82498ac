/**
 * "A frame was actually drawn" (DESIGN §4's ready signal, for tests and the
 * benchmark): once the first frame that drew the globe with a given color
 * level has finished on the GPU, Farside marks it with
 * `performance.mark('moon:drawn', { detail: { colorWidth } })` and mirrors the
 * width into `data-drawn-color-width` on <html>. A state flip says the data
 * arrived; this says the pixels are on screen. The bench baseline page
 * (bench/baseline/main.ts) signals the same way.
 */
let drawnWidth = 0;
let signalledWidth = 0;
let resolveFirst: () => void = () => {};
const first = new Promise<void>((resolve) => {
  resolveFirst = resolve;
});

/** Resolves once the globe's first frame is on screen: work that can wait, waits for it. */
export function firstGlobeDrawn(): Promise<void> {
  return first;
}

/** Called from the globe's onAfterRender with the width of the color map it drew. */
export function noteGlobeDrawn(colorWidth: number): void {
  drawnWidth = colorWidth;
}

/** Called after every rendered frame; costs nothing unless a new level was drawn. */
export function signalNewLevelDrawn(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  if (drawnWidth === signalledWidth) return;
  signalledWidth = drawnWidth;
  // Twice per session: wait for the GPU so the mark means "pixels done".
  gl.finish();
  performance.mark('moon:drawn', { detail: { colorWidth: drawnWidth } });
  document.documentElement.dataset.drawnColorWidth = String(drawnWidth);
  resolveFirst();
}
