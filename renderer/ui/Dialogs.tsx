import { useDialogs } from '../state/dialogs';
import { HelpDialog } from './HelpDialog';
import { SettingsDialog } from './SettingsDialog';
import { AboutDialog } from './AboutDialog';

/**
 * The modal dialog that is open, if any (renderer/state/dialogs.ts).
 *
 * @example <Dialogs />
 */
export function Dialogs() {
  const open = useDialogs((s) => s.open);
  if (open === 'settings') return <SettingsDialog />;
  if (open === 'help') return <HelpDialog />;
  if (open === 'about') return <AboutDialog />;
  return null;
}
