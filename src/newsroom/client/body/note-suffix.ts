// The ending of an editor's note in each edition: "(в Азербайджан - ред.)", "(Azərbaycana - red.)", "(to Baku - ed.)".

import type { EditionCode } from '../api/types.js';

export const NOTE_SUFFIX: Record<EditionCode, string> = {
  az: ' - red.',
  ru: ' - ред.',
  en: ' - ed.',
};
