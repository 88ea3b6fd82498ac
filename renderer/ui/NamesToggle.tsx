import { useTranslation } from 'react-i18next';
import { GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { useGazetteer } from '../state/gazetteer';

/**
 * Show or hide the names of places (the T key does the same).
 *
 * @example <NamesToggle />
 */
export function NamesToggle() {
  const { t } = useTranslation();
  const on = useGazetteer((s) => s.labelsOn);
  const setOn = useGazetteer((s) => s.setLabelsOn);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setOn(!on)}
      title={t(S.labelsToggleTitle)}
    >
      {t(S.labelsToggle)}
    </button>
  );
}
