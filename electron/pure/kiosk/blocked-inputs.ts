/**
 * Which key presses a kiosk swallows before the page or Chromium sees them
 * (Electron's `before-input-event`). Pure: works on the fields of
 * Electron's `Input`.
 *
 * Blocked: closing (Alt+F4, Ctrl/Cmd+W, Ctrl/Cmd+Q), reloading (F5,
 * Ctrl/Cmd+R, with Shift too), DevTools (Ctrl+Shift+I/J/C, F12, Cmd+Alt+I),
 * full-screen toggles (F11, Ctrl+Cmd+F), Escape (which leaves HTML full
 * screen), page zoom (Ctrl +/−/0), history (Alt+←/→, browser keys), print,
 * save, open and new-window keys, and the help key F1.
 *
 * The operator chord Ctrl+Alt+Shift+Q is let through: it opens the PIN pad.
 */

export type KeyInput = {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
};

export type InputDecision = 'allow' | 'block' | 'operator-exit';

const ALWAYS_BLOCKED = new Set([
  'F1',
  'F3',
  'F5',
  'F6',
  'F7',
  'F11',
  'F12',
  'Escape',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'ContextMenu',
]);

/** Letters that do something to the window or the browser with Ctrl (or Cmd on macOS). */
const COMMAND_LETTERS = new Set([
  'w',
  'q',
  'r',
  'n',
  't',
  'p',
  's',
  'o',
  'f',
  'g',
  'h',
  'l',
  'u',
  'j',
  'd',
  'e',
  'm',
]);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'Add', 'Subtract']);

export function isOperatorChord(input: KeyInput): boolean {
  return input.control && input.alt && input.shift && input.key.toLowerCase() === 'q';
}

export function decideKeyInput(input: KeyInput): InputDecision {
  if (isOperatorChord(input)) return 'operator-exit';
  if (ALWAYS_BLOCKED.has(input.key)) return 'block';
  // Alt+F4 is matched above through F-keys only on some layouts; say it outright.
  if (input.alt && (input.key === 'F4' || input.code === 'F4')) return 'block';
  if (input.alt && ['ArrowLeft', 'ArrowRight', 'Home', 'Left', 'Right'].includes(input.key)) {
    return 'block';
  }
  const command = input.control || input.meta;
  if (command && COMMAND_LETTERS.has(input.key.toLowerCase())) return 'block';
  if (command && (input.key === 'F4' || ZOOM_KEYS.has(input.key))) return 'block';
  if (command && input.shift && ['i', 'c', 'j', 'delete'].includes(input.key.toLowerCase())) {
    return 'block';
  }
  if (input.meta && input.alt && input.key.toLowerCase() === 'i') return 'block';
  // Tab switching and Cmd+H (hide) / Cmd+M (minimise) on macOS.
  if (command && input.key === 'Tab') return 'block';
  return 'allow';
}
