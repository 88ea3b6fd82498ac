/**
 * A translatable message held in state (stores keep keys, not sentences, so
 * a language switch re-renders them in the new language). A parameter may
 * itself be a message (e.g. the reason inside a notice).
 */
import type { ParseKeys, TFunction } from 'i18next';

export type MessageKey = ParseKeys;
export type MessageParams = { [name: string]: string | number | Message };

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** The message in the current language, nested messages included. */
export function translate(t: TFunction, m: Message): string {
  if (!m.params) return t(m.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params)) {
    params[name] = typeof value === 'object' ? translate(t, value) : value;
  }
  return t(m.key, params);
}
