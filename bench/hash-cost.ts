/**
 * What verifying the manifest's SHA-256 of every pack file at load would
 * cost, measured two ways on the files of a real pack: in the host (Node's
 * crypto, where the moon:// handler runs) and in the renderer (Web Crypto
 * `crypto.subtle.digest` in Debian's Chromium). Prints ms per file and MB/s.
 *
 *   npx tsx bench/hash-cost.ts [packDir]   (default .cache/e2e/pack-real)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium';

const RUNS = 5;
const dir = process.argv[2] ?? '.cache/e2e/pack-real';
const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
  color: { levels: { file: string; sha256: string }[] };
  elevation: { file: string; sha256: string };
  normal: { file: string; sha256: string };
};
const files = [...manifest.color.levels, manifest.elevation, manifest.normal];

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage();
// Web Crypto needs a secure context: a page on localhost, answered here.
await page.route('http://localhost/', (route) =>
  route.fulfill({ contentType: 'text/html', body: '<title>hash cost</title>' }),
);
await page.goto('http://localhost/');
for (const f of files) {
  const bytes = await readFile(join(dir, f.file));
  const node: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const hex = createHash('sha256').update(bytes).digest('hex');
    node.push(performance.now() - t);
    if (hex !== f.sha256) throw new Error(`${f.file}: hash differs from the manifest`);
  }
  // The same bytes in the page, then digested there as the renderer would.
  const web = await page.evaluate(
    async ({ b64, runs }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const times: number[] = [];
      let hex = '';
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const digest = await crypto.subtle.digest('SHA-256', data);
        times.push(performance.now() - t);
        hex = [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
      }
      return { times, hex };
    },
    { b64: bytes.toString('base64'), runs: RUNS },
  );
  if (web.hex !== f.sha256) throw new Error(`${f.file}: Web Crypto hash differs`);
  const mb = bytes.byteLength / 1e6;
  const n = median(node);
  const w = median(web.times);
  console.log(
    `${f.file.padEnd(36)} ${mb.toFixed(2).padStart(6)} MB  host ${n.toFixed(1).padStart(6)} ms (${(mb / (n / 1000)).toFixed(0)} MB/s)  renderer ${w.toFixed(1).padStart(6)} ms (${(mb / (w / 1000)).toFixed(0)} MB/s)`,
  );
}
await browser.close();
