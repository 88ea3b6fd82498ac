import { useTranslation } from 'react-i18next';
import { translate } from '../i18n/message';
import { KIT_CREDIT } from '../../assets/format/manifest';
import { useLoading } from '../state/loading';

/**
 * Bottom line: data credit (required wherever the data shows; a citation, so
 * not translated), the color resolution on screen, and any non-fatal notice.
 *
 * @example <StatusBar />
 */
export function StatusBar() {
  const { t } = useTranslation();
  const notice = useLoading((s) => s.notice);
  const colorWidth = useLoading((s) => s.colorWidth);
  return (
    <footer className="status">
      <span className="credit">{KIT_CREDIT}</span>
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
