import { KIT_CREDIT } from '../../assets/format/manifest';
import { SHORTCUTS } from './useKeyboardShortcuts';

export interface HelpPanelProps {
  onClose: () => void;
}

/**
 * Keyboard and pointer help, plus the data credit.
 *
 * @example <HelpPanel onClose={() => setOpen(false)} />
 */
export function HelpPanel({ onClose }: HelpPanelProps) {
  return (
    <aside className="panel help" aria-label="Help">
      <h2>Getting around</h2>
      <p>Drag to turn the Moon. Scroll or pinch to zoom.</p>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <p className="credit">{KIT_CREDIT}.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
