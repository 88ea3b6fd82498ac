import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { usePointer } from '../state/pointer';
import { useMoon } from '../state/moon';
import { SunElevationReadout } from './SunElevationReadout';

/**
 * Latitude, longitude and LOLA elevation under the pointer (in metres, or
 * feet when the units setting says miles). A labelled region, not a live
 * one: it changes with every pointer move, so a screen reader reads it when
 * asked and is never flooded. The exact values
 * are also on data-* attributes, for kiosks and tests.
 *
 * @example <PointerReadout />
 */
export function PointerReadout() {
  const { t } = useTranslation();
  const f = useFormat();
  const probe = usePointer((s) => s.probe);
  // No height when the elevation grid is a flat stand-in for a damaged one.
  const relief = useMoon((s) => s.layers?.relief ?? false);
  if (!probe) return null;
  const { latDeg, lonDeg, heightM } = probe;
  return (
    <section
      className="readout"
      aria-label={t('a11y.readout')}
      data-lat-deg={latDeg}
      data-lon-deg={lonDeg}
      data-height-m={relief ? heightM : undefined}
      title={t('readout.hint')}
    >
      <span>
        {f.latDeg(latDeg, 3)} {f.lonDeg(lonDeg, 3)}
      </span>
      {relief && <span>{f.height(heightM, true)}</span>}
      <SunElevationReadout latDeg={latDeg} lonDeg={lonDeg} />
    </section>
  );
}
