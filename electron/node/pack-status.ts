/**
 * The pack status a host reports to the renderer: the facts read from the
 * pack folder, judged by the one decision in assets/format/pack-status.ts,
 * with the fix that suits how the app runs. (Checksums are the asset tool's
 * job; hashing tens of megabytes at every start would delay the window.)
 */
import { judgePack } from '../../assets/tool/pack-check';
import type { HostMode, PackStatus } from '../../assets/format/pack-status';
import { toPackStatus } from '../../assets/format/pack-status';

export { PACK_BASE_URL } from '../../assets/format/pack-status';

export async function readPackStatus(packDir: string, mode: HostMode): Promise<PackStatus> {
  return toPackStatus(await judgePack(packDir), mode, packDir);
}
