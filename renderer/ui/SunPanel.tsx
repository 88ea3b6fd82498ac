import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sunElevationDeg } from '../geo/ephemeris';
import { useSiteText } from '../i18n/catalogText';
import { useFormat } from '../i18n/format';
import { siteById } from '../state/catalog';
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { useSun } from '../state/sun';
import { seenFromEarth, showSunPreset } from '../state/lightActions';
import { PHASE_KEY, SUN_OVERLAYS } from '../sunlight/labels';
import { useSunFormat } from '../sunlight/format';
import { SUN_PRESETS } from '../sunlight/presets';
import { SunTimeControls } from './SunTimeControls';
import './sun.css';

/** Panel width plus margins, px (sun.css). */
const PANEL_ROOM_PX = 280;
/** The default globe's radius is about this fraction of the window height. */
const DISC_RADIUS_PER_HEIGHT = 0.4;

/**
 * Open the panel at first only if it fits beside the globe's western limb;
 * in a narrow window it starts folded (moment and phase still showing).
 */
function roomBesideGlobe(): boolean {
  return window.innerWidth / 2 - DISC_RADIUS_PER_HEIGHT * window.innerHeight > PANEL_ROOM_PX;
}

/** The user's last choice, kept while the app runs (the panel unmounts when Places opens). */
let openChoice: boolean | null = null;

/**
 * The real Sun's controls and what it shows: the moment (now, a date-time in
 * UTC or local time, steps, play), phase and lit fraction, the Sun's
 * elevation at the selected place, "Seen from Earth", the
 * terminator/sub-solar/sub-Earth overlays and the story presets. Exact
 * values are on data-* attributes for tests and kiosks.
 *
 * @example <SunPanel />
 */
export function SunPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const sf = useSunFormat();
  const siteText = useSiteText();
  const [open, setOpenState] = useState(() => openChoice ?? roomBesideGlobe());
  const setOpen = (next: boolean) => {
    openChoice = next;
    setOpenState(next);
  };
  const sun = useSun((s) => s.state);
  const timeUtc = useLight((s) => s.timeUtc);
  const overlays = useLayers((s) => s.overlays);
  const setOverlay = useLayers((s) => s.setOverlay);
  const selectedId = useLayers((s) => s.selectedId);
  const site = selectedId ? siteById.get(selectedId) : undefined;
  const preset = SUN_PRESETS.find((p) => p.timeUtc === timeUtc);
  const momentMs = timeUtc === null ? sun.utcMs : Date.parse(timeUtc);
  const siteSunDeg = site ? sunElevationDeg(sun.subSolar, site.latDeg, site.lonDeg) : 0;
  const point = (p: { latDeg: number; lonDeg: number }) => ({
    lat: f.latDeg(p.latDeg, 1),
    lon: f.lonDeg(p.lonDeg, 1),
  });
  return (
    <section
      className="panel sun-panel"
      aria-label={t('sun.panelLabel')}
      data-open={open}
      data-subsolar-lat={sun.subSolar.latDeg}
      data-subsolar-lon={sun.subSolar.lonDeg}
      data-subearth-lat={sun.subEarth.latDeg}
      data-subearth-lon={sun.subEarth.lonDeg}
      data-phase-angle={sun.phaseAngleDeg}
      data-time-utc={timeUtc ?? 'now'}
    >
      <h2>
        <button
          type="button"
          className="sun-fold"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t('sun.panelLabel')}
        </button>
      </h2>
      <p className="sun-moment">
        <strong>{t('sun.momentUtc', { moment: sf.utc(momentMs) })}</strong>
        <br />
        {t('sun.momentLocal', { moment: sf.local(momentMs) })} ·{' '}
        <span className="sun-live">
          {timeUtc === null ? t('sun.liveMoment') : t('sun.fixedMoment')}
        </span>
      </p>
      <p className="sun-facts" data-phase={sun.phase}>
        <strong>{t('sun.phase', { name: t(PHASE_KEY[sun.phase]) })}</strong> ·{' '}
        {t('sun.lit', { percent: sf.percent(sun.illuminatedFraction) })} ·{' '}
        {t('sun.phaseAngle', { deg: f.integer(sun.phaseAngleDeg) })}
      </p>
      {open && (
        <>
          <SunTimeControls />
          <p className="sun-points">
            {t('sun.sunOverhead', point(sun.subSolar))}
            <br />
            {t('sun.earthOverhead', point(sun.subEarth))}
          </p>
          {site && (
            <p className="sun-site" data-sun-site={site.id} data-sun-elevation-deg={siteSunDeg}>
              {t(siteSunDeg >= 0 ? 'sun.sunAbove' : 'sun.sunBelow', {
                deg: f.integer(Math.abs(siteSunDeg)),
                place: siteText(site.id).name,
              })}
            </p>
          )}
          <button
            type="button"
            onClick={() => void seenFromEarth()}
            title={t('sun.seenFromEarthTitle')}
          >
            {t('sun.seenFromEarth')}
          </button>
          <fieldset className="sun-overlays">
            <legend>{t('sun.overlays')}</legend>
            {SUN_OVERLAYS.map((o) => (
              <label key={o.id}>
                <input
                  type="checkbox"
                  checked={overlays.includes(o.id)}
                  onChange={(e) => setOverlay(o.id, e.currentTarget.checked)}
                  data-toggle={o.id}
                />
                {t(o.labelKey)}
              </label>
            ))}
          </fieldset>
          <h3>{t('sun.presets')}</h3>
          <ul className="sun-presets">
            {SUN_PRESETS.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  onClick={() => void showSunPreset(p.id)}
                  title={t(p.noteKey)}
                  data-preset={p.id}
                  aria-pressed={preset?.id === p.id}
                >
                  {t(p.labelKey)}
                </button>
              </li>
            ))}
          </ul>
          {preset && <p className="sun-note">{t(preset.noteKey)}</p>}
        </>
      )}
    </section>
  );
}
