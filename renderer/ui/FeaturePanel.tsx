import { MOON_RADIUS_M } from '../../assets/format/georef';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePanelFocus } from './usePanelFocus';
import type { Gazetteer } from '../../assets/format/gazetteer';
import { featureTypeKey, GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { useFormat } from '../i18n/format';
import { sampleHeightM } from '../geo/dem';
import { heightRangeInCircle } from '../geo/heightRange';
import { flyToFeature } from '../state/gazetteer';
import { useMoon } from '../state/moon';

export interface FeaturePanelProps {
  gazetteer: Gazetteer;
  index: number;
  onClose: () => void;
}

/**
 * Facts about one IAU-named feature: type, size, position, the origin of its
 * name, the LOLA relief there, and the source.
 *
 * @example <FeaturePanel gazetteer={g} index={k} onClose={() => selectFeature(null)} />
 */
export function FeaturePanel({ gazetteer: g, index: k, onClose }: FeaturePanelProps) {
  const { t } = useTranslation();
  const panelRef = usePanelFocus<HTMLElement>(String(k));
  const f = useFormat();
  const grid = useMoon((s) => (s.layers?.relief ? s.layers.elevationGrid : undefined));
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
  const code = g.types[g.typeIndex[k]!]!;
  const typeKey = featureTypeKey(code);
  const typeWord = typeKey ? t(typeKey) : code;
  return (
    <aside
      ref={panelRef}
      tabIndex={-1}
      className="panel info feature"
      aria-label={t('info.label', { name })}
      data-feature-id={id}
    >
      <header>
        <span className="kind">
          {typeWord} · {t(Math.abs(lonDeg) > 90 ? S.farSide : S.nearSide)}
        </span>
        <h2>{name}</h2>
      </header>
      <dl className="facts">
        <div>
          <dt>{t(S.panelDiameter)}</dt>
          <dd data-fact="diameter">{f.length(diameterKm, 2)}</dd>
        </div>
        <div>
          <dt>{t(S.panelPosition)}</dt>
          <dd data-fact="position">
            {f.latDeg(latDeg, 4)}, {f.lonDeg(lonDeg, 4)}
          </dd>
        </div>
        {g.origins[k] && (
          <div>
            <dt>{t(S.panelOrigin)}</dt>
            <dd data-fact="origin">{g.origins[k]}</dd>
          </div>
        )}
        {relief && (
          <div>
            <dt>{t(S.panelHeight)}</dt>
            <dd data-fact="height" data-height-m={relief.centreM.toFixed(1)}>
              {t(S.aboveDatum, {
                value: f.height(relief.centreM),
                datum: f.length(MOON_RADIUS_M / 1000, 1),
              })}
            </dd>
          </div>
        )}
        {relief?.range && (
          <div>
            <dt>{t(S.panelRelief)}</dt>
            <dd
              data-fact="relief"
              data-min-m={relief.range.minM.toFixed(1)}
              data-max-m={relief.range.maxM.toFixed(1)}
            >
              {t(S.relief, {
                min: f.height(relief.range.minM),
                max: f.height(relief.range.maxM),
                depth: f.height(relief.range.maxM - relief.range.minM),
              })}
            </dd>
          </div>
        )}
      </dl>
      <section className="provenance" aria-label={t(S.panelSource)}>
        <h3>{t(S.panelSource)}</h3>
        <p>
          {t(S.panelFeatureId, {
            credit: g.credit,
            id,
            url: `planetarynames.wr.usgs.gov/Feature/${id}`,
          })}
        </p>
      </section>
      <div className="row">
        <button type="button" onClick={() => void flyToFeature(k)}>
          {t(S.panelFlyTo)}
        </button>
        <button type="button" onClick={onClose}>
          {t(S.panelClose)}
        </button>
      </div>
    </aside>
  );
}
