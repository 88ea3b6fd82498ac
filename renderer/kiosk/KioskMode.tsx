import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteText } from '../i18n/catalogText';
import { useKiosk } from './store';
import { useExitGesture } from './useExitGesture';
import { useIdleCycle } from './useIdleCycle';
import { useKioskConfig } from './useKioskConfig';
import { useTouchPolicy } from './useTouchPolicy';
import { PinPad } from './PinPad';
import './kiosk.css';

/**
 * Mirror kiosk state into <html data-kiosk*> for CSS (large type), tests and
 * monitoring: data-kiosk = on | off, data-kiosk-phase, data-kiosk-countdown,
 * data-kiosk-cycles, data-kiosk-session.
 */
function useKioskMirror(): void {
  useEffect(() => {
    const root = document.documentElement.dataset;
    const write = () => {
      const s = useKiosk.getState();
      root.kiosk = s.enabled ? 'on' : 'off';
      root.kioskPhase = s.phase;
      root.kioskCountdown = String(s.countdownRemaining);
      root.kioskCycles = String(s.tourCycles);
      root.kioskSession = String(s.session);
      root.largeType = String(s.enabled && s.config.largeType);
    };
    write();
    return useKiosk.subscribe(write);
  }, []);
}

/** The first-time hint goes away after `hintSeconds` (or at the next countdown). */
function useHintTimeout(): void {
  const hint = useKiosk((s) => s.hint);
  const hintSeconds = useKiosk((s) => s.config.hintSeconds);
  useEffect(() => {
    if (!hint) return;
    const timer = window.setTimeout(() => useKiosk.setState({ hint: false }), hintSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [hint, hintSeconds]);
}

/**
 * Museum kiosk mode: reads the host's kiosk settings; when on, runs the
 * idle cycle (countdown, full reset, attract tour), the touch policy and the
 * hidden operator exit, and shows the countdown, captions, hint and any
 * problem with the settings. Renders nothing when kiosk mode is off.
 *
 * @example <KioskMode />
 */
export function KioskMode() {
  const { t } = useTranslation();
  const siteText = useSiteText();
  useKioskConfig();
  useKioskMirror();
  useTouchPolicy();
  useExitGesture();
  useIdleCycle();
  useHintTimeout();
  const machine = useKiosk((s) => s.machine);
  const enabled = useKiosk((s) => s.enabled);
  const phase = useKiosk((s) => s.phase);
  const remaining = useKiosk((s) => s.countdownRemaining);
  const caption = useKiosk((s) => s.caption);
  const problems = useKiosk((s) => s.problems);
  const pinPadOpen = useKiosk((s) => s.pinPadOpen);
  const hint = useKiosk((s) => s.hint && s.phase === 'visitor');
  if (!enabled) return null;
  return (
    <div className="kiosk-layer">
      {problems.length > 0 && (
        <section className="kiosk-problems" role="status" aria-label={t('kiosk.problemsLabel')}>
          <p>{t('kiosk.problemsTitle')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {phase === 'tour' && (
        <div className="kiosk-tour" aria-live="polite">
          {caption && (
            <p className="kiosk-caption">
              {caption.text || (caption.siteId ? siteText(caption.siteId).name : '')}
            </p>
          )}
          <p className="kiosk-invite">{t('kiosk.tourInvite')}</p>
        </div>
      )}
      {phase === 'countdown' && (
        <div className="kiosk-countdown" role="alertdialog" aria-live="assertive">
          <p>{t('kiosk.countdown', { seconds: remaining })}</p>
          <button type="button" onClick={() => machine?.keepExploring()}>
            {t('kiosk.keepExploring')}
          </button>
        </div>
      )}
      {hint && <p className="kiosk-hint">{t('kiosk.hint')}</p>}
      {pinPadOpen && (
        <PinPad
          onExit={() => {
            machine?.dispose();
            useKiosk.setState({
              enabled: false,
              pinPadOpen: false,
              phase: 'visitor',
              caption: null,
            });
          }}
        />
      )}
    </div>
  );
}
