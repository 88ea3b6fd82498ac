import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { usePointer } from '../state/pointer';
import { SunElevationReadout } from './SunElevationReadout';

/**
 * Latitude, longitude and LOLA elevation under the pointer. The exact values
 * are also on data-* attributes, for kiosks and tests.
 *
 * @example <PointerReadout />
 */
export function PointerReadout() {
  const { t } = useTranslation();
  const f = useFormat();
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
      title={t('readout.hint')}
    >
      <span>
        {f.latDeg(latDeg, 3)} {f.lonDeg(lonDeg, 3)}
      </span>
      <span>{t('readout.heightM', { value: f.signedInteger(Math.round(heightM)) })}</span>
      <SunElevationReadout latDeg={latDeg} lonDeg={lonDeg} />
    </div>
  );
}
