import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  colorSizeLabel,
  describePackData,
  pixelsPerDegree,
} from '../../../assets/format/pack-data';
import { buildPack } from '../../../assets/tool/build';
import { KIT_CATALOG } from '../../../assets/tool/catalog';
import { silentLogger } from '../../support/silent-logger';
import { judgePack } from '../../../assets/tool/pack-check';

describe('describePackData', () => {
  it('calls the pack built from assets/starter the starter Moon, 1k color and 4 px/° relief', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'farside-label-'));
    try {
      const out = join(dir, 'pack');
      const started = performance.now();
      await buildPack({
        catalog: KIT_CATALOG,
        source: { kind: 'folder', dir: resolve(import.meta.dirname, '../../../assets/starter') },
        outDir: out,
        log: silentLogger,
      });
      console.log(
        `starter pack built in ${((performance.now() - started) / 1000).toFixed(2)} s (in process)`,
      );
      const verdict = await judgePack(out);
      expect(verdict.state).toBe('ready');
      if (verdict.state === 'ready') {
        // ldem_4 is 4 pixels per degree (NASA's name), the JPEG 1024 px wide.
        expect(describePackData(verdict.manifest)).toEqual({ starter: true, color: '1k', ppd: 4 });
        // What was left out as damaged is not claimed.
        expect(describePackData(verdict.manifest, { colorWidth: 512, relief: false })).toEqual({
          starter: true,
          color: '512 px',
          ppd: null,
        });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names sizes as the kit does', () => {
    expect(colorSizeLabel(4096)).toBe('4k');
    expect(colorSizeLabel(8192)).toBe('8k');
    expect(colorSizeLabel(1000)).toBe('1000 px');
    expect(pixelsPerDegree(5760)).toBe(16); // ldem_16
    expect(pixelsPerDegree(23040)).toBe(64); // ldem_64
  });
});
