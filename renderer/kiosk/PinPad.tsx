import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../bridge';
import type { MessageKey } from '../i18n/message';
import { useKiosk } from './store';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export interface PinPadProps {
  /** Called once the host accepted the PIN. */
  onExit: () => void;
}

/**
 * The operator's PIN pad. The host checks the PIN (rate-limited); the page
 * never knows it.
 *
 * @example <PinPad onExit={leaveKiosk} />
 */
export function PinPad({ onExit }: PinPadProps) {
  const [pin, setPin] = useState('');
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ key: MessageKey; seconds?: number } | null>(null);
  const exitPinSet = useKiosk((s) => s.exitPinSet);
  const close = () => useKiosk.setState({ pinPadOpen: false });
  const submit = async () => {
    const result = await getBridge().exitKiosk({ pin });
    setPin('');
    if (result.ok) onExit();
    else if (result.reason === 'locked' || result.retryAfterSeconds > 0) {
      setMessage({ key: 'kiosk.pinLocked', seconds: result.retryAfterSeconds });
    } else if (result.reason === 'disabled') setMessage({ key: 'kiosk.pinDisabled' });
    else setMessage({ key: 'kiosk.pinWrong' });
  };
  return (
    <div className="kiosk-pin" role="dialog" aria-modal="true" aria-label={t('kiosk.pinTitle')}>
      <h2>{t('kiosk.pinTitle')}</h2>
      {exitPinSet ? (
        <>
          <p>{t('kiosk.pinPrompt')}</p>
          <output className="kiosk-pin-dots" aria-label={t('kiosk.pinDotsLabel')}>
            {'•'.repeat(pin.length) || '\u00a0'}
          </output>
          <div className="kiosk-pin-keys">
            {DIGITS.map((d) => (
              <button key={d} type="button" onClick={() => setPin((p) => (p + d).slice(0, 12))}>
                {d}
              </button>
            ))}
            <button type="button" onClick={() => setPin('')}>
              {t('kiosk.pinClear')}
            </button>
            <button type="button" onClick={() => void submit()} disabled={pin.length === 0}>
              {t('kiosk.pinEnter')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('kiosk.pinDisabled')}</p>
      )}
      {message && <p role="alert">{t(message.key, { seconds: message.seconds })}</p>}
      <button type="button" className="kiosk-pin-cancel" onClick={close}>
        {t('kiosk.pinCancel')}
      </button>
    </div>
  );
}
