import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usableLayers } from '../../assets/format/pack-status';
import { useLoading } from '../state/loading';
import { VIEW_STRINGS } from './strings/views';

/**
 * Shown over the globe when the host found pack files damaged that the globe
 * can do without (a sharper color level, the elevation grid, the normal
 * map): which files and what is wrong (the host's words, like the missing
 * pack screen), what the globe shows instead, and what fixes it (a command
 * in a development checkout, never one in an installed app). Dismissable.
 *
 * @example <DamagedPackNotice />
 */
export function DamagedPackNotice() {
  const { t } = useTranslation();
  const pack = useLoading((s) => s.pack);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || pack?.state !== 'ready' || pack.damage === null) return null;
  const { damage, manifest } = pack;
  const usable = usableLayers(manifest, damage.files);
  return (
    <aside className="damaged-pack" role="alert" data-damaged-files={damage.files.length}>
      <div className="damaged-pack-head">
        <h2>{t('pack.damagedTitle')}</h2>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          aria-label={t(VIEW_STRINGS.dismiss)}
          title={t(VIEW_STRINGS.dismiss)}
        >
          ×
        </button>
      </div>
      <p>{damage.reason}</p>
      {damage.files.length > 1 && (
        <ul className="pack-files">
          {damage.files.map((item) => (
            <li key={item.file}>
              <code>{item.file}</code> {item.detail}
            </li>
          ))}
        </ul>
      )}
      <ul className="damaged-pack-effects">
        {usable.colorLevels.length < manifest.color.levels.length && (
          <li>{t('pack.damagedColor')}</li>
        )}
        {!usable.elevation && <li>{t('pack.damagedRelief')}</li>}
        {!usable.normal && <li>{t('pack.damagedShading')}</li>}
      </ul>
      <p>{damage.fixCommand !== null ? t('pack.fixDev') : t('pack.fixPackaged')}</p>
      {damage.fixCommand !== null && (
        <pre className="command">
          <code>{damage.fixCommand}</code>
        </pre>
      )}
    </aside>
  );
}
