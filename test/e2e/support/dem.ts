/**
 * The pack's elevation grid read by the test itself (int16le, north row
 * first, left edge −180°), with its own bilinear sampler: an independent
 * check of the app's pointer readout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TestDem {
  width: number;
  height: number;
  scaleM: number;
  offsetM: number;
  data: Int16Array;
}

export async function readPackDem(packDir: string): Promise<TestDem> {
  const manifest = JSON.parse(await readFile(join(packDir, 'manifest.json'), 'utf8')) as {
    elevation: { file: string; width: number; height: number; scaleM: number; offsetM: number };
  };
  const e = manifest.elevation;
  const bytes = await readFile(join(packDir, e.file));
  const data = new Int16Array(e.width * e.height);
  for (let k = 0; k < data.length; k++) data[k] = bytes.readInt16LE(2 * k);
  return { width: e.width, height: e.height, scaleM: e.scaleM, offsetM: e.offsetM, data };
}

export function demHeightM(dem: TestDem, latDeg: number, lonDeg: number): number {
  const x = ((lonDeg + 180) / 360) * dem.width - 0.5;
  const y = Math.min(dem.height - 1, Math.max(0, ((90 - latDeg) / 180) * dem.height - 0.5));
  const i0 = Math.floor(x);
  const j0 = Math.min(dem.height - 2, Math.floor(y));
  const fx = x - i0;
  const fy = y - j0;
  const col = (i: number) => ((i % dem.width) + dem.width) % dem.width;
  const v = (i: number, j: number) => dem.data[j * dem.width + col(i)]! * dem.scaleM + dem.offsetM;
  return (
    v(i0, j0) * (1 - fx) * (1 - fy) +
    v(i0 + 1, j0) * fx * (1 - fy) +
    v(i0, j0 + 1) * (1 - fx) * fy +
    v(i0 + 1, j0 + 1) * fx * fy
  );
}
