import { useTranslation } from 'react-i18next';
import { SITE_GAZETTEER_NAMES } from '../gazetteer/siteLinks';
import { GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { ensureGazetteer, flyToFeature } from '../state/gazetteer';

export interface GazetteerLinkProps {
  siteId: string;
}

/**
 * The IAU name of a landing-site catalog entry, as a link to its gazetteer
 * panel; nothing when the site has no IAU name.
 *
 * @example <GazetteerLink siteId="apollo-11" />
 */
export function GazetteerLink({ siteId }: GazetteerLinkProps) {
  const { t } = useTranslation();
  const name = SITE_GAZETTEER_NAMES[siteId];
  if (!name) return null;
  const open = async () => {
    const g = await ensureGazetteer();
    const k = g ? g.names.indexOf(name) : -1;
    if (k >= 0) await flyToFeature(k);
  };
  return (
    <div>
      <dt>{t(S.panelGazetteerName)}</dt>
      <dd>
        <button type="button" className="link" onClick={() => void open()}>
          {name}
        </button>
      </dd>
    </div>
  );
}
