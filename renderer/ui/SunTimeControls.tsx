import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translate, type Message } from '../i18n/message';
import { useLight } from '../state/light';
import { lightMomentMs } from '../state/sun';
import {
  pauseLightTime,
  playLightTime,
  PLAY_SPEEDS,
  setLightTime,
  showNow,
  stepLightTime,
} from '../state/lightActions';
import {
  readTimeInput,
  timeProblemMessage,
  writeTimeInput,
  type TimeZoneChoice,
} from '../sunlight/timeInput';

function TimeForm() {
  const { t } = useTranslation();
  const [zone, setZone] = useState<TimeZoneChoice>('utc');
  const [text, setText] = useState(() => writeTimeInput(lightMomentMs(), 'utc'));
  const [error, setError] = useState<Message | null>(null);
  const submit = () => {
    const result = readTimeInput(text, zone);
    if (!result.ok) {
      setError(timeProblemMessage(result.problem, text));
      return;
    }
    setError(null);
    setLightTime(result.iso);
  };
  return (
    <form
      className="sun-time-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <input
        type="datetime-local"
        step={1}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        aria-label={t('sun.dateTime')}
        title={t('sun.dateTime')}
        data-time-input
      />
      <select
        value={zone}
        aria-label={t('sun.zoneLabel')}
        onChange={(e) => {
          const next = e.currentTarget.value as TimeZoneChoice;
          setZone(next);
          setText(writeTimeInput(lightMomentMs(), next));
        }}
      >
        <option value="utc">{t('sun.zoneUtc')}</option>
        <option value="local">{t('sun.zoneLocal')}</option>
      </select>
      <button type="submit">{t('sun.set')}</button>
      {error && (
        <p className="sun-error" role="alert">
          {translate(t, error)}
        </p>
      )}
    </form>
  );
}

/**
 * The moment's controls: now, ±1 day / ±1 hour, play at a chosen speed, and
 * a date-time in UTC or local time.
 *
 * @example <SunTimeControls />
 */
export function SunTimeControls() {
  const { t } = useTranslation();
  const timeUtc = useLight((s) => s.timeUtc);
  const playSpeed = useLight((s) => s.playSpeed);
  const [speed, setSpeed] = useState<number>(PLAY_SPEEDS[2].speed);
  return (
    <>
      <div className="row sun-steps">
        <button
          type="button"
          onClick={showNow}
          title={t('sun.nowTitle')}
          aria-pressed={timeUtc === null}
        >
          {t('sun.now')}
        </button>
        <button type="button" onClick={() => stepLightTime(-24)}>
          {t('sun.minusDay')}
        </button>
        <button type="button" onClick={() => stepLightTime(-1)}>
          {t('sun.minusHour')}
        </button>
        <button type="button" onClick={() => stepLightTime(1)}>
          {t('sun.plusHour')}
        </button>
        <button type="button" onClick={() => stepLightTime(24)}>
          {t('sun.plusDay')}
        </button>
      </div>
      <div className="row sun-play">
        <button
          type="button"
          onClick={() => (playSpeed !== 0 ? pauseLightTime() : playLightTime(speed))}
          aria-pressed={playSpeed !== 0}
        >
          {playSpeed !== 0 ? t('sun.pause') : t('sun.play')}
        </button>
        <select
          aria-label={t('sun.speed')}
          value={speed}
          onChange={(e) => {
            const next = Number(e.currentTarget.value);
            setSpeed(next);
            if (playSpeed !== 0) playLightTime(next);
          }}
        >
          {PLAY_SPEEDS.map((p) => (
            <option key={p.id} value={p.speed}>
              {t(p.labelKey)}
            </option>
          ))}
        </select>
      </div>
      <TimeForm key={playSpeed !== 0 ? 'playing' : (timeUtc ?? 'now')} />
    </>
  );
}
