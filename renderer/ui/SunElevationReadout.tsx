import { useTranslation } from 'react-i18next';
import { sunElevationDeg } from '../geo/ephemeris';
import { useFormat } from '../i18n/format';
import { useLight } from '../state/light';
import { useSun } from '../state/sun';

export interface SunElevationReadoutProps {
  latDeg: number;
  lonDeg: number;
}

/**
 * In Sun light: the Sun's elevation above the horizon at a point (for the
 * pointer readout); nothing in explore light.
 *
 * @example <SunElevationReadout latDeg={0.67} lonDeg={23.47} />
 */
export function SunElevationReadout({ latDeg, lonDeg }: SunElevationReadoutProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const sunMode = useLight((s) => s.mode === 'sun');
  const subSolar = useSun((s) => s.state.subSolar);
  if (!sunMode) return null;
  const deg = sunElevationDeg(subSolar, latDeg, lonDeg);
  return (
    <span data-sun-elevation-deg={deg} title={t('sun.sunShortHint')}>
      {t('sun.sunShort', { deg: f.signedInteger(Math.round(deg)) })}
    </span>
  );
}
