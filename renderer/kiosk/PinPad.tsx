import { useState } from 'react';
import { getBridge } from '../bridge';
import { KIOSK_TEXT } from './strings';
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
  const [message, setMessage] = useState<string | null>(null);
  const exitPinSet = useKiosk((s) => s.exitPinSet);
  const close = () => useKiosk.setState({ pinPadOpen: false });
  const submit = async () => {
    const result = await getBridge().exitKiosk({ pin });
    setPin('');
    if (result.ok) onExit();
    else if (result.reason === 'locked' || result.retryAfterSeconds > 0) {
      setMessage(KIOSK_TEXT.pinLocked(result.retryAfterSeconds));
    } else if (result.reason === 'disabled') setMessage(KIOSK_TEXT.pinDisabled);
    else setMessage(KIOSK_TEXT.pinWrong);
  };
  return (
    <div className="kiosk-pin" role="dialog" aria-modal="true" aria-label={KIOSK_TEXT.pinTitle}>
      <h2>{KIOSK_TEXT.pinTitle}</h2>
      {exitPinSet ? (
        <>
          <p>{KIOSK_TEXT.pinPrompt}</p>
          <output className="kiosk-pin-dots" aria-label={KIOSK_TEXT.pinDotsLabel}>
            {'•'.repeat(pin.length) || '\u00a0'}
          </output>
          <div className="kiosk-pin-keys">
            {DIGITS.map((d) => (
              <button key={d} type="button" onClick={() => setPin((p) => (p + d).slice(0, 12))}>
                {d}
              </button>
            ))}
            <button type="button" onClick={() => setPin('')}>
              {KIOSK_TEXT.pinClear}
            </button>
            <button type="button" onClick={() => void submit()} disabled={pin.length === 0}>
              {KIOSK_TEXT.pinEnter}
            </button>
          </div>
        </>
      ) : (
        <p>{KIOSK_TEXT.pinDisabled}</p>
      )}
      {message && <p role="alert">{message}</p>}
      <button type="button" className="kiosk-pin-cancel" onClick={close}>
        {KIOSK_TEXT.pinCancel}
      </button>
    </div>
  );
}
