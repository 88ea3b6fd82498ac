import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ModalDialogProps {
  /** Accessible name (the dialog's heading text). */
  label: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown before Close in the dialog's last row. */
  actions?: ReactNode;
}

/**
 * A native modal `<dialog>`: focus moves into it and stays there, the page
 * behind is inert, Escape closes it, and focus goes back to whatever had it
 * before. Keys pressed inside never reach the globe's shortcuts. Its last
 * row ends with Close, after any `actions`.
 *
 * @example <ModalDialog label={t('settings.title')} onClose={close}>…</ModalDialog>
 */
export function ModalDialog({
  label,
  className = '',
  onClose,
  children,
  actions,
}: ModalDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault(); // React decides when it closes
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      aria-label={label}
      // The globe's shortcuts listen on window: keys pressed here are the
      // dialog's (Escape still closes it: that is the browser's own 'cancel').
      onKeyDown={(event) => event.stopPropagation()}
    >
      {children}
      <div className="row">
        {actions}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
