import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { UpgradeItem, UpgradeRequest, UpgradeState } from '../../assets/format/upgrade';
import { isUpgradeRunning } from '../../assets/format/upgrade';
import { colorSizeLabel, pixelsPerDegree } from '../../assets/format/pack-data';
import {
  cancelUpgrade,
  chooseKitFolder,
  closeSharperData,
  startUpgrade,
  useSharperData,
} from '../pack/sharperData';

const DOES = {
  default: 'sharper.does.default',
  color8k: 'sharper.does.color8k',
  fromFolder: 'sharper.does.fromFolder',
} as const;

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

function itemLabel(t: TFunction, item: UpgradeItem): string {
  const size = {
    w: item.widthPx,
    h: item.heightPx,
    mb:
      item.bytes === null
        ? t('sharper.sizeUnknown')
        : t('sharper.sizeMb', { mb: megabytes(item.bytes) }),
  };
  if (item.kind === 'color') {
    return t('sharper.colorItem', { ...size, size: colorSizeLabel(item.widthPx) });
  }
  const ppd = pixelsPerDegree(item.widthPx);
  return t(item.float ? 'sharper.reliefFloatItem' : 'sharper.reliefItem', { ...size, ppd });
}

/** The outcome of the last job, in words. */
function resultText(t: TFunction, job: UpgradeState): string {
  switch (job.phase) {
    case 'done':
      return t('sharper.done');
    case 'cancelled':
      return t('sharper.cancelled');
    case 'failed':
      switch (job.problem) {
        case 'offline':
          return t('sharper.problem.offline');
        case 'server':
          return t('sharper.problem.server');
        case 'verify':
          return t('sharper.problem.verify');
        case 'diskFull':
          return t('sharper.problem.diskFull');
        case 'unwritable':
          return t('sharper.problem.unwritable');
        case 'notKit':
          return t('sharper.problem.notKit');
        default:
          return t('sharper.problem.other');
      }
    default:
      return '';
  }
}

function Progress({ job }: { job: UpgradeState }) {
  const { t } = useTranslation();
  const percent =
    job.totalBytes !== null && job.totalBytes > 0
      ? Math.floor((100 * job.doneBytes) / job.totalBytes)
      : null;
  const downloading = job.phase === 'downloading';
  return (
    <div className="upgrade-progress" role="status" data-upgrade-phase={job.phase}>
      <p>
        {downloading ? t('sharper.downloading', { file: job.file ?? '…' }) : t('sharper.building')}
        {downloading && percent !== null && ` ${t('sharper.percent', { percent })}`}
      </p>
      <progress max={100} value={downloading ? (percent ?? undefined) : undefined} />
      {downloading ? (
        <button type="button" onClick={cancelUpgrade}>
          {t('sharper.cancel')}
        </button>
      ) : (
        <p className="hint">{t('sharper.buildingHint')}</p>
      )}
    </div>
  );
}

/**
 * "Get sharper Moon data": what the host can download (sizes from the kit
 * catalog), progress and Cancel while it works, the new layers loaded in
 * place when it is done. Offline it says so and offers kit files already on
 * disk; where the host does not download (plain web mode) it shows the
 * equivalent commands.
 *
 * @example {open && <SharperDataDialog />}
 */
export function SharperDataDialog() {
  const { t } = useTranslation();
  const offer = useSharperData((s) => s.offer);
  const job = useSharperData((s) => s.job);
  const unreachable = useSharperData((s) => s.unreachable);
  const [choice, setChoice] = useState<Partial<UpgradeRequest>>({});
  const busy = job !== null && isUpgradeRunning(job);
  const kinds = ['color', 'elevation'] as const;
  const offline = job?.phase === 'failed' && job.problem === 'offline';
  const chosen = choice.color !== undefined || choice.elevation !== undefined;

  // Offline, kit files on disk are the way forward: say so first.
  const folder = offer?.canChooseFolder && !busy && (
    <p className={offline ? 'offline-folder' : undefined}>
      {offline ? t('sharper.offlineFolder') : t('sharper.folderHint')}{' '}
      <button type="button" onClick={() => chooseKitFolder(t('sharper.folderTitle'))}>
        {t('sharper.chooseFolder')}
      </button>
    </p>
  );

  return (
    <aside className="panel sharper" role="dialog" aria-label={t('sharper.title')}>
      <h2>{t('sharper.title')}</h2>
      {unreachable && <p role="alert">{t('sharper.unreachable')}</p>}
      {job && !busy && job.phase !== 'idle' && (
        <div className="upgrade-result" role="status" data-upgrade-phase={job.phase}>
          <p>{resultText(t, job)}</p>
          {job.phase === 'failed' && job.detail !== '' && (
            <p className="hint">{t('sharper.detail', { detail: job.detail })}</p>
          )}
        </div>
      )}
      {offline && folder}
      {offer?.mode === 'commands' && (
        <>
          <p>{t('sharper.commandsIntro')}</p>
          <ul className="commands">
            {offer.commands.map((c) => (
              <li key={c.command}>
                <code>{c.command}</code> {t(DOES[c.does])}
              </li>
            ))}
          </ul>
        </>
      )}
      {offer?.mode === 'download' && !busy && (
        <>
          {offer.items.length === 0 && <p>{t('sharper.sharpest')}</p>}
          {kinds.map((kind) => {
            const items = offer.items.filter((item) => item.kind === kind);
            if (items.length === 0) return null;
            return (
              <fieldset key={kind}>
                <legend>{kind === 'color' ? t('sharper.color') : t('sharper.relief')}</legend>
                <label>
                  <input
                    type="radio"
                    name={kind}
                    checked={choice[kind] === undefined}
                    onChange={() => setChoice((c) => ({ ...c, [kind]: undefined }))}
                  />{' '}
                  {t('sharper.keep')}
                </label>
                {items.map((item) => (
                  <label key={item.name}>
                    <input
                      type="radio"
                      name={kind}
                      value={item.name}
                      checked={choice[kind] === item.name}
                      onChange={() => setChoice((c) => ({ ...c, [kind]: item.name }))}
                    />{' '}
                    {itemLabel(t, item)}
                  </label>
                ))}
              </fieldset>
            );
          })}
          {offer.items.length > 0 && (
            <button
              type="button"
              disabled={!chosen}
              onClick={() => startUpgrade(choice as UpgradeRequest)}
            >
              {t('sharper.download')}
            </button>
          )}
        </>
      )}
      {busy && job && <Progress job={job} />}
      {!offline && folder}
      <button type="button" onClick={closeSharperData}>
        {t('sharper.close')}
      </button>
    </aside>
  );
}
