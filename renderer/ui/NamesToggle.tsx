import { useTranslation } from 'react-i18next';
import { GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { hasOverlay, useLayers } from '../state/layers';

/**
 * Show or hide the names of places (the T key does the same).
 *
 * @example <NamesToggle />
 */
export function NamesToggle() {
  const { t } = useTranslation();
  const on = useLayers(hasOverlay('labels'));
  const toggle = useLayers((s) => s.toggleOverlay);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => toggle('labels')}
      title={t(S.labelsToggleTitle)}
    >
      {t(S.labelsToggle)}
    </button>
  );
}
