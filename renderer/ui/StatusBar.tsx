import { KIT_CREDIT } from '../../assets/format/manifest';
import { useLoading } from '../state/loading';

/**
 * Bottom line: data credit (required wherever the data shows), the color
 * resolution on screen, and any non-fatal notice.
 *
 * @example <StatusBar />
 */
export function StatusBar() {
  const notice = useLoading((s) => s.notice);
  const colorWidth = useLoading((s) => s.colorWidth);
  return (
    <footer className="status">
      <span className="credit">{KIT_CREDIT}</span>
      {colorWidth > 0 && <span className="resolution">Color {colorWidth} px</span>}
      {notice && (
        <span className="notice" role="status">
          {notice}
        </span>
      )}
    </footer>
  );
}
