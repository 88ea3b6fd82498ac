/**
 * Discrete loading state of the app (zustand). The DOM mirrors `phase` as
 * `data-farside-state` on <html> so tests and kiosks can wait on it.
 */
import { create } from 'zustand';
import type { AppInfo, PackStatus } from '../../electron/ipc/contract';
import { message, type Message } from '../i18n/message';

export type LoadPhase = 'checking' | 'missing' | 'loading' | 'preview' | 'ready' | 'error';

export interface LoadingState {
  phase: LoadPhase;
  appInfo: AppInfo | null;
  pack: PackStatus | null;
  /** Bytes received / expected for the files being loaded now. */
  loadedBytes: number;
  totalBytes: number;
  /** What is loading now, for the progress label (null: nothing). */
  activity: Message | null;
  /** Width of the color level on screen. */
  colorWidth: number;
  /** A fatal problem (phase 'error'), or a notice that left the app usable. */
  error: Message | null;
  notice: Message | null;
}

export const useLoading = create<LoadingState>(() => ({
  phase: 'checking',
  appInfo: null,
  pack: null,
  loadedBytes: 0,
  totalBytes: 0,
  activity: message('loading.looking'),
  colorWidth: 0,
  error: null,
  notice: null,
}));
