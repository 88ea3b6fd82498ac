import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_ENDONYMS, isLanguage } from '../../assets/format/language';
import { UNIT_SYSTEMS } from '../../assets/format/settings';
import { preferredLanguage, setLanguage } from '../i18n';
import { closeDialog } from '../state/dialogs';
import { changeSettings, useSettings } from '../state/settings';
import { LanguageOptions } from './LanguagePicker';
import { ModalDialog } from './ModalDialog';

const SYSTEM = 'system';

/**
 * The Settings dialog: language (or the system's), units, and where the
 * settings are kept. Changes apply at once and are remembered.
 *
 * @example <SettingsDialog />
 */
export function SettingsDialog() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const location = useSettings((s) => s.location);
  const persisting = useSettings((s) => s.persisting);
  const languageId = useId();
  const title = t('settings.title');
  return (
    <ModalDialog label={title} className="settings" onClose={closeDialog}>
      <h2>{title}</h2>
      <div className="field">
        <label htmlFor={languageId}>{t('common.language')}</label>
        <select
          id={languageId}
          value={settings.language ?? SYSTEM}
          onChange={(e) => {
            const next = e.currentTarget.value;
            const language = isLanguage(next) ? next : null;
            changeSettings({ language });
            void setLanguage(language ?? preferredLanguage());
          }}
          data-testid="settings-language"
        >
          <option value={SYSTEM}>
            {t('settings.systemLanguage', { name: LANGUAGE_ENDONYMS[preferredLanguage()] })}
          </option>
          <LanguageOptions />
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('settings.units')}</legend>
        {UNIT_SYSTEMS.map((units) => (
          <label key={units} className="choice">
            <input
              type="radio"
              name="units"
              value={units}
              checked={settings.units === units}
              onChange={() => changeSettings({ units })}
            />
            {t(units === 'km' ? 'settings.unitsKm' : 'settings.unitsMi')}
          </label>
        ))}
      </fieldset>
      <p className="note" data-testid="settings-location">
        {persisting ? t('settings.keptIn', { location }) : t('settings.notKept')}
      </p>
    </ModalDialog>
  );
}
