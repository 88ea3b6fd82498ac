/** `npm run licenses`: rewrite renderer/about/licenses.json from node_modules. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectLicenses } from './collect';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const out = fileURLToPath(new URL('../../renderer/about/licenses.json', import.meta.url));
const entries = collectLicenses(repoRoot);
writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
console.log(`licenses: ${entries.length} packages written to renderer/about/licenses.json`);
