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
   * Serve the first candidate that holds a ready pack. Without one, the
   * first damaged pack (its status says what is wrong), else the last
   * candidate (the one that should have been there, e.g. the shipped pack).
   */
  static async open(dirs: PackDirs): Promise<PackHost> {
    let damaged: string | null = null;
    for (const dir of dirs.candidates) {
      const { state } = await judgePack(dir);
      if (state === 'ready') return new PackHost(dirs, dir);
      if (state === 'invalid') damaged ??= dir;
    }
    return new PackHost(dirs, damaged ?? dirs.candidates[dirs.candidates.length - 1]!);
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
