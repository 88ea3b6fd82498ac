import { useTranslation } from 'react-i18next';
import type { GraticuleLabel } from '../geo/graticule';
import { useSiteText } from '../i18n/catalogText';
import { useFormat } from '../i18n/format';
import type { Site } from '../sites/schema';
import { KIND_STYLE, isArea } from '../sites/style';
import { AnchoredLabel } from './AnchoredLabel';

export interface SiteLabelsProps {
  sites: readonly Site[];
  selectedId: string | null;
  onSelect: (site: Site) => void;
  gridLabels: readonly GraticuleLabel[];
}

/**
 * Labels for the visible sites (buttons: click or Tab + Enter selects) and
 * the graticule. Placement and collision happen in the scene's <LabelLayout>.
 *
 * @example <SiteLabels sites={visible} selectedId={null} onSelect={selectSite} gridLabels={[]} />
 */
export function SiteLabels({ sites, selectedId, onSelect, gridLabels }: SiteLabelsProps) {
  const { t } = useTranslation();
  const siteText = useSiteText();
  const f = useFormat();
  return (
    <section className="labels" aria-label={t('labels.label')}>
      {sites.map((site) => (
        <AnchoredLabel
          key={site.id}
          id={`site:${site.id}`}
          latDeg={site.latDeg}
          lonDeg={site.lonDeg}
          priority={site.id === selectedId ? 3 : site.toggleId ? 2 : 1}
          align={isArea(site) ? 'center' : 'pin'}
          className={`site-label${isArea(site) ? ' area' : ''}${site.id === selectedId ? ' selected' : ''}`}
          onActivate={() => onSelect(site)}
          title={t('labels.siteHint', {
            name: siteText(site.id).name,
            kind: t(KIND_STYLE[site.kind].labelKey),
          })}
        >
          {siteText(site.id).name}
        </AnchoredLabel>
      ))}
      {gridLabels.map((l) => (
        <AnchoredLabel
          key={`${l.kind}:${l.valueDeg}:${l.lonDeg}`}
          id={`grid:${l.kind}:${l.valueDeg}:${l.lonDeg}`}
          latDeg={l.latDeg}
          lonDeg={l.lonDeg}
          priority={0}
          align="center"
          className="grid-label"
        >
          {l.kind === 'parallel' ? f.latDeg(l.valueDeg, 0) : f.lonDeg(l.valueDeg, 0)}
        </AnchoredLabel>
      ))}
    </section>
  );
}
