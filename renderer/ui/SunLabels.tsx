import { useTranslation } from 'react-i18next';
import { hasOverlay, useLayers } from '../state/layers';
import { useSun } from '../state/sun';
import { AnchoredLabel } from './AnchoredLabel';

/**
 * Labels for the sub-solar and sub-Earth markers, placed by the scene's
 * <LabelLayout> like every other label.
 *
 * @example <SunLabels />
 */
export function SunLabels() {
  const { t } = useTranslation();
  const sun = useSun((s) => s.state);
  const subsolar = useLayers(hasOverlay('subsolar'));
  const subearth = useLayers(hasOverlay('subearth'));
  if (!subsolar && !subearth) return null;
  return (
    <section className="labels" aria-label={t('sun.markersLabel')}>
      {subsolar && (
        <AnchoredLabel
          id="sun:subsolar"
          latDeg={sun.subSolar.latDeg}
          lonDeg={sun.subSolar.lonDeg}
          priority={2}
          align="pin"
          className="site-label sun-label"
        >
          {t('sun.subSolar')}
        </AnchoredLabel>
      )}
      {subearth && (
        <AnchoredLabel
          id="sun:subearth"
          latDeg={sun.subEarth.latDeg}
          lonDeg={sun.subEarth.lonDeg}
          priority={2}
          align="pin"
          className="site-label earth-label"
        >
          {t('sun.subEarth')}
        </AnchoredLabel>
      )}
    </section>
  );
}
