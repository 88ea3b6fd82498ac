import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../assets/format/language';
import { altKmToDistance, type View } from '../../assets/format/view';
import { makeFormatters } from '../i18n/format';
import type { UnitSystem } from '../../assets/format/settings';
import { useSiteText } from '../i18n/catalogText';
import { placesInView, sideOf, visibleCapDeg } from '../sites/inView';
import { SITES } from '../state/catalog';
import { useNavigation } from '../state/navigation';
import { useSettings } from '../state/settings';
import { currentView } from '../view/currentView';

/** Places named before "and N more". */
const MAX_NAMED = 3;

type SiteName = (id: string) => string;

/** The sentence for a view, in the current language. */
function describeView(view: View, t: TFunction, lng: string, name: SiteName, units: UnitSystem) {
  const tag = isLanguage(lng) ? LANGUAGE_TAGS[lng] : 'en';
  const f = makeFormatters(tag, t, units);
  // Half the vertical field of view: what is surely on screen, whatever the window's shape.
  const capDeg = visibleCapDeg(altKmToDistance(view.altKm), view.fovDeg / 2);
  const found = placesInView(SITES, view, capDeg);
  const named = found.slice(0, MAX_NAMED).map((p) => name(p.id));
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(named);
  const places =
    found.length === 0
      ? t('a11y.nothingInView')
      : found.length > MAX_NAMED
        ? t('a11y.inViewMore', { list, count: found.length - MAX_NAMED })
        : t('a11y.inView', { list });
  const alt = f.length(view.altKm);
  return t('a11y.view', {
    side: t(sideOf(view.lonDeg) === 'near' ? 'a11y.sideNear' : 'a11y.sideFar'),
    lat: f.latDeg(Math.round(view.latDeg), 0),
    lon: f.lonDeg(Math.round(view.lonDeg), 0),
    alt,
    places,
  });
}

/**
 * The canvas's text alternative: what is in view ("Far side, centred on
 * 45° S, 170° W, …; South Pole–Aitken basin in view"), in a polite live
 * region. It is worked out when the camera comes to rest (and when the
 * language or units change), never per frame, so a screen reader hears one
 * sentence per move.
 *
 * @example <ViewDescription />
 */
export function ViewDescription() {
  const { t, i18n } = useTranslation();
  const siteText = useSiteText();
  const units = useSettings((s) => s.settings.units);
  const [text, setText] = useState('');
  useEffect(() => {
    const update = () => {
      const { controls, moving } = useNavigation.getState();
      if (!controls || moving) return;
      setText(describeView(currentView(), t, i18n.language, (id) => siteText(id).name, units));
    };
    update();
    return useNavigation.subscribe((s, prev) => {
      if ((!s.moving && prev.moving) || (s.controls && !prev.controls)) update();
    });
  }, [t, i18n.language, siteText, units]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="view-description">
      {text}
    </p>
  );
}
