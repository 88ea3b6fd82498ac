/**
 * Every kiosk string a visitor or operator reads, in one place (English).
 * When renderer/i18n lands on main these move into its catalog.
 */
export const KIOSK_TEXT = {
  countdown: (seconds: number) => `Returning to the tour in ${seconds}…`,
  keepExploring: 'Keep exploring',
  hint: 'Touch and drag to turn the Moon · pinch to zoom · tap a marker to learn more',
  tourInvite: 'Touch the screen to explore the Moon',
  problemsTitle: 'The kiosk settings have problems; the kiosk runs on safe defaults for:',
  pinTitle: 'Operator exit',
  pinPrompt: 'Enter the exit PIN',
  pinWrong: 'Wrong PIN.',
  pinLocked: (seconds: number) => `Too many wrong PINs. Try again in ${seconds} s.`,
  pinDisabled: 'No exit PIN is configured; stop the kiosk from the operating system.',
  pinCancel: 'Cancel',
  pinEnter: 'Enter',
  pinClear: 'Clear',
  exited: 'Kiosk mode is off until the app restarts.',
  problemsLabel: 'Kiosk settings problems',
  pinDotsLabel: 'PIN digits entered',
} as const;
