/**
 * The one error type the asset tool reports to a user: its message is a
 * single line that says what went wrong and, where it helps, which file.
 * Anything else that escapes is a bug; the CLI still prints it on one line.
 */
export class AssetError extends Error {
  override readonly name = 'AssetError';

  /** What kind of trouble, where the in-app dialog explains it differently. */
  constructor(
    message: string,
    readonly problem: AssetProblem | null = null,
  ) {
    super(message);
  }
}

/**
 * - `offline`: no network, or it dropped and retries did not get through;
 * - `server`: the server answered, but not with the file;
 * - `verify`: a file is not the NASA original (size or SHA-256);
 * - `notKit`: a folder holds no usable kit file.
 */
export type AssetProblem = 'offline' | 'server' | 'verify' | 'notKit';

/** The user stopped the work (in-app Cancel); partial downloads stay for a resume. */
export class CancelledError extends AssetError {
  constructor() {
    super('cancelled');
  }
}

/** First line of an error's message, for libraries (libvips) that return several. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  return first ?? 'unknown error';
}
