import type { PackStatus } from '../../electron/ipc/contract';

export interface MissingPackScreenProps {
  status: Exclude<PackStatus, { state: 'ready' }>;
}

/**
 * Shown instead of the globe when the Moon data pack is missing or broken:
 * what is wrong, where the app looked, and the exact command that fixes it.
 *
 * @example <MissingPackScreen status={{ state: 'missing', reason, fixCommand, location }} />
 */
export function MissingPackScreen({ status }: MissingPackScreenProps) {
  const title =
    status.state === 'missing' ? 'The Moon data is not installed yet' : 'The Moon data is damaged';
  return (
    <main className="screen missing-pack" data-pack-state={status.state}>
      <h1>{title}</h1>
      <p>{status.reason}</p>
      <p>
        Farside draws the Moon from NASA&apos;s CGI Moon Kit (LRO LOLA elevation and LROC color). To
        download and prepare it, run this in the Farside folder, then restart:
      </p>
      <pre className="command">
        <code>{status.fixCommand}</code>
      </pre>
      <p className="hint">
        To use Moon Kit files you already have, run{' '}
        <code>{status.fixCommand} -- --from /path/to/moonkit</code>.
      </p>
      <p className="where">Looked in: {status.location}</p>
    </main>
  );
}
