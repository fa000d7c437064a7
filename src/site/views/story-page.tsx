// The story page: rubric, headline with type label, date, author, lead, body, tags, translations, related.

import { localDay } from '../../domain/dates.js';
import type { Edition } from '../../domain/editions.js';
import type { ShareLinkView, StoryPageView } from '../view-models.js';
import { DateTime } from './date-time.js';
import { assetUrl } from '../static-assets.js';
import { JsonLd } from './json-ld.js';
import { Picture } from './picture.js';
import { Layout } from './layout.js';
import { LiveBlog } from './live-blog.js';
import { creditText, StoryBody } from './story-body.js';
import { readerStrings } from './reader-strings.js';
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
      <DateTime
        iso={story.publishedAt}
        edition={edition}
        {...(story.dateOnly ? { dateOnly: true } : {})}
      />
      {wasUpdated(story) && ' '}
      {wasUpdated(story) && (
        <span class="updated">
          {t.updated}: <DateTime iso={story.updatedAt} edition={edition} />
        </span>
      )}
      {story.authors?.length ? (
        <>
          {' '}
          <span class="author">
            {story.authors.length > 1 ? t.authors : t.author}:{' '}
            {story.authors.map((a, i) => (
              <>
                {i > 0 && ', '}
                <a href={a.url} rel="author">
                  {a.name}
                </a>
              </>
            ))}
          </span>
        </>
      ) : (
        story.author?.trim() && (
          <>
            {' '}
            <span class="author">
              {t.author}: {story.author.trim()}
            </span>
          </>
        )
      )}
    </p>
  );
}

/** The dated notes of what was corrected, under the story, as readers must be able to see them. */
function Corrections({ story, edition }: { story: Story; edition: Edition }) {
  if (!story.corrections?.length) return null;
  const label = strings(edition.code).corrections;
  return (
    <section class="corrections" aria-label={label}>
      {story.corrections.map((c) => (
        <p class="correction">
          <strong>{label}</strong> (<DateTime iso={c.at} edition={edition} />
          ): {c.note}
        </p>
      ))}
    </section>
  );
}

/** Head tags of an article: OpenGraph article times, section and tags; the JSON-LD. */
function ArticleHead({ view }: { view: StoryPageView }) {
  const { story } = view;
  return (
    <>
      <meta property="og:type" content="article" />
      <meta
        property="article:published_time"
        content={
          story.dateOnly
            ? localDay(new Date(story.publishedAt), view.chrome.edition.timeZone)
            : story.publishedAt
        }
      />
      <meta property="article:modified_time" content={story.updatedAt} />
      <meta property="article:section" content={story.rubric.name} />
      {story.tags.map((t) => (
        <meta property="article:tag" content={t.name} />
      ))}
      {view.jsonLd && <JsonLd data={view.jsonLd} />}
      {story.blocks.some((b) => b.type === 'video') && <script src={assetUrl('video.js')} defer />}
      {view.beacon && <script src={view.beacon.scriptUrl} defer data-beacon={view.beacon.url} />}
    </>
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

/** Plain links to each service's share page: nothing of theirs loads until the reader follows one. */
function ShareLinks({ links, edition }: { links: ShareLinkView[]; edition: Edition }) {
  if (links.length === 0) return null;
  const title = readerStrings(edition.code).share;
  return (
    <nav class="share" aria-label={title}>
      <span class="share-title" aria-hidden="true">
        {title}:
      </span>
      <ul>
        {links.map((link) => (
          <li>
            <a
              class={`share-${link.service}`}
              href={link.url}
              aria-label={link.label}
              rel="noopener noreferrer"
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
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
            <StoryCard story={story} edition={edition} size="compact" showPicture={false} />
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
    <Layout chrome={chrome} page="story" head={<ArticleHead view={view} />}>
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
          {story.cover && (
            <figure class="story-cover">
              <Picture picture={story.cover} class="cover-picture" />
              {(story.cover.caption || story.cover.credit) && (
                <figcaption>
                  {story.cover.caption}
                  {story.cover.caption && story.cover.credit && ' '}
                  {story.cover.credit && (
                    <span class="credit">{creditText(story.cover.credit, edition.code)}</span>
                  )}
                </figcaption>
              )}
            </figure>
          )}
          {story.lead.trim() && <p class="lead">{story.lead}</p>}
          <StoryBody blocks={story.blocks} edition={edition.code} />
          {view.live && <LiveBlog view={view.live} edition={edition} />}
          <Corrections story={story} edition={edition} />
          {view.share && <ShareLinks links={view.share} edition={edition} />}
          <Tags story={story} edition={edition} />
          <Translations view={view} />
        </div>
        <Related view={view} />
        {view.printUrl && <p class="print-url">{view.printUrl}</p>}
        {view.beacon && (
          // Without JavaScript the view is counted by this image (no cookie, nothing kept).
          <noscript>
            <img class="beacon" src={view.beacon.pixelUrl} alt="" width={1} height={1} />
          </noscript>
        )}
      </article>
    </Layout>
  );
}
