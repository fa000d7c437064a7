// The edition's home page: the top story, the latest-news feed and a block per rubric.

import { formatDate, localDay } from '../../domain/dates.js';
import type { Edition } from '../../domain/editions.js';
import type { HomeView, SectionView, StoryCardView } from '../view-models.js';
import { DateTime } from './date-time.js';
import { Layout } from './layout.js';
import { MostRead } from './most-read.js';
import { StoryCard } from './story-card.js';
import { strings } from './strings.js';
import { TypeLabel } from './type-label.js';

/** The latest-news feed: time, headline, type label; one line per story, a date line where the day changes. */
function LatestFeed({ stories, edition }: { stories: StoryCardView[]; edition: Edition }) {
  const t = strings(edition.code);
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h2 id="latest-heading" class="section-title">
        {t.latestNews}
      </h2>
      {stories.length === 0 ? (
        <p class="empty">{t.noStories}</p>
      ) : (
        <ul class="feed">
          {stories.map((story, i) => {
            const day = localDay(new Date(story.publishedAt), edition.timeZone);
            const prev = stories[i - 1];
            const newDay = !prev || localDay(new Date(prev.publishedAt), edition.timeZone) !== day;
            return (
              <>
                {newDay && (
                  <li class="feed-day">
                    {formatDate(edition.code, new Date(story.publishedAt), edition.timeZone)}
                  </li>
                )}
                <li>
                  <DateTime
                    iso={story.publishedAt}
                    edition={edition}
                    mode="time"
                    {...(story.dateOnly ? { dateOnly: true } : {})}
                  />
                  <a href={story.url}>
                    {story.title}
                    <TypeLabel label={story.typeLabel} type={story.type} />
                  </a>
                </li>
              </>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** One rubric's block: its name as a link, the first story with its lead, the rest as headlines. */
function RubricSection({ section, edition }: { section: SectionView; edition: Edition }) {
  if (section.stories.length === 0) return null;
  return (
    <section class="rubric-block">
      <h2 class="section-title">
        <a href={section.rubric.url}>{section.rubric.name}</a>
      </h2>
      <ul class="cards cards-grid">
        {section.stories.map((story, i) => (
          <li>
            <StoryCard story={story} edition={edition} showRubric={false} showLead={i === 0} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({ view }: { view: HomeView }) {
  const { chrome } = view;
  const { edition } = chrome;
  return (
    <Layout chrome={chrome} page="home">
      <h1 class="visually-hidden">{chrome.title.trim() || edition.siteName}</h1>
      <div class="home">
        {view.top && (
          <div class="top-story">
            <StoryCard story={view.top} edition={edition} level={2} size="big" showLead />
          </div>
        )}
        <LatestFeed stories={view.latest} edition={edition} />
        {view.mostRead && <MostRead view={view.mostRead} edition={edition} />}
        <div class="sections">
          {view.sections.map((section) => (
            <RubricSection section={section} edition={edition} />
          ))}
        </div>
      </div>
    </Layout>
  );
}
