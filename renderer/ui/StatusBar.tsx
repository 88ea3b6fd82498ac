import { useTranslation } from 'react-i18next';
import { translate } from '../i18n/message';
import { KIT_CREDIT } from '../../assets/format/manifest';
import { describePackData } from '../../assets/format/pack-data';
import { useLoading } from '../state/loading';
import { useMoon } from '../state/moon';
import { openSharperData } from '../pack/sharperData';
import { useKiosk } from '../kiosk/store';

/**
 * Bottom line: data credit (required wherever the data shows; a citation, so
 * not translated), which data is on screen ("Starter Moon: 1k color, 4 px/°
 * relief") with the way to sharper data, the color resolution on screen, and
 * any non-fatal notice.
 *
 * @example <StatusBar />
 */
export function StatusBar() {
  const { t } = useTranslation();
  const notice = useLoading((s) => s.notice);
  const colorWidth = useLoading((s) => s.colorWidth);
  const layers = useMoon((s) => s.layers);
  const data = layers
    ? describePackData(layers.manifest, {
        colorWidth: layers.bestColorWidth,
        relief: layers.relief,
      })
    : null;
  // Visitors at a museum kiosk do not manage the data.
  const kiosk = useKiosk((s) => s.enabled);
  return (
    <footer className="status">
      <span className="credit">{KIT_CREDIT}</span>
      {data && (
        <span className="pack-data">
          {data.ppd === null
            ? t(data.starter ? 'status.packStarterFlat' : 'status.packDataFlat', {
                color: data.color,
              })
            : t(data.starter ? 'status.packStarter' : 'status.packData', {
                color: data.color,
                ppd: data.ppd,
              })}
        </span>
      )}
      {!kiosk && (
        <button type="button" className="sharper-open" onClick={openSharperData}>
          {t('sharper.open')}
        </button>
      )}
      {colorWidth > 0 && (
        <span className="resolution">{t('status.color', { width: colorWidth })}</span>
      )}
      {notice && (
        <span className="notice" role="status">
          {translate(t, notice)}
        </span>
      )}
    </footer>
  );
}
