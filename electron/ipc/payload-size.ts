/**
 * How big an IPC request may be. Every request the contract has today is tiny
 * (most are empty); a limit well above them stops a compromised renderer from
 * making main parse or hold megabytes. Pure.
 */
export const MAX_IPC_PAYLOAD_BYTES = 64 * 1024;

/**
 * UTF-8 size of the payload as JSON, or null when it is not plain data
 * (cycles, BigInt, or anything JSON cannot write).
 */
export function payloadBytes(payload: unknown): number | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(payload);
  } catch {
    return null;
  }
  return json === undefined ? 0 : new TextEncoder().encode(json).byteLength;
}
