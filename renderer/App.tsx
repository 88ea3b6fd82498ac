import { Suspense, lazy, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from './bridge';
import { message, translate } from './i18n/message';
import { siteById } from './state/catalog';
import { hasOverlay, useLayers } from './state/layers';
import { useGazetteer } from './state/gazetteer';
import { useLoading } from './state/loading';
import { useNavigation } from './state/navigation';
import { selectSite } from './state/selection';
import { GRATICULE, useVisibleSites } from './state/visibleSites';
import { SITES } from './state/catalog';
import { startPackLoad } from './pack/loadPack';
import { KioskMode } from './kiosk/KioskMode';
import { picturesAllowed, showsControl, useKiosk } from './kiosk/store';
import { ErrorBoundary } from './ui/ErrorBoundary';

// The 3D scene (React Three Fiber, the controls) is its own chunk, requested
// at once and mounted before the pack status is known: it downloads,
// compiles and creates its WebGL context while the manifest and the first
// layers load.
const viewerChunk = import('./scene/Viewer');
const Viewer = lazy(() => viewerChunk.then((m) => ({ default: m.Viewer })));
// Dialogs the first frame never shows load when first opened.
const ExportDialog = lazy(() =>
  import('./ui/ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
const SharperDataDialog = lazy(() =>
  import('./ui/SharperDataDialog').then((m) => ({ default: m.SharperDataDialog })),
);
import { LayersPanel } from './ui/LayersPanel';
import { LoadingIndicator } from './ui/LoadingIndicator';
import { MissingPackScreen } from './ui/MissingPackScreen';
import { PointerReadout } from './ui/PointerReadout';
import { FeaturePanel } from './ui/FeaturePanel';
import { SearchBox } from './ui/SearchBox';
import { SiteInfoPanel } from './ui/SiteInfoPanel';
import { SiteLabels } from './ui/SiteLabels';
import { useSharperData } from './pack/sharperData';
import { StatusBar } from './ui/StatusBar';
import { Toolbar } from './ui/Toolbar';
import { Messages } from './ui/Messages';
import { usePictureDrop } from './ui/usePictureDrop';
import { useExportDialog } from './export/pictureActions';
import { useShortcuts } from './keys/useShortcuts';
import { useMenuActions } from './keys/useMenuActions';
import { runAction } from './keys/actions';
import { closePlaces, togglePlaces, usePanels } from './state/panels';
import { startViewLink } from './view/link';
import { SunLabels } from './ui/SunLabels';
import { SunPanel } from './ui/SunPanel';
import { DamagedPackNotice } from './ui/DamagedPackNotice';
import { useLight } from './state/light';
import { startSunClock } from './state/sun';
import { startSettingsPersistence } from './settings/persist';
import { Dialogs } from './ui/Dialogs';
import { reportError } from './log/reportError';
import { ViewDescription } from './ui/ViewDescription';

/** Ask the host for the pack, once. */
function usePackStatus(): void {
  useEffect(() => {
    const bridge = getBridge();
    void Promise.all([bridge.getPackStatus(), bridge.getAppInfo()]).then(
      ([pack, appInfo]) => {
        // A pack the host found broken is worth a line in the log (a missing one is a fresh install).
        if (pack.state === 'invalid') reportError('pack-load', pack.reason, 'the pack is invalid');
        if (pack.state === 'ready' && pack.damage) {
          reportError('pack-load', pack.damage.reason, 'pack files left out');
        }
        // Fetch and decode the first layers now, in parallel with mounting the scene.
        if (pack.state === 'ready') {
          startPackLoad(pack.manifest, pack.baseUrl, pack.damage?.files ?? []);
        }
        useLoading.setState({
          pack,
          appInfo,
          phase: pack.state === 'ready' ? 'loading' : 'missing',
        });
      },
      (error: unknown) => {
        reportError('pack-load', error, 'the host did not answer');
        useLoading.setState({
          phase: 'error',
          error: message('app.hostError'),
        });
      },
    );
  }, []);
}

/**
 * Mirror discrete state into <html data-*> for kiosks, tests and benchmarks:
 * data-farside-state = checking | missing | loading | preview | ready | error,
 * data-camera-moving = true | false.
 */
function useDomStateMirror(): void {
  useEffect(() => {
    const root = document.documentElement.dataset;
    const offLoading = useLoading.subscribe((s) => {
      // An error is final (its screens offer a reload), whether the loader or
      // the error boundary reported it: later loading news must not hide it.
      if (root.farsideState !== 'error') root.farsideState = s.phase;
      root.colorWidth = String(s.colorWidth);
    });
    const offNav = useNavigation.subscribe((s) => {
      root.cameraMoving = String(s.moving);
    });
    root.farsideState = useLoading.getState().phase;
    root.cameraMoving = 'false';
    return () => {
      offLoading();
      offNav();
    };
  }, []);
}

const toggleHelp = () => runAction('help');

function Overlay() {
  const placesOpen = usePanels((s) => s.placesOpen);
  useShortcuts();
  usePictureDrop();
  const exportOpen = useExportDialog((s) => s.open);
  const sharperOpen = useSharperData((s) => s.open);
  const phase = useLoading((s) => s.phase);
  const error = useLoading((s) => s.error);
  const sites = useVisibleSites();
  const selectedId = useLayers((s) => s.selectedId);
  const select = useLayers((s) => s.select);
  const graticule = useLayers(hasOverlay('grid'));
  const selected = selectedId ? siteById.get(selectedId) : undefined;
  const closeInfo = useCallback(() => select(null), [select]);
  const gazetteer = useGazetteer((s) => s.gazetteer);
  const feature = useGazetteer((s) => s.selected);
  const selectFeature = useGazetteer((s) => s.selectFeature);
  const closeFeature = useCallback(() => selectFeature(null), [selectFeature]);
  const ready = phase === 'ready' || phase === 'preview';
  const { t } = useTranslation();
  const showToolbar = useKiosk(showsControl('toolbar'));
  const showHelp = useKiosk(showsControl('help'));
  const showPlaces = useKiosk(showsControl('places'));
  const showRelief = useKiosk(showsControl('relief'));
  const showReadout = useKiosk(showsControl('readout'));
  const showStatusBar = useKiosk(showsControl('statusBar'));
  const sunMode = useLight((s) => s.mode === 'sun');
  const kiosk = useKiosk((s) => s.enabled);
  const showSave = useKiosk(picturesAllowed);
  return (
    <div className="overlay">
      {ready && (
        <SiteLabels
          sites={sites}
          selectedId={selectedId}
          onSelect={selectSite}
          gridLabels={graticule ? GRATICULE.labels : []}
        />
      )}
      {ready && <SunLabels />}
      <header className="title">
        <h1>{t('app.name')}</h1>
      </header>
      {showToolbar && (
        <Toolbar
          onHelp={toggleHelp}
          onPlaces={togglePlaces}
          showHelp={showHelp}
          showPlaces={showPlaces}
          showRelief={showRelief}
          showViewFiles={!kiosk}
          showSettings={!kiosk}
          showSave={showSave}
        />
      )}
      <LoadingIndicator />
      {placesOpen && <LayersPanel sites={SITES} onSelect={selectSite} onClose={closePlaces} />}
      {selected && <SiteInfoPanel site={selected} onClose={closeInfo} />}
      {!selected && gazetteer && feature !== null && (
        <FeaturePanel gazetteer={gazetteer} index={feature} onClose={closeFeature} />
      )}
      {ready && <SearchBox />}
      {phase === 'error' && (
        <div className="screen error" role="alert">
          <h1>{t('app.loadErrorTitle')}</h1>
          {error && <p>{translate(t, error)}</p>}
          <pre className="command">
            <code>npm run assets</code>
          </pre>
        </div>
      )}
      {/* Both dock at the left; the places panel, when open, takes the place.
          A kiosk without the toolbar (where the light switch is) shows no Sun controls. */}
      {sunMode && showToolbar && !placesOpen && <SunPanel />}
      {showReadout && <PointerReadout />}
      {showStatusBar && <StatusBar />}
      <Suspense fallback={null}>
        {exportOpen && ready && showSave && <ExportDialog />}
        {sharperOpen && <SharperDataDialog />}
      </Suspense>
      <Dialogs />
      <DamagedPackNotice />
      <Messages />
    </div>
  );
}

/** The address fragment follows the view, and an opened link shows its view. */
function useViewLink(): void {
  useEffect(() => startViewLink(), []);
}

/** The Sun follows the light's moment (and "now") for as long as the app runs. */
function useSunClock(): void {
  useEffect(() => startSunClock(), []);
}

/** The last view, names and choices are remembered (renderer/settings/persist.ts). */
function useSettingsPersistence(): void {
  useEffect(() => startSettingsPersistence(), []);
}

export function App() {
  usePackStatus();
  useSunClock();
  useDomStateMirror();
  useViewLink();
  useSettingsPersistence();
  // Menu items work on every screen (Settings, About, sharper data on the missing-pack one too).
  useMenuActions();
  const pack = useLoading((s) => s.pack);
  // A kiosk reset starts the overlay afresh: panels, search text, focus.
  const session = useKiosk((s) => s.session);
  const sharperOpen = useSharperData((s) => s.open);
  const { t } = useTranslation();
  if (pack && pack.state !== 'ready') {
    // The way out is on this screen too: sharper data (a folder of kit files
    // or a download), and the menu's dialogs.
    return (
      <>
        <MissingPackScreen status={pack} />
        <Suspense fallback={null}>{sharperOpen && <SharperDataDialog />}</Suspense>
        <Dialogs />
        <Messages />
      </>
    );
  }
  return (
    <ErrorBoundary>
      <main className="stage" aria-label={t('a11y.stage')}>
        <Suspense fallback={null}>
          <Viewer />
        </Suspense>
        <ViewDescription />
      </main>
      <Overlay key={session} />
      <KioskMode />
    </ErrorBoundary>
  );
}
