/**
 * One colour per key, the same in every panel (Okabe–Ito, colour-blind safe). Colour is never
 * the only cue: every mark also carries its label.
 */
import type { InvestorKey, SectorKey, SigningKey, SizeKey, StageKey } from '../data/types';

const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  sky: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  grey: '#8C8C8C',
} as const;

export const SECTOR_COLORS: Record<SectorKey, string> = {
  'smart-manufacturing': OKABE_ITO.blue,
  'digital-economy': OKABE_ITO.orange,
  'science-tech': OKABE_ITO.green,
  health: OKABE_ITO.purple,
  'new-materials-other': OKABE_ITO.sky,
};

export const INVESTOR_COLORS: Record<InvestorKey, string> = {
  'central-soe': OKABE_ITO.vermillion,
  private: OKABE_ITO.blue,
  foreign: OKABE_ITO.green,
  other: OKABE_ITO.grey,
};

export const SIZE_COLORS: Record<SizeKey, string> = {
  '5-10': OKABE_ITO.sky,
  '10-50': OKABE_ITO.blue,
  '50-plus': '#003f6b',
};

export const SIGNING_COLORS: Record<SigningKey, string> = {
  'venue-offline': OKABE_ITO.blue,
  'venue-online': OKABE_ITO.sky,
  'off-site': OKABE_ITO.orange,
};

export const EDITION_COLORS = { 'all-signings': '#9cb8cf', 'major-projects': OKABE_ITO.blue } as const;

/** Stages after the signing, from not started (light) to producing (dark); stopped in vermillion. */
export const STAGE_COLORS: Record<StageKey, string> = {
  signed: OKABE_ITO.sky,
  started: OKABE_ITO.blue,
  producing: OKABE_ITO.green,
  stopped: OKABE_ITO.vermillion,
};
