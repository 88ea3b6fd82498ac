/** The i18n keys of the sunlight feature's enumerations (phase names, overlays). */
import type { PhaseName } from '../geo/ephemeris';
import type { MessageKey } from '../i18n/message';

export const PHASE_KEY: Readonly<Record<PhaseName, MessageKey>> = {
  'new moon': 'phase.new',
  'waxing crescent': 'phase.waxingCrescent',
  'first quarter': 'phase.firstQuarter',
  'waxing gibbous': 'phase.waxingGibbous',
  'full moon': 'phase.full',
  'waning gibbous': 'phase.waningGibbous',
  'last quarter': 'phase.lastQuarter',
  'waning crescent': 'phase.waningCrescent',
};

export const SUN_OVERLAYS = [
  { id: 'terminator', labelKey: 'sun.terminator' },
  { id: 'subsolar', labelKey: 'sun.subSolar' },
  { id: 'subearth', labelKey: 'sun.subEarth' },
] as const satisfies readonly { id: string; labelKey: MessageKey }[];
