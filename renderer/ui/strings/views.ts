/**
 * User-visible English strings for links, pictures and restoring views, kept
 * in one place until the app's translation layer takes them over.
 */
export const VIEW_STRINGS = {
  dismiss: 'Dismiss',
  copyLink: 'Copy link',
  copyLinkTitle: 'Copy a link to this view (L)',
  linkCopied: 'Link to this view copied.',
  linkCopyFailed: (url: string) => `Could not reach the clipboard. The link is: ${url}`,
  badLink: (reason: string) =>
    `This link does not describe a view (${reason}). Showing the default view instead.`,
  badPlace: (reason: string) => `This view cannot be shown: ${reason}.`,
  exportButton: 'Save picture',
  exportTitle: 'Save a picture of this view (Ctrl+S)',
  openButton: 'Open view',
  openTitle: 'Open the view of a Farside picture (Ctrl+O)',
  restored: (name: string) => `Showing the view saved in ${name}.`,
  notFarside: (name: string) =>
    `${name} is not a Farside picture with a saved view, so nothing was changed.`,
  badPicture: (name: string, reason: string) =>
    `${name} holds a Farside view that cannot be used (${reason}), so nothing was changed.`,
  notPng: (name: string) => `${name} is not a PNG picture, so nothing was changed.`,
  tooBig: (name: string) => `${name} is too large to be a Farside picture.`,
  dropHint: 'Drop a Farside picture to open its view',
} as const;
