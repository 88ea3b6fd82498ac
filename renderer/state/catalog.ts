/**
 * The site catalog the app shows, validated once at start-up. A malformed
 * entry is reported (console and a notice) and skipped; it never stops the app.
 */
import { builtInCatalog } from '../sites/catalog';
import type { Site } from '../sites/schema';

const loaded = builtInCatalog();

for (const r of loaded.rejected) {
  console.warn(`Site catalog entry ${r.id ?? `#${r.index}`} skipped: ${r.reason}`);
}

export const SITES: readonly Site[] = loaded.sites;
export const siteById = new Map(SITES.map((s) => [s.id, s]));
