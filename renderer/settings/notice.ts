/** The one-time message after stored settings could not be read in full. */
import type { SettingsNotice } from '../../assets/format/settings';
import { message } from '../i18n/message';
import { showMessage } from '../state/messages';

export function showSettingsNotice(notice: SettingsNotice): void {
  const what =
    notice.state === 'unreadable' ? 'settings.noticeUnreadable' : 'settings.noticeRepaired';
  showMessage(
    notice.backup === null
      ? message(what, { backup: message('settings.noBackup') })
      : message(what, { backup: message('settings.backupAt', { location: notice.backup }) }),
    'error',
  );
}
