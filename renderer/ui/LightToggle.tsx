import { useTranslation } from 'react-i18next';
import { useLight } from '../state/light';
import { toggleLightMode } from '../state/lightActions';
import { keyHint } from '../keys/keyHint';

/**
 * Switch between the explore lamp and the real Sun (the S key does the same).
 *
 * @example <LightToggle />
 */
export function LightToggle() {
  const { t } = useTranslation();
  const mode = useLight((s) => s.mode);
  return (
    <button
      type="button"
      onClick={toggleLightMode}
      title={keyHint(t, 'lightMode')}
      aria-pressed={mode === 'sun'}
      data-light-mode={mode}
    >
      {mode === 'sun' ? t('sun.lightSun') : t('sun.lightExplore')}
    </button>
  );
}
