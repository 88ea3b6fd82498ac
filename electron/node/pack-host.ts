/**
 * The pack a host serves right now: the first ready folder among the
 * resolver's candidates, switched to the freshly built one after an in-app
 * upgrade. Electron main and web mode both hold one.
 */
import type { PackStatus } from '../../assets/format/pack-status';
import { judgePack } from '../../assets/tool/pack-check';
import type { PackDirs } from './pack-dir';
import { readPackStatus } from './pack-status';

export class PackHost {
  private listeners: ((dir: string) => void)[] = [];

  private constructor(
    readonly dirs: PackDirs,
    private active: string,
  ) {}

  /**
   * Serve the first candidate that holds an intact pack. Without one, the
   * first pack the globe can still be drawn from with damaged files left
   * out, then the first unusable one (their status says what is wrong),
   * else the last candidate (the one that should have been there, e.g. the
   * shipped pack).
   */
  static async open(dirs: PackDirs): Promise<PackHost> {
    let partial: string | null = null;
    let invalid: string | null = null;
    for (const dir of dirs.candidates) {
      const verdict = await judgePack(dir, { hashes: 'cached' });
      if (verdict.state === 'ready' && verdict.damaged.length === 0) {
        return new PackHost(dirs, dir);
      }
      if (verdict.state === 'ready') partial ??= dir;
      if (verdict.state === 'invalid') invalid ??= dir;
    }
    return new PackHost(dirs, partial ?? invalid ?? dirs.candidates[dirs.candidates.length - 1]!);
  }

  get dir(): string {
    return this.active;
  }

  status(): Promise<PackStatus> {
    return readPackStatus(this.active, this.dirs.mode);
  }

  /** Serve `dir` from now on (after a new pack was built there). */
  use(dir: string): void {
    this.active = dir;
    for (const listener of this.listeners) listener(dir);
  }

  onChange(listener: (dir: string) => void): void {
    this.listeners.push(listener);
  }
}
