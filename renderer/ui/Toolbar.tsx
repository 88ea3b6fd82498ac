import { EXAGGERATION_MAX, EXAGGERATION_MIN, useMoon } from '../state/moon';
import { NamesToggle } from './NamesToggle';
import { goFarSide, goNearSide, resetView } from '../state/navigation';
import { copyViewLink } from '../view/link';
import { VIEW_STRINGS } from './strings/views';

export interface ToolbarProps {
  onHelp: () => void;
  onPlaces: () => void;
}

/**
 * View buttons and the relief control.
 *
 * @example <Toolbar onHelp={toggleHelp} onPlaces={togglePlaces} />
 */
export function Toolbar({ onHelp, onPlaces }: ToolbarProps) {
  const exaggeration = useMoon((s) => s.exaggeration);
  const setExaggeration = useMoon((s) => s.setExaggeration);
  return (
    <nav className="toolbar" aria-label="View">
      <button type="button" onClick={onPlaces} title="Places and layers (P)">
        Places
      </button>
      <NamesToggle />
      <button type="button" onClick={() => void goNearSide()} title="Near side (N)">
        Near side
      </button>
      <button type="button" onClick={() => void goFarSide()} title="Far side (F)">
        Far side
      </button>
      <button type="button" onClick={() => void resetView()} title="Reset view (R)">
        Reset
      </button>
      <label className="relief" title="Vertical exaggeration of the LOLA relief">
        <span>Relief ×{exaggeration.toFixed(exaggeration < 10 ? 1 : 0)}</span>
        <input
          type="range"
          min={EXAGGERATION_MIN}
          max={EXAGGERATION_MAX}
          step={0.5}
          value={exaggeration}
          onChange={(e) => setExaggeration(Number(e.currentTarget.value))}
          aria-label="Relief exaggeration"
        />
      </label>
      <button type="button" onClick={() => void copyViewLink()} title={VIEW_STRINGS.copyLinkTitle}>
        {VIEW_STRINGS.copyLink}
      </button>
      <button type="button" onClick={onHelp} title="Keyboard shortcuts (?)" aria-label="Help">
        ?
      </button>
    </nav>
  );
}
