/**
 * Runs the kiosk's idle cycle once the globe is ready: the idle machine
 * (idleMachine.ts) fed by every touch, click, key and wheel, the full reset
 * (reset.ts) and the attract tour (tourRunner.ts) flying through views with
 * applyView. The machine is published in the kiosk store for "Keep exploring".
 */
import { useEffect } from 'react';
import { altKmToDistance, distanceToAltKm } from '../../assets/format/view';
import { siteById } from '../state/catalog';
import { useLoading } from '../state/loading';
import { framingDistance, useNavigation } from '../state/navigation';
import { applyView } from '../view/applyView';
import { createIdleMachine } from './cycle/idleMachine';
import { fullReset } from './reset';
import { resolveKioskViews, type Place } from './cycle/resolveStops';
import { useKiosk } from './store';
import { createTourRunner } from './cycle/tourRunner';

function place(id: string): Place | undefined {
  const site = siteById.get(id);
  if (!site) return undefined;
  const o = site.outline;
  const radiusKm = o ? (o.shape === 'circle' ? o.diameterKm / 2 : o.majorAxisKm / 2) : null;
  return {
    id,
    latDeg: site.latDeg,
    lonDeg: site.lonDeg,
    altKm: distanceToAltKm(Math.max(framingDistance(radiusKm), altKmToDistance(1500))),
  };
}

/** Inputs that mean someone is there. Captured on window, before anything else sees them. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

export function useIdleCycle(): void {
  const enabled = useKiosk((s) => s.enabled);
  const config = useKiosk((s) => s.config);
  const ready = useLoading((s) => s.phase === 'ready' || s.phase === 'preview');
  const hasControls = useNavigation((s) => s.controls !== null);

  useEffect(() => {
    if (!enabled || !ready || !hasControls) return;
    const { home, stops, problems } = resolveKioskViews(config, place);
    if (problems.length > 0) {
      useKiosk.setState((s) => ({ problems: [...new Set([...s.problems, ...problems])] }));
    }
    const controls = useNavigation.getState().controls!;
    const restingSmoothTime = controls.smoothTime;
    const tour = createTourRunner(
      stops,
      {
        fly: (view) => applyView(view, { animate: true }),
        halt: () => controls.stop(),
        caption: (caption) => useKiosk.setState({ caption }),
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
      { maxFlightMs: config.tour.transitionSeconds * 3000 + 3000 },
    );
    const cycle = createIdleMachine(
      { idleMs: config.idleSeconds * 1000, countdownSeconds: config.countdownSeconds },
      {
        onChange: (phase, countdownRemaining) => useKiosk.setState({ phase, countdownRemaining }),
        reset: () => fullReset(home, config.language),
        startTour: () => {
          // camera-controls reaches ~its target in about 4 smooth times.
          controls.smoothTime = config.tour.transitionSeconds / 4;
          tour.start();
        },
        stopTour: () => {
          tour.stop();
          controls.smoothTime = restingSmoothTime;
          useKiosk.setState({ tourCycles: tour.cycles(), hint: config.hintSeconds > 0 });
        },
      },
    );
    // Count cycles for monitoring without a timer of our own: on each caption change.
    const offCaption = useKiosk.subscribe((s, prev) => {
      if (s.caption !== prev.caption && tour.cycles() !== s.tourCycles) {
        useKiosk.setState({ tourCycles: tour.cycles() });
      }
    });
    const onActivity = (event: Event) => {
      if (!event.isTrusted) return;
      // A hovering mouse is not a visitor; a dragging finger or button is.
      if (event instanceof PointerEvent && event.type === 'pointermove' && event.buttons === 0) {
        return;
      }
      cycle.activity();
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    // A kiosk that just started (or was reloaded after a crash) shows the tour.
    void fullReset(home, config.language).then(() => cycle.start('tour'));
    useKiosk.setState({ machine: cycle });
    return () => {
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true });
      }
      offCaption();
      cycle.dispose();
      controls.smoothTime = restingSmoothTime;
      useKiosk.setState({ machine: null, hint: false });
    };
  }, [enabled, ready, hasControls, config]);
}
