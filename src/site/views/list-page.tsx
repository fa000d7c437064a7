// Rubric, tag and archive pages: heading, sub-rubrics or archive days, story cards and pagination.

import type { EditionCode } from '../../domain/editions.js';
import type { LinkView, ListPageView } from '../view-models.js';
import { Pagination, PaginationLinks } from './pagination.js';
import { Layout } from './layout.js';
import { StoryCard } from './story-card.js';
import { strings } from './strings.js';

function SubRubrics({ links, edition }: { links: LinkView[]; edition: EditionCode }) {
  if (links.length === 0) return null;
  return (
    <nav class="chips sub-rubrics" aria-label={strings(edition).subRubrics}>
      <ul>
        {links.map((link) => (
          <li>
            <a href={link.url}>{link.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Archive pages: links to the previous and the next day. */
function DayLinks({
  days,
  edition,
}: {
  days: NonNullable<ListPageView['days']>;
  edition: EditionCode;
}) {
  if (!days.prev && !days.next) return null;
  const t = strings(edition);
  return (
    <nav class="day-links" aria-label={t.archiveDays}>
      {days.prev && (
        <a class="day-prev" href={days.prev.url}>
          <span class="day-hint">{t.previousDay}</span>
          <span aria-hidden="true">← </span>
          {days.prev.name}
        </a>
      )}
      {days.next && (
        <a class="day-next" href={days.next.url}>
          <span class="day-hint">{t.nextDay}</span>
          {days.next.name}
          <span aria-hidden="true"> →</span>
        </a>
      )}
    </nav>
  );
}

/** An author page's head: their photo, if any, and bio in the edition's language. */
function AuthorProfile({
  profile,
  name,
}: {
  profile: NonNullable<ListPageView['profile']>;
  name: string;
}) {
  if (!profile.photo && !profile.bio) return null;
  const { photo } = profile;
  return (
    <div class="author-profile">
      {photo && (
        <img
          class="author-photo"
          src={photo.url}
          {...(photo.srcset ? { srcset: photo.srcset, sizes: '8rem' } : {})}
          width={photo.width}
          height={photo.height}
          alt={photo.alt || name}
          decoding="async"
        />
      )}
      {profile.bio && <p class="author-bio">{profile.bio}</p>}
    </div>
  );
}

export function ListPage({ view }: { view: ListPageView }) {
  const { chrome, kind } = view;
  const { edition } = chrome;
  const t = strings(edition.code);
  const kicker =
    kind === 'tag'
      ? t.tag
      : kind === 'archive'
        ? t.archive
        : kind === 'author'
          ? t.authorPage
          : null;
  return (
    <Layout
      chrome={chrome}
      page="list"
      head={<PaginationLinks view={view.pagination} />}
      {...(view.side ? { side: view.side } : {})}
    >
      <div class={`list list-${kind}`}>
        <header class="list-head">
          {kicker && <p class="kicker">{kicker}</p>}
          <h1>{view.heading}</h1>
        </header>
        {view.profile && <AuthorProfile profile={view.profile} name={view.heading} />}
        {view.children && <SubRubrics links={view.children} edition={edition.code} />}
        {view.days && <DayLinks days={view.days} edition={edition.code} />}
        {view.calendar && (
          <p class="calendar-link">
            <a href={view.calendar.url}>{view.calendar.name}</a>
          </p>
        )}
        {view.stories.length === 0 ? (
          <p class="empty">{t.noStories}</p>
        ) : (
          <ul class="cards cards-list">
            {view.stories.map((story) => (
              <li>
                <StoryCard
                  story={story}
                  edition={edition}
                  level={2}
                  showLead
                  showRubric={kind !== 'rubric'}
                />
              </li>
            ))}
          </ul>
        )}
        <Pagination view={view.pagination} edition={edition.code} />
      </div>
    </Layout>
  );
}
