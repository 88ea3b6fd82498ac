/**
 * Short messages for the person at the screen (zustand): a copied link, a
 * saved picture, a link or picture that could not be used. Errors stay until
 * dismissed; information fades on its own.
 */
import { create } from 'zustand';
import { message as keyed, type Message as Text, type MessageKey } from '../i18n/message';

export type MessageTone = 'info' | 'error';

export interface Message {
  id: number;
  /** Translated when shown, so a language switch re-words it. */
  text: Text;
  tone: MessageTone;
}

interface MessagesState {
  messages: Message[];
}

export const useMessages = create<MessagesState>(() => ({ messages: [] }));

/** How long an information message stays, ms. */
export const INFO_MESSAGE_MS = 5000;
/** At most this many messages at once; the oldest go first. */
const MAX_MESSAGES = 4;

let nextId = 1;

export function dismissMessage(id: number): void {
  useMessages.setState((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));
}

/** Show a message; returns its id. */
export function showMessage(what: Text | MessageKey, tone: MessageTone = 'info'): number {
  const id = nextId++;
  const text = typeof what === 'string' ? keyed(what) : what;
  const same = JSON.stringify(text);
  useMessages.setState((s) => ({
    messages: [
      ...s.messages.filter((m) => JSON.stringify(m.text) !== same),
      { id, text, tone },
    ].slice(-MAX_MESSAGES),
  }));
  if (tone === 'info') setTimeout(() => dismissMessage(id), INFO_MESSAGE_MS);
  return id;
}
