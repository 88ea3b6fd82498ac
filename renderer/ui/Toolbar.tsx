import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAGGERATION_MAX, EXAGGERATION_MIN, useMoon } from '../state/moon';
import { NamesToggle } from './NamesToggle';
import { LightToggle } from './LightToggle';
import { goFarSide, goNearSide, resetView } from '../state/navigation';
import { copyViewLink } from '../view/link';
import { openExportDialog, openPictureFile } from '../export/pictureActions';
import { VIEW_STRINGS } from './strings/views';
import { LanguagePicker } from './LanguagePicker';
import { openAbout, openDialog } from '../state/dialogs';
import { keyHint } from '../keys/keyHint';

export interface ToolbarProps {
  onHelp: () => void;
  onPlaces: () => void;
  /** Kiosk settings may hide these (renderer/kiosk); all show by default. */
  showHelp?: boolean;
  showPlaces?: boolean;
  showRelief?: boolean;
  /** "Copy link" and "Open view" (a file chooser): not on a kiosk. */
  showViewFiles?: boolean;
  /** "Save picture" (a kiosk shows it only with `pictures.allowSave`). */
  showSave?: boolean;
  /** "Settings": not on a kiosk (nothing a visitor changes is kept, and it names a folder). */
  showSettings?: boolean;
}

/**
 * Keep `--below-toolbar` on the document at the toolbar's bottom edge (plus a
 * gap), so panels and messages open below it however many rows it wraps to
 * in a narrow window or a longer language. Measured on resize, not per frame.
 */
function usePublishToolbarBottom() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const root = document.documentElement.style;
    const publish = () =>
      root.setProperty(
        '--below-toolbar',
        `${Math.ceil(toolbar.getBoundingClientRect().bottom) + 8}px`,
      );
    const observer = new ResizeObserver(publish);
    observer.observe(toolbar);
    publish();
    return () => {
      observer.disconnect();
      root.removeProperty('--below-toolbar');
    };
  }, []);
  return ref;
}

/**
 * View buttons, the relief control and the language.
 *
 * @example <Toolbar onHelp={toggleHelp} onPlaces={togglePlaces} />
 */
export function Toolbar({
  onHelp,
  onPlaces,
  showHelp = true,
  showPlaces = true,
  showRelief = true,
  showViewFiles = true,
  showSave = true,
  showSettings = true,
}: ToolbarProps) {
  const { t } = useTranslation();
  const exaggeration = useMoon((s) => s.exaggeration);
  const setExaggeration = useMoon((s) => s.setExaggeration);
  // A damaged elevation grid is drawn smooth: there is no relief to exaggerate.
  const reliefDrawn = useMoon((s) => s.layers?.relief ?? true);
  const ref = usePublishToolbarBottom();
  return (
    <nav ref={ref} className="toolbar" aria-label={t('toolbar.label')}>
      {showPlaces && (
        <button type="button" onClick={onPlaces} title={keyHint(t, 'places')}>
          {t('toolbar.places')}
        </button>
      )}
      <NamesToggle />
      <button type="button" onClick={() => void goNearSide()} title={keyHint(t, 'nearSide')}>
        {t('toolbar.nearSide')}
      </button>
      <button type="button" onClick={() => void goFarSide()} title={keyHint(t, 'farSide')}>
        {t('toolbar.farSide')}
      </button>
      <button type="button" onClick={() => void resetView()} title={keyHint(t, 'resetView')}>
        {t('toolbar.reset')}
      </button>
      <LightToggle />
      {showRelief && (
        <label
          className="relief"
          title={reliefDrawn ? t('toolbar.reliefHint') : t('pack.damagedRelief')}
        >
          <span>
            {t('toolbar.relief', { value: exaggeration.toFixed(exaggeration < 10 ? 1 : 0) })}
          </span>
          <input
            type="range"
            min={EXAGGERATION_MIN}
            max={EXAGGERATION_MAX}
            step={0.5}
            value={exaggeration}
            onChange={(e) => setExaggeration(Number(e.currentTarget.value))}
            disabled={!reliefDrawn}
            aria-label={t('toolbar.reliefLabel')}
          />
        </label>
      )}
      {showViewFiles && (
        <button
          type="button"
          onClick={() => void copyViewLink()}
          title={t(VIEW_STRINGS.copyLinkTitle)}
        >
          {t(VIEW_STRINGS.copyLink)}
        </button>
      )}
      {showSave && (
        <button type="button" onClick={openExportDialog} title={t(VIEW_STRINGS.exportTitle)}>
          {t(VIEW_STRINGS.exportButton)}
        </button>
      )}
      {showViewFiles && (
        <button type="button" onClick={openPictureFile} title={t(VIEW_STRINGS.openTitle)}>
          {t(VIEW_STRINGS.openButton)}
        </button>
      )}
      <LanguagePicker />
      {showSettings && (
        <button
          type="button"
          onClick={() => openDialog('settings')}
          title={t('settings.openHint')}
          aria-haspopup="dialog"
          data-testid="open-settings"
        >
          {t('settings.open')}
        </button>
      )}
      {showSettings && (
        <button
          type="button"
          onClick={openAbout}
          title={t('about.openHint')}
          aria-haspopup="dialog"
          data-testid="open-about"
        >
          {t('about.open')}
        </button>
      )}
      {showHelp && (
        <button
          type="button"
          onClick={onHelp}
          title={keyHint(t, 'help')}
          aria-label={t('toolbar.help')}
        >
          ?
        </button>
      )}
    </nav>
  );
}
