import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer } from '../../../../assets/format/gazetteer';
import { OUTPUT } from '../../../../assets/gazetteer/cli';
import { framingDistanceForDiameter } from '../../../../renderer/gazetteer/framing';
import { SITE_GAZETTEER_NAMES } from '../../../../renderer/gazetteer/siteLinks';
import { angularDistanceRad } from '../../../../renderer/geo/frame';
import { builtInCatalog } from '../../../../renderer/sites/catalog';

const SITES = builtInCatalog().sites;

const g = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));

describe('landing sites linked to IAU names', () => {
  it('each linked name exists and lies at the site (within its size + 5 km)', () => {
    for (const [siteId, name] of Object.entries(SITE_GAZETTEER_NAMES)) {
      const site = SITES.find((s) => s.id === siteId);
      expect(site, siteId).toBeDefined();
      const k = g.names.indexOf(name);
      expect(k, name).toBeGreaterThanOrEqual(0);
      const km =
        angularDistanceRad(site!.latDeg, site!.lonDeg, g.latDeg[k]!, g.lonDeg[k]!) * 1737.4;
      expect(km, `${siteId} → ${name}`).toBeLessThan(g.diameterKm[k]! / 2 + 5);
    }
  });
});

describe('framing a feature', () => {
  it('makes the diameter span the asked fraction of the view height', () => {
    const fovDeg = 35;
    const d = framingDistanceForDiameter(184.4, fovDeg, 1.01, 4.2, 0.5);
    // Seen from straight above at height h, a chord D subtends 2·atan(D/2h).
    const h = (d - 1) * 1737.4;
    const subtended = 2 * Math.atan(184.4 / 2 / h);
    const fraction = Math.tan(subtended / 2) / Math.tan((fovDeg * Math.PI) / 360);
    expect(fraction).toBeCloseTo(0.5, 6);
  });

  it('stays within the zoom bounds', () => {
    expect(framingDistanceForDiameter(0.01, 35, 1.05, 4.2)).toBe(1.05);
    expect(framingDistanceForDiameter(3000, 35, 1.05, 4.2)).toBe(4.2);
  });
});
