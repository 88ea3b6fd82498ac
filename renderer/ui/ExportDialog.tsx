import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PICTURE_MAX_PX, renderPicture, type Picture } from '../export/renderPicture';
import { closeExportDialog, savePicture } from '../export/pictureActions';
import { useKiosk } from '../kiosk/store';
import { getSceneHandle } from '../export/sceneHandle';
import { showMessage } from '../state/messages';
import { message, translate, type Message } from '../i18n/message';
import { EXPORT_STRINGS as S } from './strings/views';

const PRESETS = [
  { id: '1080p', label: '1920 × 1080', w: 1920, h: 1080 },
  { id: '4k', label: '3840 × 2160 (4K)', w: 3840, h: 2160 },
  { id: '8k', label: '7680 × 4320 (8K)', w: 7680, h: 4320 },
  { id: 'square', label: '4096 × 4096', w: 4096, h: 4096 },
] as const;

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; text: Message; fraction: number }
  | { kind: 'unsaved'; picture: Picture; reason: string | null };

function windowSize(): { w: number; h: number } {
  const canvas = getSceneHandle()?.gl.domElement;
  return { w: canvas?.width ?? 1920, h: canvas?.height ?? 1080 };
}

const validSize = (v: number) => Number.isInteger(v) && v >= 16 && v <= PICTURE_MAX_PX;

/**
 * Save a picture of the view at a chosen size: presets or custom, with or
 * without markers, labels and the credit line; progress and cancel for large
 * ones; a picture that could not be saved is kept for another try.
 *
 * @example <ExportDialog />
 */
export function ExportDialog() {
  const { t } = useTranslation();
  const screen = windowSize();
  const [preset, setPreset] = useState<string>('window');
  const [customW, setCustomW] = useState(String(screen.w * 2));
  const [customH, setCustomH] = useState(String(screen.h * 2));
  const [markers, setMarkers] = useState(true);
  const [labels, setLabels] = useState(true);
  const [credit, setCredit] = useState(true);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const size =
    preset === 'window'
      ? screen
      : preset === 'custom'
        ? { w: Number(customW), h: Number(customH) }
        : (PRESETS.find((p) => p.id === preset) ?? screen);
  const sizeOk = validSize(size.w) && validSize(size.h);

  const save = async (picture: Picture) => {
    setPhase({ kind: 'working', text: message(S.saving), fraction: 1 });
    // A kiosk never opens a save dialog: the host saves where the kiosk file says.
    const result = await savePicture(picture, !useKiosk.getState().enabled);
    if (result.ok) {
      showMessage(S.saved(result.path));
      closeExportDialog();
    } else {
      setPhase({ kind: 'unsaved', picture, reason: result.reason });
    }
  };

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'working', text: S.rendering(0, 1), fraction: 0 });
    try {
      const picture = await renderPicture({
        widthPx: size.w,
        heightPx: size.h,
        markers,
        labels,
        credit,
        signal: controller.signal,
        onProgress: (done, total) =>
          setPhase({
            kind: 'working',
            text: done === total ? message(S.encoding) : S.rendering(done + 1, total),
            fraction: done / total,
          }),
      });
      await save(picture);
    } catch (error) {
      if ((error as Error).name === 'AbortError') setPhase({ kind: 'idle' });
      else {
        showMessage(S.failed((error as Error).message), 'error');
        setPhase({ kind: 'idle' });
      }
    } finally {
      abort.current = null;
    }
  };

  const working = phase.kind === 'working';
  return (
    <div className="dialog-backdrop">
      <section
        className="panel export"
        role="dialog"
        aria-modal="true"
        aria-label={t(S.heading)}
        data-export-state={phase.kind}
      >
        <h2>{t(S.heading)}</h2>
        <fieldset disabled={working || phase.kind === 'unsaved'}>
          <legend>{t(S.size)}</legend>
          <label>
            <input
              type="radio"
              name="size"
              checked={preset === 'window'}
              onChange={() => setPreset('window')}
            />
            {translate(t, S.windowSize(screen.w, screen.h))}
          </label>
          {PRESETS.map((p) => (
            <label key={p.id}>
              <input
                type="radio"
                name="size"
                checked={preset === p.id}
                onChange={() => setPreset(p.id)}
              />
              {p.label}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="size"
              checked={preset === 'custom'}
              onChange={() => setPreset('custom')}
            />
            {t(S.custom)}
          </label>
          {preset === 'custom' && (
            <div className="row">
              <label>
                {t(S.width)}
                <input
                  type="number"
                  min={16}
                  max={PICTURE_MAX_PX}
                  value={customW}
                  onChange={(e) => setCustomW(e.currentTarget.value)}
                />
              </label>
              <label>
                {t(S.height)}
                <input
                  type="number"
                  min={16}
                  max={PICTURE_MAX_PX}
                  value={customH}
                  onChange={(e) => setCustomH(e.currentTarget.value)}
                />
              </label>
            </div>
          )}
          {!sizeOk && <p role="alert">{translate(t, S.badSize(PICTURE_MAX_PX))}</p>}
        </fieldset>
        <fieldset disabled={working || phase.kind === 'unsaved'}>
          <label>
            <input type="checkbox" checked={markers} onChange={() => setMarkers(!markers)} />
            {t(S.markers)}
          </label>
          <label>
            <input type="checkbox" checked={labels} onChange={() => setLabels(!labels)} />
            {t(S.labels)}
          </label>
          <label>
            <input type="checkbox" checked={credit} onChange={() => setCredit(!credit)} />
            {t(S.credit)}
          </label>
        </fieldset>
        <p className="hint">{t(S.sameView)}</p>
        {working && (
          <div className="progress" role="status">
            <progress value={phase.fraction} max={1} />
            <span>{translate(t, phase.text)}</span>
          </div>
        )}
        {phase.kind === 'unsaved' && (
          <p role="alert">
            {phase.reason ?? ''} {t(S.notSaved)}
          </p>
        )}
        <div className="row">
          {phase.kind === 'unsaved' ? (
            <button type="button" onClick={() => void save(phase.picture)}>
              {t(S.retry)}
            </button>
          ) : (
            <button type="button" disabled={!sizeOk || working} onClick={() => void start()}>
              {t(S.export)}
            </button>
          )}
          <button
            type="button"
            onClick={() => (working ? abort.current?.abort() : closeExportDialog())}
          >
            {t(working ? S.cancel : S.close)}
          </button>
        </div>
      </section>
    </div>
  );
}
