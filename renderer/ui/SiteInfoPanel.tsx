import { sampleHeightM } from '../geo/dem';
import type { Site } from '../sites/schema';
import { KIND_STYLE } from '../sites/style';
import { useMoon } from '../state/moon';
import { GazetteerLink } from './GazetteerLink';

export interface SiteInfoPanelProps {
  site: Site;
  onClose: () => void;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function coordinate(deg: number, pos: string, neg: string): string {
  return `${Math.abs(deg).toFixed(4)}° ${deg >= 0 ? pos : neg}`;
}

function dateText(iso: string): string {
  // Date-times are shown in UTC, as mission timelines are.
  return iso.length > 10 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

function outlineText(site: Site): string | null {
  const o = site.outline;
  if (!o) return null;
  if (o.shape === 'circle') return `${number.format(o.diameterKm)} km across (${o.source})`;
  return `${number.format(o.majorAxisKm)} × ${number.format(o.minorAxisKm)} km ellipse, long axis ${o.azimuthDeg}° from north (${o.source})`;
}

/**
 * Facts about the selected site and where its coordinates come from
 * (source, frame, stated accuracy).
 *
 * @example <SiteInfoPanel site={site} onClose={() => select(null)} />
 */
export function SiteInfoPanel({ site, onClose }: SiteInfoPanelProps) {
  const grid = useMoon((s) => s.layers?.elevationGrid);
  const lolaM = grid ? sampleHeightM(grid, site.latDeg, site.lonDeg) : null;
  const farSide = Math.abs(site.lonDeg) > 90;
  const outline = outlineText(site);
  const d = site.dates;
  return (
    <aside className="panel info" aria-label={`About ${site.name}`} data-site-id={site.id}>
      <header>
        <span className="kind" style={{ color: KIND_STYLE[site.kind].color }}>
          {KIND_STYLE[site.kind].label}
          {farSide ? ' · far side' : ' · near side'}
        </span>
        <h2>{site.name}</h2>
        {site.alternateNames.length > 0 && <p className="aka">{site.alternateNames.join(' · ')}</p>}
      </header>
      <p>{site.description}</p>
      <dl className="facts">
        {d?.launch && (
          <div>
            <dt>Launched</dt>
            <dd>{dateText(d.launch)}</dd>
          </div>
        )}
        {d?.landing && (
          <div>
            <dt>Landed</dt>
            <dd>{dateText(d.landing)}</dd>
          </div>
        )}
        {d?.return && (
          <div>
            <dt>Returned</dt>
            <dd>{dateText(d.return)}</dd>
          </div>
        )}
        {outline && (
          <div>
            <dt>Size</dt>
            <dd>{outline}</dd>
          </div>
        )}
        <div>
          <dt>Position</dt>
          <dd>
            {coordinate(site.latDeg, 'N', 'S')}, {coordinate(site.lonDeg, 'E', 'W')}
          </dd>
        </div>
        <GazetteerLink siteId={site.id} />
        {site.elevationM !== undefined && (
          <div>
            <dt>Elevation</dt>
            <dd>{number.format(site.elevationM)} m (published)</dd>
          </div>
        )}
        {lolaM !== null && (
          <div>
            <dt>LOLA height here</dt>
            <dd>{number.format(Math.round(lolaM))} m above the 1737.4 km datum</dd>
          </div>
        )}
      </dl>
      <section className="provenance" aria-label="Where the coordinates come from">
        <h3>Coordinates</h3>
        <p>
          {site.provenance.source}. Frame: {site.provenance.frame}. Accuracy:{' '}
          {site.provenance.accuracy}.{site.provenance.note ? ` ${site.provenance.note}` : ''}
        </p>
      </section>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
