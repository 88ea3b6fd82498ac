/** The committed starter kit is the NASA originals, byte for byte. */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_CATALOG, STARTER_KIT, findEntry } from '../../../assets/tool/catalog';

const starterDir = resolve(import.meta.dirname, '../../../assets/starter');

describe('starter kit (assets/starter)', () => {
  it.each(Object.values(STARTER_KIT))('%s matches its catalog size and SHA-256', async (name) => {
    const entry = findEntry(KIT_CATALOG, name);
    expect(entry).toBeDefined();
    const bytes = await readFile(join(starterDir, name));
    expect(bytes.byteLength).toBe(entry!.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry!.sha256);
  });

  it('holds the two originals and the credit, nothing else', async () => {
    const names = (await readdir(starterDir)).sort();
    expect(names).toEqual(['README.md', 'ldem_4_uint.tif', 'lroc_color_poles_1k.jpg']);
    const readme = (await readFile(join(starterDir, 'README.md'), 'utf8')).replace(/\s+/g, ' ');
    expect(readme).toContain(
      "NASA's Scientific Visualization Studio, CGI Moon Kit; LRO LOLA and LROC data",
    );
  });

  it('is one color and one elevation file', () => {
    expect(findEntry(KIT_CATALOG, STARTER_KIT.color)?.kind).toBe('color');
    expect(findEntry(KIT_CATALOG, STARTER_KIT.elevation)?.kind).toBe('elevation');
  });
});
