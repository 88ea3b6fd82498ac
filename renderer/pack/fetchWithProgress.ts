/**
 * Fetch a pack file into memory, reporting bytes as they arrive, and check
 * the length against the manifest so a truncated file is an error, not a
 * half-drawn Moon.
 */
export class PackFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
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
    throw new PackFileError(file, `${file} could not be fetched.`);
  }
  if (!response.ok || !response.body) {
    throw new PackFileError(file, `${file}: the server answered ${response.status}.`);
  }
  const body = new Uint8Array(expectedBytes);
  let offset = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.byteLength > expectedBytes) {
      await reader.cancel();
      throw new PackFileError(file, `${file} is larger than the manifest says.`);
    }
    body.set(value, offset);
    offset += value.byteLength;
    onBytes(value.byteLength);
  }
  if (offset !== expectedBytes) {
    throw new PackFileError(
      file,
      `${file} is truncated (${offset} of ${expectedBytes} bytes). Rebuild the pack.`,
    );
  }
  return body.buffer;
}
