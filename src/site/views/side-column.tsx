// The side column of list pages: the edition's latest stories and, when counted, the most read; below the list on phones.

import type { Edition } from '../../domain/editions.js';
import type { SideView, StoryCardView } from '../view-models.js';
import { readerStrings } from './reader-strings.js';
import { StoryCard } from './story-card.js';

function SideList({
  id,
  title,
  stories,
  edition,
}: {
  id: string;
  title: string;
  stories: StoryCardView[];
  edition: Edition;
}) {
  if (stories.length === 0) return null;
  return (
    <section class="side-block" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title}
      </h2>
      <ul class="cards cards-side">
        {stories.map((story) => (
          <li>
            <StoryCard story={story} edition={edition} size="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SideColumn({ side, edition }: { side: SideView; edition: Edition }) {
  const r = readerStrings(edition.code);
  return (
    // Not an <aside>: a complementary landmark inside <main> is one axe refuses.
    <div class="side">
      <SideList id="side-latest" title={r.latest} stories={side.latest} edition={edition} />
      {side.mostRead && (
        <SideList
          id="side-most-read"
          title={r.mostRead}
          stories={side.mostRead}
          edition={edition}
        />
      )}
    </div>
  );
}
