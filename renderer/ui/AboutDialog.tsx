import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../assets/format/language';
import type { LogLocation } from '../../assets/format/log-event';
import { KIT_CREDIT } from '../../assets/format/manifest';
import LICENSES from '../about/licenses.json';
import { getBridge } from '../bridge';
import { closeDialog } from '../state/dialogs';
import { useLoading } from '../state/loading';
import { ModalDialog } from './ModalDialog';

/** The words for a source's kind (literal keys, so the i18n test sees them used). */
const KIND_KEYS = { color: 'about.kind.color', elevation: 'about.kind.elevation' } as const;

/** The pack's build time as a date in the language (the ISO text if it is not a date). */
function formatBuiltAt(builtAt: string, language: string): string {
  const date = new Date(builtAt);
  if (Number.isNaN(date.getTime())) return builtAt;
  const tag = isLanguage(language) ? LANGUAGE_TAGS[language] : 'en';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(date);
}

/** Where the log is, asked once when the dialog opens. */
function useLogLocation(): LogLocation | null {
  const [location, setLocation] = useState<LogLocation | null>(null);
  useEffect(() => {
    let live = true;
    getBridge()
      .getLogLocation()
      .then(
        (answer) => live && setLocation(answer),
        () => live && setLocation({ file: null, canOpenFolder: false }),
      );
    return () => {
      live = false;
    };
  }, []);
  return location;
}

/**
 * About Farside: the app and pack versions, the pack's sources, the data
 * credits and licences, the bundled libraries and their licences
 * (renderer/about/licenses.json, `npm run licenses`), and where the log
 * file is, with a button to open its folder where the host can.
 *
 * @example <AboutDialog />
 */
export function AboutDialog() {
  const { t, i18n } = useTranslation();
  const appInfo = useLoading((s) => s.appInfo);
  const pack = useLoading((s) => s.pack);
  const log = useLogLocation();
  const title = t('about.title');
  const manifest = pack?.state === 'ready' ? pack.manifest : null;
  return (
    <ModalDialog
      label={title}
      className="about"
      onClose={closeDialog}
      actions={
        log?.canOpenFolder && (
          <button type="button" onClick={() => void getBridge().openLogFolder()}>
            {t('about.openLogFolder')}
          </button>
        )
      }
    >
      <h2>{title}</h2>
      <p data-testid="about-version">
        {t('about.version', { version: appInfo?.version ?? __FARSIDE_VERSION__ })}
      </p>
      <h3>{t('about.packHeading')}</h3>
      {manifest ? (
        <>
          <p data-testid="about-pack">
            {t('about.pack', {
              version: manifest.version,
              builtAt: formatBuiltAt(manifest.builtAt, i18n.language),
            })}
          </p>
          <ul className="sources">
            {manifest.sources.map((source) => (
              <li key={source.name}>
                <code>{source.name}</code> ({t(KIND_KEYS[source.kind])})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('about.noPack')}</p>
      )}
      <h3>{t('about.creditsHeading')}</h3>
      <p>{KIT_CREDIT}.</p>
      <p>{t('about.dataLicence')}</p>
      <p>{t('about.gazetteer')}</p>
      <details className="libraries">
        <summary>{t('about.libraries', { count: LICENSES.length })}</summary>
        <ul data-testid="about-libraries">
          {LICENSES.map((lib) => (
            <li key={`${lib.name}@${lib.version}`}>
              {lib.name} {lib.version} — {lib.license}
            </li>
          ))}
        </ul>
      </details>
      <p>{t('about.appLicence')}</p>
      <h3>{t('about.logHeading')}</h3>
      <p className="note" data-testid="about-log">
        {log === null ? '…' : log.file ? t('about.logFile', { file: log.file }) : t('about.noLog')}
      </p>
      <p className="note">{t('about.logPrivacy')}</p>
    </ModalDialog>
  );
}
