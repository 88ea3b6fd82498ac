import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';
import './debug/probe';

const root = document.getElementById('root');
if (root) {
  // The language's strings load before the first render, so nothing flashes in English.
  void initI18n().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
