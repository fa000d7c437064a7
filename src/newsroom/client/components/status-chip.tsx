// A story's workflow status as a coloured chip with its name in the interface language.

import type { StoryStatus } from '../api/types.js';
import { useI18n } from '../i18n/index.js';

export function StatusChip({ status }: { status: StoryStatus }) {
  const { t } = useI18n();
  return (
    <span class={`chip chip-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
