/**
 * The start-up composition counts each generated character to the source its
 * map names. Checked on a file and map written here by hand (with
 * source-map-js's generator), not on the app's build.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { composition } from '../../../bench/weight';

describe('composition', () => {
  it('splits a bundle by the package or app folder of each mapped span', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'farside-weight-'));
    try {
      // Line 1: 12 chars of three, then 8 of the app; line 2: 5 of a scoped package.
      const code = 'var a=three;function ui(){}\nfiber';
      const map = new SourceMapGenerator({ file: 'chunk.js' });
      const span = (line: number, column: number, source: string) =>
        map.addMapping({
          generated: { line, column },
          original: { line: 1, column: 0 },
          source,
        });
      span(1, 0, '../../node_modules/three/build/three.module.js');
      span(1, 12, '../../renderer/ui/Toolbar.tsx');
      span(2, 0, '../../node_modules/@react-three/fiber/dist/index.js');
      await writeFile(join(dir, 'chunk.js'), code);
      await writeFile(join(dir, 'chunk.js.map'), map.toString());
      const parts = await composition(dir, ['chunk.js']);
      const raw = Object.fromEntries(parts.map((p) => [p.source, p.raw]));
      expect(raw).toEqual({ three: 12, 'renderer/ui': 15, '@react-three/fiber': 5 });
      for (const p of parts) expect(p.gzip).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
