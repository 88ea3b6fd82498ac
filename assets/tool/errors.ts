/**
 * The one error type the asset tool reports to a user: its message is a
 * single line that says what went wrong and, where it helps, which file.
 * Anything else that escapes is a bug; the CLI still prints it on one line.
 */
export class AssetError extends Error {
  override readonly name = 'AssetError';
}

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
