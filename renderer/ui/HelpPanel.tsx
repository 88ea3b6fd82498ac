import { useTranslation } from 'react-i18next';
import { usePanelFocus } from './usePanelFocus';
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
  const { t } = useTranslation();
  const panelRef = usePanelFocus<HTMLElement>();
  return (
    <aside ref={panelRef} tabIndex={-1} className="panel help" aria-label={t('help.label')}>
      <h2>{t('help.title')}</h2>
      <p>{t('help.pointer')}</p>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{t(s.action)}</dd>
          </div>
        ))}
      </dl>
      <p className="credit">{KIT_CREDIT}.</p>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </aside>
  );
}
