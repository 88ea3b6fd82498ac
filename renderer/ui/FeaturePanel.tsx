import { useMemo } from 'react';
import type { Gazetteer } from '../../assets/format/gazetteer';
import { formatLatLon } from '../gazetteer/coordinates';
import { featureTypeLabel, GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { sampleHeightM } from '../geo/dem';
import { heightRangeInCircle } from '../geo/heightRange';
import { flyToFeature } from '../state/gazetteer';
import { useMoon } from '../state/moon';

export interface FeaturePanelProps {
  gazetteer: Gazetteer;
  index: number;
  onClose: () => void;
}

const metres = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const km = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Facts about one IAU-named feature: type, size, position, the origin of its
 * name, the LOLA relief there, and the source.
 *
 * @example <FeaturePanel gazetteer={g} index={k} onClose={() => selectFeature(null)} />
 */
export function FeaturePanel({ gazetteer: g, index: k, onClose }: FeaturePanelProps) {
  const grid = useMoon((s) => s.layers?.elevationGrid);
  const latDeg = g.latDeg[k]!;
  const lonDeg = g.lonDeg[k]!;
  const diameterKm = g.diameterKm[k]!;
  const relief = useMemo(() => {
    if (!grid) return null;
    const centreM = sampleHeightM(grid, latDeg, lonDeg);
    const range = diameterKm > 0 ? heightRangeInCircle(grid, latDeg, lonDeg, diameterKm / 2) : null;
    return { centreM, range };
  }, [grid, latDeg, lonDeg, diameterKm]);
  const id = g.featureId[k]!;
  const name = g.names[k]!;
  return (
    <aside className="panel info feature" aria-label={`About ${name}`} data-feature-id={id}>
      <header>
        <span className="kind">
          {featureTypeLabel(g.types[g.typeIndex[k]!]!)} ·{' '}
          {Math.abs(lonDeg) > 90 ? S.farSide : S.nearSide}
        </span>
        <h2>{name}</h2>
      </header>
      <dl className="facts">
        <div>
          <dt>{S.panelDiameter}</dt>
          <dd data-fact="diameter">{km.format(diameterKm)} km</dd>
        </div>
        <div>
          <dt>{S.panelPosition}</dt>
          <dd data-fact="position">{formatLatLon(latDeg, lonDeg, 4)}</dd>
        </div>
        {g.origins[k] && (
          <div>
            <dt>{S.panelOrigin}</dt>
            <dd data-fact="origin">{g.origins[k]}</dd>
          </div>
        )}
        {relief && (
          <div>
            <dt>{S.panelHeight}</dt>
            <dd data-fact="height" data-height-m={relief.centreM.toFixed(1)}>
              {metres.format(Math.round(relief.centreM))} {S.aboveDatum}
            </dd>
          </div>
        )}
        {relief?.range && (
          <div>
            <dt>{S.panelRelief}</dt>
            <dd
              data-fact="relief"
              data-min-m={relief.range.minM.toFixed(1)}
              data-max-m={relief.range.maxM.toFixed(1)}
            >
              {metres.format(Math.round(relief.range.minM))} to{' '}
              {metres.format(Math.round(relief.range.maxM))} m (
              {metres.format(Math.round(relief.range.maxM - relief.range.minM))} m deep)
            </dd>
          </div>
        )}
      </dl>
      <section className="provenance" aria-label={S.panelSource}>
        <h3>{S.panelSource}</h3>
        <p>
          {g.credit}; {S.panelFeatureId} {id} (planetarynames.wr.usgs.gov/Feature/{id}).
        </p>
      </section>
      <div className="row">
        <button type="button" onClick={() => void flyToFeature(k)}>
          {S.panelFlyTo}
        </button>
        <button type="button" onClick={onClose}>
          {S.panelClose}
        </button>
      </div>
    </aside>
  );
}
