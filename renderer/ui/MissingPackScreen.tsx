import type { PackStatus } from '../../electron/ipc/contract';

export interface MissingPackScreenProps {
  status: Exclude<PackStatus, { state: 'ready' }>;
}

/**
 * Shown instead of the globe when the Moon data pack is missing or broken:
 * what is wrong, which files, where the app looked, and what fixes it (a
 * command in a development checkout, never one in an installed app). The
 * host decided all of it; this only shows it.
 *
 * @example <MissingPackScreen status={status} />
 */
export function MissingPackScreen({ status }: MissingPackScreenProps) {
  const title =
    status.state === 'missing' ? 'The Moon data is not installed yet' : 'The Moon data is damaged';
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
        Farside draws the Moon from NASA&apos;s CGI Moon Kit (LRO LOLA elevation and LROC color).{' '}
        {status.fixText}
      </p>
      {status.fixCommand !== null && (
        <>
          <pre className="command">
            <code>{status.fixCommand}</code>
          </pre>
          <p className="hint">
            To use Moon Kit files you already have, run{' '}
            <code>{status.fixCommand} -- --from /path/to/moonkit</code>.
          </p>
        </>
      )}
      <p className="where">Looked in: {status.location}</p>
    </main>
  );
}
