/**
 * Strings for links, pictures and restoring views, as translation keys
 * (renderer/i18n/locales/*.json, section `views`); those with details are
 * functions that build the message. Reasons from the view format stay as
 * the format wrote them.
 */
import { message, type Message, type MessageKey } from '../../i18n/message';

export const VIEW_STRINGS = {
  dismiss: 'views.dismiss',
  copyLink: 'views.copyLink',
  copyLinkTitle: 'views.copyLinkTitle',
  linkCopied: 'views.linkCopied',
  linkCopyFailed: (url: string): Message => message('views.linkCopyFailed', { url }),
  badLink: (reason: string): Message => message('views.badLink', { reason }),
  badPlace: (reason: string): Message => message('views.badPlace', { reason }),
  exportButton: 'views.exportButton',
  exportTitle: 'views.exportTitle',
  openButton: 'views.openButton',
  openTitle: 'views.openTitle',
  restored: (name: string): Message => message('views.restored', { name }),
  notFarside: (name: string): Message => message('views.notFarside', { name }),
  badPicture: (name: string, reason: string): Message =>
    message('views.badPicture', { name, reason }),
  notPng: (name: string): Message => message('views.notPng', { name }),
  tooBig: (name: string): Message => message('views.tooBig', { name }),
  dropHint: 'views.dropHint',
} as const satisfies Record<string, MessageKey | ((...args: string[]) => Message)>;

/** The picture export dialog (section `export`). */
export const EXPORT_STRINGS = {
  heading: 'export.heading',
  size: 'export.size',
  windowSize: (w: number, h: number): Message => message('export.windowSize', { w, h }),
  custom: 'export.custom',
  width: 'export.width',
  height: 'export.height',
  markers: 'export.markers',
  labels: 'export.labels',
  credit: 'export.credit',
  export: 'export.export',
  cancel: 'export.cancel',
  close: 'export.close',
  retry: 'export.retry',
  rendering: (done: number, total: number): Message =>
    total > 1 ? message('export.renderingTile', { done, total }) : message('export.rendering'),
  encoding: 'export.encoding',
  saving: 'export.saving',
  saved: (path: string): Message => message('export.saved', { path }),
  notSaved: 'export.notSaved',
  failed: (reason: string): Message => message('export.failed', { reason }),
  badSize: (max: number): Message => message('export.badSize', { max }),
  sameView: 'export.sameView',
} as const;
