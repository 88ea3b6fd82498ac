import { FAR_SIDE_FACTS } from '../sites/catalog';
import type { Site } from '../sites/schema';
import { GROUP_TOGGLES, HEADLINE_TOGGLES } from '../sites/toggles';
import { KIND_STYLE } from '../sites/style';
import { useLayers } from '../state/layers';

export interface LayersPanelProps {
  sites: readonly Site[];
  onSelect: (site: Site) => void;
  onClose: () => void;
}

/**
 * Toggles for sites (the three headline places, groups, all/none) and map
 * overlays, the list of places to fly to, and facts about the far side.
 * Everything is a native checkbox or button, so the keyboard reaches it.
 *
 * @example <LayersPanel sites={SITES} onSelect={selectSite} onClose={close} />
 */
export function LayersPanel({ sites, onSelect, onClose }: LayersPanelProps) {
  const s = useLayers();
  return (
    <aside className="panel layers" aria-label="Places and layers">
      <h2>Places</h2>
      <fieldset>
        <legend>Highlights</legend>
        {HEADLINE_TOGGLES.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={s.headlines.includes(t.id)}
              onChange={() => s.toggleHeadline(t.id)}
              data-toggle={t.id}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Groups</legend>
        {GROUP_TOGGLES.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={s.groups.includes(t.id)}
              onChange={() => s.toggleGroup(t.id)}
              data-toggle={t.id}
            />
            {t.label}
          </label>
        ))}
        <div className="row">
          <button type="button" onClick={s.showAll}>
            Show all
          </button>
          <button type="button" onClick={s.showNone}>
            Hide all
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Map</legend>
        <label>
          <input
            type="checkbox"
            checked={s.overlays.includes('grid')}
            onChange={(e) => s.setOverlay('grid', e.currentTarget.checked)}
          />
          Latitude/longitude grid (G)
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.overlays.includes('boundary')}
            onChange={(e) => s.setOverlay('boundary', e.currentTarget.checked)}
          />
          Near/far side boundary (B)
        </label>
      </fieldset>
      <h3>Fly to</h3>
      <ul className="site-list">
        {sites.map((site) => (
          <li key={site.id}>
            <button type="button" onClick={() => onSelect(site)} data-site={site.id}>
              <span className="swatch" style={{ background: KIND_STYLE[site.kind].color }} />
              {site.name}
              <span className="side">{Math.abs(site.lonDeg) > 90 ? 'far side' : 'near side'}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>The far side</h3>
      {FAR_SIDE_FACTS.map((f) => (
        <p key={f.id} className="fact">
          <strong>{f.title}.</strong> {f.text}
        </p>
      ))}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
