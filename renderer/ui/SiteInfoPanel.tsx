import { MOON_RADIUS_M } from '../../assets/format/georef';
import { useTranslation } from 'react-i18next';
import { usePanelFocus } from './usePanelFocus';
import { sampleHeightM } from '../geo/dem';
import { useSiteText } from '../i18n/catalogText';
import { useFormat, type Formatters } from '../i18n/format';
import type { Site } from '../sites/schema';
import { KIND_STYLE } from '../sites/style';
import { useMoon } from '../state/moon';
import { GazetteerLink } from './GazetteerLink';
import type { TFunction } from 'i18next';

export interface SiteInfoPanelProps {
  site: Site;
  onClose: () => void;
}

function dateText(t: TFunction, iso: string): string {
  // Date-times are shown in UTC, as mission timelines are.
  return iso.length > 10
    ? t('info.dateTimeUtc', { date: iso.slice(0, 10), time: iso.slice(11, 16) })
    : iso;
}

function outlineText(t: TFunction, f: Formatters, site: Site): string | null {
  const o = site.outline;
  if (!o) return null;
  if (o.shape === 'circle') {
    return t('info.circle', { diameter: f.length(o.diameterKm), source: o.source });
  }
  return t('info.ellipse', {
    major: f.length(o.majorAxisKm),
    minor: f.length(o.minorAxisKm),
    azimuth: f.integer(o.azimuthDeg),
    source: o.source,
  });
}

/**
 * Facts about the selected site and where its coordinates come from
 * (source, frame, stated accuracy), in the current language.
 *
 * @example <SiteInfoPanel site={site} onClose={() => select(null)} />
 */
export function SiteInfoPanel({ site, onClose }: SiteInfoPanelProps) {
  const { t } = useTranslation();
  const panelRef = usePanelFocus<HTMLElement>(site.id);
  const f = useFormat();
  const text = useSiteText()(site.id);
  const grid = useMoon((s) => (s.layers?.relief ? s.layers.elevationGrid : undefined));
  const lolaM = grid ? sampleHeightM(grid, site.latDeg, site.lonDeg) : null;
  const farSide = Math.abs(site.lonDeg) > 90;
  const outline = outlineText(t, f, site);
  const d = site.dates;
  return (
    <aside
      ref={panelRef}
      tabIndex={-1}
      className="panel info"
      aria-label={t('info.label', { name: text.name })}
      data-site-id={site.id}
    >
      <header>
        <span className="kind" style={{ color: KIND_STYLE[site.kind].color }}>
          {t(KIND_STYLE[site.kind].labelKey)} · {farSide ? t('side.far') : t('side.near')}
        </span>
        <h2>{text.name}</h2>
        {site.alternateNames.length > 0 && <p className="aka">{site.alternateNames.join(' · ')}</p>}
      </header>
      <p>{text.description}</p>
      <dl className="facts">
        {d?.launch && (
          <div>
            <dt>{t('info.launched')}</dt>
            <dd>{dateText(t, d.launch)}</dd>
          </div>
        )}
        {d?.landing && (
          <div>
            <dt>{t('info.landed')}</dt>
            <dd>{dateText(t, d.landing)}</dd>
          </div>
        )}
        {d?.return && (
          <div>
            <dt>{t('info.returned')}</dt>
            <dd>{dateText(t, d.return)}</dd>
          </div>
        )}
        {outline && (
          <div>
            <dt>{t('info.size')}</dt>
            <dd>{outline}</dd>
          </div>
        )}
        <div>
          <dt>{t('info.position')}</dt>
          <dd>
            {f.latDeg(site.latDeg, 4)}, {f.lonDeg(site.lonDeg, 4)}
          </dd>
        </div>
        <GazetteerLink siteId={site.id} />
        {site.elevationM !== undefined && (
          <div>
            <dt>{t('info.elevation')}</dt>
            <dd>{t('info.elevationValue', { value: f.integer(site.elevationM) })}</dd>
          </div>
        )}
        {lolaM !== null && (
          <div>
            <dt>{t('info.lola')}</dt>
            <dd>
              {t('info.lolaValue', {
                value: f.height(lolaM),
                datum: f.length(MOON_RADIUS_M / 1000, 1),
              })}
            </dd>
          </div>
        )}
      </dl>
      <section className="provenance" aria-label={t('info.provenanceLabel')}>
        <h3>{t('info.coordinates')}</h3>
        <p>
          {t('info.provenance', {
            source: site.provenance.source,
            frame: text.frame,
            accuracy: text.accuracy,
          })}
          {text.note ? ` ${text.note}` : ''}
        </p>
      </section>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </aside>
  );
}
