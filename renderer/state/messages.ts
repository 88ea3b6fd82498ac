/**
 * Short messages for the person at the screen (zustand): a copied link, a
 * saved picture, a link or picture that could not be used. Errors stay until
 * dismissed; information fades on its own.
 */
import { create } from 'zustand';

export type MessageTone = 'info' | 'error';

export interface Message {
  id: number;
  text: string;
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
export function showMessage(text: string, tone: MessageTone = 'info'): number {
  const id = nextId++;
  useMessages.setState((s) => ({
    messages: [...s.messages.filter((m) => m.text !== text), { id, text, tone }].slice(
      -MAX_MESSAGES,
    ),
  }));
  if (tone === 'info') setTimeout(() => dismissMessage(id), INFO_MESSAGE_MS);
  return id;
}
