import { useTranslation } from 'react-i18next';
import { openSharperData } from '../pack/sharperData';
import type { PackStatus } from '../../electron/ipc/contract';

export interface MissingPackScreenProps {
  status: Exclude<PackStatus, { state: 'ready' }>;
}

/**
 * Shown instead of the globe when the Moon data pack is missing or broken:
 * what is wrong, which files, where the app looked, and what fixes it (a
 * command in a development checkout, never one in an installed app). The
 * host decided all of it; this only shows it. (The host's reason and file
 * details name files and sizes and stay as the host wrote them.)
 *
 * @example <MissingPackScreen status={status} />
 */
export function MissingPackScreen({ status }: MissingPackScreenProps) {
  const { t } = useTranslation();
  const title = status.state === 'missing' ? t('pack.missingTitle') : t('pack.invalidTitle');
  return (
    <main className="screen missing-pack" data-pack-state={status.state}>
      <h1>{title}</h1>
      <p>{status.reason}</p>
      {status.files.length > 1 && (
        <ul className="pack-files">
          {status.files.map((item) => (
            <li key={item.file}>
              <code>{item.file}</code> {item.detail}
            </li>
          ))}
        </ul>
      )}
      <p>
        {t('pack.explain')} {status.fixCommand !== null ? t('pack.fixDev') : t('pack.fixPackaged')}
      </p>
      {status.fixCommand !== null && (
        <>
          <pre className="command">
            <code>{status.fixCommand}</code>
          </pre>
          <p className="hint">{t('pack.fromFolder')}</p>
          <pre className="command-alt">
            <code>{`${status.fixCommand} -- --from /path/to/moonkit`}</code>
          </pre>
        </>
      )}
      <p>
        <button type="button" className="sharper-open" onClick={openSharperData}>
          {t('menu.sharperData')}
        </button>
      </p>
      <p className="where">{t('pack.lookedIn', { location: status.location })}</p>
    </main>
  );
}
