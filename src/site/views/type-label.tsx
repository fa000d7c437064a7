// The genre label after a headline, " - ИНТЕРВЬЮ", set apart; plain news shows none.

import type { StoryType } from '../../domain/story.js';

export function TypeLabel({ label, type }: { label: string; type: StoryType }) {
  if (!label.trim()) return null;
  return (
    <span class="type-label" data-type={type}>
      {' - '}
      {label.trim()}
    </span>
  );
}
