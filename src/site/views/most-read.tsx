// The home page's most read block: the edition's most read stories of the last 24 hours and 7 days, numbered.

import type { EditionCode } from '../../domain/editions.js';
import type { Edition } from '../../domain/editions.js';
import type { MostReadView, StoryCardView } from '../view-models.js';
import { readerStrings } from './reader-strings.js';
import { TypeLabel } from './type-label.js';

const WINDOWS: Record<EditionCode, { day: string; week: string }> = {
  az: { day: 'Son 24 saat', week: 'Son 7 gün' },
  ru: { day: 'За 24 часа', week: 'За 7 дней' },
  en: { day: 'Last 24 hours', week: 'Last 7 days' },
};

/** The words of the two windows, for the block's headings. */
export const mostReadWindows = (edition: EditionCode) => WINDOWS[edition];

function Ranked({ id, title, stories }: { id: string; title: string; stories: StoryCardView[] }) {
  if (stories.length === 0) return null;
  return (
    <div class="most-read-list">
      <h3 id={id} class="label-title">
        {title}
      </h3>
      <ol aria-labelledby={id}>
        {stories.map((story) => (
          <li>
            <a href={story.url}>
              {story.title}
              <TypeLabel label={story.typeLabel} type={story.type} />
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function MostRead({ view, edition }: { view: MostReadView; edition: Edition }) {
  if (view.day.length === 0 && view.week.length === 0) return null;
  const words = mostReadWindows(edition.code);
  return (
    <section class="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" class="section-title">
        {readerStrings(edition.code).mostRead}
      </h2>
      <Ranked id="most-read-day" title={words.day} stories={view.day} />
      <Ranked id="most-read-week" title={words.week} stories={view.week} />
    </section>
  );
}
