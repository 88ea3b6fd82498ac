import { useTranslation } from 'react-i18next';
import { usePanelFocus } from './usePanelFocus';
import { FAR_SIDE_FACTS } from '../sites/catalog';
import type { Site } from '../sites/schema';
import { GROUP_TOGGLES, HEADLINE_TOGGLES } from '../sites/toggles';
import { KIND_STYLE } from '../sites/style';
import { useLayers } from '../state/layers';
import { useFactText, useSiteText } from '../i18n/catalogText';
import { keyHint } from '../keys/keyHint';

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
  const { t } = useTranslation();
  const panelRef = usePanelFocus<HTMLElement>();
  const siteText = useSiteText();
  const factText = useFactText();
  const s = useLayers();
  return (
    <aside ref={panelRef} tabIndex={-1} className="panel layers" aria-label={t('layers.label')}>
      <h2>{t('layers.title')}</h2>
      <fieldset>
        <legend>{t('layers.highlights')}</legend>
        {HEADLINE_TOGGLES.map((toggle) => (
          <label key={toggle.id}>
            <input
              type="checkbox"
              checked={s.headlines.includes(toggle.id)}
              onChange={() => s.toggleHeadline(toggle.id)}
              data-toggle={toggle.id}
            />
            {t(toggle.labelKey)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('layers.groups')}</legend>
        {GROUP_TOGGLES.map((toggle) => (
          <label key={toggle.id}>
            <input
              type="checkbox"
              checked={s.groups.includes(toggle.id)}
              onChange={() => s.toggleGroup(toggle.id)}
              data-toggle={toggle.id}
            />
            {t(toggle.labelKey)}
          </label>
        ))}
        <div className="row">
          <button type="button" onClick={s.showAll}>
            {t('layers.showAll')}
          </button>
          <button type="button" onClick={s.showNone}>
            {t('layers.hideAll')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('layers.map')}</legend>
        <label>
          <input
            type="checkbox"
            checked={s.overlays.includes('grid')}
            onChange={(e) => s.setOverlay('grid', e.currentTarget.checked)}
          />
          {keyHint(t, 'toggleGrid')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.overlays.includes('boundary')}
            onChange={(e) => s.setOverlay('boundary', e.currentTarget.checked)}
          />
          {keyHint(t, 'toggleBoundary')}
        </label>
      </fieldset>
      <h3>{t('layers.flyTo')}</h3>
      <ul className="site-list">
        {sites.map((site) => (
          <li key={site.id}>
            <button type="button" onClick={() => onSelect(site)} data-site={site.id}>
              <span className="swatch" style={{ background: KIND_STYLE[site.kind].color }} />
              {siteText(site.id).name}
              <span className="side">
                {Math.abs(site.lonDeg) > 90 ? t('side.far') : t('side.near')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('layers.farSide')}</h3>
      {FAR_SIDE_FACTS.map((f) => (
        <p key={f.id} className="fact">
          <strong>{t('layers.factTitle', { title: factText(f.id).title })}</strong>{' '}
          {factText(f.id).text}
        </p>
      ))}
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </aside>
  );
}
