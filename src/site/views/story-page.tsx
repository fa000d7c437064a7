// The story page: rubric, headline with type label, date, author, lead, body, tags, translations, related.

import type { Edition } from '../../domain/editions.js';
import type { StoryPageView } from '../view-models.js';
import { DateTime } from './date-time.js';
import { Layout } from './layout.js';
import { StoryBody } from './story-body.js';
import { StoryCard } from './story-card.js';
import { strings } from './strings.js';
import { TypeLabel } from './type-label.js';

type Story = StoryPageView['story'];

/** True when the story was changed more than a minute after it was published. */
function wasUpdated(story: Story): boolean {
  const published = Date.parse(story.publishedAt);
  const updated = Date.parse(story.updatedAt);
  return Number.isFinite(published) && Number.isFinite(updated) && updated - published > 60_000;
}

function StoryMeta({ story, edition }: { story: Story; edition: Edition }) {
  const t = strings(edition.code);
  return (
    <p class="story-meta">
      <DateTime iso={story.publishedAt} edition={edition} />
      {wasUpdated(story) && ' '}
      {wasUpdated(story) && (
        <span class="updated">
          {t.updated}: <DateTime iso={story.updatedAt} edition={edition} />
        </span>
      )}
      {story.author?.trim() && ' '}
      {story.author?.trim() && (
        <span class="author">
          {t.author}: {story.author.trim()}
        </span>
      )}
    </p>
  );
}

function Tags({ story, edition }: { story: Story; edition: Edition }) {
  if (story.tags.length === 0) return null;
  return (
    <section class="story-tags" aria-labelledby="tags-heading">
      <h2 id="tags-heading" class="label-title">
        {strings(edition.code).tags}
      </h2>
      <ul class="chips">
        {story.tags.map((tag) => (
          <li>
            <a href={tag.url}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Translations({ view }: { view: StoryPageView }) {
  const others = view.translations.filter((tr) => tr.edition.code !== view.chrome.edition.code);
  if (others.length === 0) return null;
  return (
    <section class="translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading" class="label-title">
        {strings(view.chrome.edition.code).translations}
      </h2>
      <ul>
        {others.map(({ edition, url, title }) => (
          <li lang={edition.language}>
            <span class="translation-edition">{edition.name}:</span>{' '}
            <a href={url} hreflang={edition.language} lang={edition.language}>
              {title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Related({ view }: { view: StoryPageView }) {
  if (view.related.length === 0) return null;
  const { edition } = view.chrome;
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading" class="section-title">
        {strings(edition.code).related}
      </h2>
      <ul class="cards">
        {view.related.map((story) => (
          <li>
            <StoryCard story={story} edition={edition} size="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StoryPage({ view }: { view: StoryPageView }) {
  const { story, chrome } = view;
  const { edition } = chrome;
  return (
    <Layout chrome={chrome} page="story" head={<meta property="og:type" content="article" />}>
      <article class="story" data-story={story.id} data-type={story.type}>
        <header class="story-head">
          <a class="kicker" href={story.rubric.url}>
            {story.rubric.name}
          </a>
          <h1>
            {story.title}
            <TypeLabel label={story.typeLabel} type={story.type} />
          </h1>
          <StoryMeta story={story} edition={edition} />
        </header>
        <div class="story-main">
          {story.lead.trim() && <p class="lead">{story.lead}</p>}
          <StoryBody blocks={story.blocks} edition={edition.code} />
          <Tags story={story} edition={edition} />
          <Translations view={view} />
        </div>
        <Related view={view} />
      </article>
    </Layout>
  );
}
