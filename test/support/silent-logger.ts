import type { Logger } from '../../assets/tool/log';

/** The asset tool's logger, quiet, for tests that do not read its progress lines. */
export const silentLogger: Logger = { info() {} };
