/**
 * How every browser run here starts Debian's Chromium (the end-to-end suite
 * and the benchmark alike): no downloaded browser, WebGL through
 * SwiftShader, and no background traffic on a machine without a network.
 * See DESIGN.md §5 for why each flag is there.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];
