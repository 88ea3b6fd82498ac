/** Progress lines on stderr: short, one per step, prefixed with the tool's name. */
export interface Logger {
  info(message: string): void;
}

export const stderrLogger: Logger = {
  info(message) {
    process.stderr.write(`assets: ${message}\n`);
  },
};

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
