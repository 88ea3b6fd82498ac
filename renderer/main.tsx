import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, preferredLanguage } from './i18n';
import { loadSettings } from './state/settings';
import { restoreSettings } from './settings/persist';
import { showSettingsNotice } from './settings/notice';
import './styles.css';
import './debug/probe';
import { installErrorReporting } from './log/reportError';

// First, so an error while starting up is logged too.
installErrorReporting();

const root = document.getElementById('root');
if (root) {
  // Settings first (they hold the language), then the language's strings, so
  // nothing flashes in English or in the defaults.
  void loadSettings()
    .then(async ({ settings, notice, kiosk }) => {
      await initI18n(settings.language ?? preferredLanguage());
      if (!kiosk) restoreSettings(settings);
      if (notice) showSettingsNotice(notice);
    })
    .then(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
}
