import { useCallback, useEffect, useState } from 'react';
import { getBridge } from './bridge';
import { useLoading } from './state/loading';
import { useNavigation } from './state/navigation';
import { Viewer } from './scene/Viewer';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { HelpPanel } from './ui/HelpPanel';
import { LoadingIndicator } from './ui/LoadingIndicator';
import { MissingPackScreen } from './ui/MissingPackScreen';
import { StatusBar } from './ui/StatusBar';
import { Toolbar } from './ui/Toolbar';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';

/** Ask the host for the pack, once. */
function usePackStatus(): void {
  useEffect(() => {
    const bridge = getBridge();
    void Promise.all([bridge.getPackStatus(), bridge.getAppInfo()]).then(
      ([pack, appInfo]) => {
        useLoading.setState({
          pack,
          appInfo,
          phase: pack.state === 'ready' ? 'loading' : 'missing',
        });
      },
      () =>
        useLoading.setState({
          phase: 'error',
          error: 'Farside could not ask its host for the Moon data.',
        }),
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
      root.farsideState = s.phase;
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

export function App() {
  usePackStatus();
  useDomStateMirror();
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  useKeyboardShortcuts(toggleHelp);
  const pack = useLoading((s) => s.pack);
  const phase = useLoading((s) => s.phase);
  const error = useLoading((s) => s.error);

  if (pack && pack.state !== 'ready') return <MissingPackScreen status={pack} />;
  return (
    <ErrorBoundary>
      {pack && <Viewer manifest={pack.manifest} baseUrl={pack.baseUrl} />}
      <div className="overlay">
        <header className="title">
          <h1>Farside</h1>
        </header>
        <Toolbar onHelp={toggleHelp} />
        <LoadingIndicator />
        {helpOpen && <HelpPanel onClose={() => setHelpOpen(false)} />}
        {phase === 'error' && (
          <div className="screen error" role="alert">
            <h1>The Moon data could not be loaded</h1>
            <p>{error}</p>
            <pre className="command">
              <code>npm run assets</code>
            </pre>
          </div>
        )}
        <StatusBar />
      </div>
    </ErrorBoundary>
  );
}
