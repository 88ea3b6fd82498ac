import { useTranslation } from 'react-i18next';
import { KIT_CREDIT } from '../../assets/format/manifest';
import { shortcutRows, SHORTCUT_GROUPS, type ShortcutGroup } from '../../assets/format/shortcuts';
import type { MessageKey } from '../i18n/message';
import { isMac } from '../keys/keyHint';
import { closeDialog } from '../state/dialogs';
import { ModalDialog } from './ModalDialog';

const GROUP_TITLES: Readonly<Record<ShortcutGroup, MessageKey>> = {
  view: 'help.groupView',
  layers: 'help.groupLayers',
  light: 'help.groupLight',
  pictures: 'help.groupPictures',
  general: 'help.groupGeneral',
};

/**
 * Keyboard and pointer help (`?` or F1), rendered from the shortcut table
 * (assets/format/shortcuts.ts) in the current language, plus the data
 * credit. A modal dialog, like Settings.
 *
 * @example <HelpDialog />
 */
export function HelpDialog() {
  const { t } = useTranslation();
  const rows = shortcutRows(isMac());
  const title = t('help.title');
  return (
    <ModalDialog label={title} className="panel help" onClose={closeDialog}>
      <h2>{title}</h2>
      <p>{t('help.pointer')}</p>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} aria-label={t(GROUP_TITLES[group])}>
          <h3>{t(GROUP_TITLES[group])}</h3>
          <dl>
            {rows
              .filter((row) => row.group === group)
              .map((row) => (
                <div key={row.label}>
                  <dt>
                    <kbd>{row.keys}</kbd>
                  </dt>
                  <dd>{t(row.label)}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <p className="credit">{KIT_CREDIT}.</p>
    </ModalDialog>
  );
}
