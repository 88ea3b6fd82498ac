import { useLoading } from '../state/loading';

/**
 * Progress while anything loads: a bar with a percentage and what is loading.
 * Hidden once the best color level is on screen.
 *
 * @example <LoadingIndicator />
 */
export function LoadingIndicator() {
  const phase = useLoading((s) => s.phase);
  const activity = useLoading((s) => s.activity);
  const loaded = useLoading((s) => s.loadedBytes);
  const total = useLoading((s) => s.totalBytes);
  if (phase !== 'loading' && phase !== 'preview' && phase !== 'checking') return null;
  const percent = total > 0 ? Math.min(100, Math.round((100 * loaded) / total)) : 0;
  return (
    <div className={`loading loading-${phase}`} role="status" aria-live="polite">
      <div className="loading-label">
        {activity || 'Loading'}… {total > 0 ? `${percent}%` : ''}
      </div>
      <div
        className="loading-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="loading-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
