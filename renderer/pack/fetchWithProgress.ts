import { message, type Message, type MessageKey, type MessageParams } from '../i18n/message';

/**
 * Fetch a pack file into memory, reporting bytes as they arrive, and check
 * the length against the manifest so a truncated file is an error, not a
 * half-drawn Moon.
 */
export class PackFileError extends Error {
  /** What the user reads, in their language. */
  readonly reason: Message;
  constructor(
    readonly file: string,
    key: MessageKey,
    params: MessageParams = {},
  ) {
    const reason = message(key, { file, ...params });
    // The key and its parameters: a language-neutral line for logs.
    super(`${key} ${JSON.stringify(reason.params)}`);
    this.reason = reason;
    this.name = 'PackFileError';
  }
}

export async function fetchWithProgress(
  url: string,
  file: string,
  expectedBytes: number,
  onBytes: (delta: number) => void,
  signal?: AbortSignal,
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PackFileError(file, 'pack.fetchFailed');
  }
  if (!response.ok || !response.body) {
    throw new PackFileError(file, 'pack.httpStatus', { status: response.status });
  }
  const body = new Uint8Array(expectedBytes);
  let offset = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.byteLength > expectedBytes) {
      await reader.cancel();
      throw new PackFileError(file, 'pack.tooLarge');
    }
    body.set(value, offset);
    offset += value.byteLength;
    onBytes(value.byteLength);
  }
  if (offset !== expectedBytes) {
    throw new PackFileError(file, 'pack.truncated', { got: offset, expected: expectedBytes });
  }
  return body.buffer;
}
