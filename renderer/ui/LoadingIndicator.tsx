import { useTranslation } from 'react-i18next';
import { translate } from '../i18n/message';
import { useLoading } from '../state/loading';

/**
 * Progress while anything loads: a bar with a percentage and what is loading.
 * Hidden once the best color level is on screen.
 *
 * @example <LoadingIndicator />
 */
export function LoadingIndicator() {
  const { t } = useTranslation();
  const phase = useLoading((s) => s.phase);
  const activity = useLoading((s) => s.activity);
  const loaded = useLoading((s) => s.loadedBytes);
  const total = useLoading((s) => s.totalBytes);
  if (phase !== 'loading' && phase !== 'preview' && phase !== 'checking') return null;
  const percent = total > 0 ? Math.min(100, Math.round((100 * loaded) / total)) : 0;
  const label = activity ? translate(t, activity) : t('loading.moon');
  return (
    <div className={`loading loading-${phase}`} role="status" aria-live="polite">
      <div className="loading-label">
        {t('loading.progress', { activity: label, percent: total > 0 ? `${percent}%` : '' })}
      </div>
      <div
        className="loading-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="loading-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
