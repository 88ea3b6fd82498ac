import { usePointer } from '../state/pointer';

const metres = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

function fixed(deg: number): string {
  return Math.abs(deg).toFixed(3);
}

/**
 * Latitude, longitude and LOLA elevation under the pointer. The exact values
 * are also on data-* attributes, for kiosks and tests.
 *
 * @example <PointerReadout />
 */
export function PointerReadout() {
  const probe = usePointer((s) => s.probe);
  if (!probe) return null;
  const { latDeg, lonDeg, heightM } = probe;
  return (
    <div
      className="readout"
      role="status"
      data-lat-deg={latDeg}
      data-lon-deg={lonDeg}
      data-height-m={heightM}
      title="Selenographic latitude and longitude (east positive); height above the 1737.4 km LOLA datum"
    >
      <span>
        {fixed(latDeg)}°{latDeg >= 0 ? 'N' : 'S'} {fixed(lonDeg)}°{lonDeg >= 0 ? 'E' : 'W'}
      </span>
      <span>{metres.format(Math.round(heightM))} m</span>
    </div>
  );
}
