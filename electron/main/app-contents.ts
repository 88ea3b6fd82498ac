/**
 * The web contents the app created itself. IPC trusts a sender by identity
 * (one of these, its main frame) as well as by URL, so a frame that merely
 * shows an app URL (a subframe, a window opened some other way) is refused.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcSender } from '../ipc/dispatch';

const appContents = new WeakSet<WebContents>();

export function trustAppContents(contents: WebContents): void {
  appContents.add(contents);
}

export function ipcSenderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  const main = event.sender.mainFrame;
  return {
    frameUrl: frame?.url,
    isAppMainFrame:
      frame !== null &&
      appContents.has(event.sender) &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId,
  };
}
