// The public site's routes: one handler resolves the path and renders home, story, rubric, tag and archive pages.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDate, localDay } from '../domain/dates.js';
import type { Edition } from '../domain/editions.js';
import { authorBioIn, authorNameIn, type AuthorProfile } from '../domain/authors.js';
import { errorMessage } from '../domain/errors.js';
import { typeLabel } from '../domain/story.js';
import { surrogate, surrogateHeader } from '../domain/surrogate-keys.js';
import { paths, withPage } from '../domain/urls.js';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import { editionOf, type Deps } from '../operations/deps.js';
import {
  authorStories,
  editionChrome,
  findPublicAuthor,
  findPublicTag,
  findPublicStory,
  homeStories,
  listPublicStories,
  MAX_NUMBERED_PAGES,
  PAGE_SIZE,
  storyContext,
  type EditionChrome,
  type ListStart,
  type StoryReadPage,
} from '../operations/read-site.js';
import { httpDate, lastModifiedOf } from '../operations/read-freshness.js';
import { taxonomyRedirect } from '../operations/taxonomy-guard.js';
import type { Story } from '../domain/story.js';
import {
  chromeView,
  firstPictureEager,
  pagination,
  PICTURE_SIZES,
  rubricLink,
  storyCard,
  storyUrl,
} from './build-views.js';
import { coverImages } from './cover-images.js';
import { absoluteUrl, feedLinks } from './feed-links.js';
import { firstImage, newsArticle } from './structured-data.js';
import { liveBlogPosting } from './live-structured-data.js';
import { liveHeadUrl, registerLiveUpdates } from './live-routes.js';
import { assetUrl } from './static-assets.js';
import { readLive } from '../operations/read-live.js';
import { entriesPage } from '../domain/live.js';
import { resolvePath } from './resolve-path.js';
import { registerSearchApi, renderSearch } from './search-routes.js';
import { calendarPage, calendarPaths } from './calendar-view.js';
import { shareLinks } from './share-links.js';
import { sideView } from './side-view.js';
import { mostRead } from '../operations/most-read.js';
import type { StoryCardView } from './view-models.js';
import { beaconPixelUrl, beaconUrl, registerBeacon } from './beacon-routes.js';
import { readerStrings } from './views/reader-strings.js';
import {
  renderErrorPage,
  renderHomePage,
  renderListPage,
  renderStoryPage,
} from './views/render.js';

/** Stories in each of the home page's most read lists (24 hours, 7 days). */
const HOME_MOST_READ = 5;

/** Cache policy of public HTML: short for browsers and CDNs, served stale while refreshing. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400';

/** A live story's page: readers without JavaScript see new entries on a reload within seconds. */
export const LIVE_PAGE_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=30';

/** Where a list starts: `?page=N` (up to MAX_NUMBERED_PAGES), or `?before=<published time>_<id>`. */
function listStart(query: unknown): ListStart | null {
  const q = query as Record<string, unknown> | undefined;
  if (q?.before !== undefined) {
    const m =
      typeof q.before === 'string' &&
      /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)_([1-9]\d{0,14})$/.exec(q.before);
    if (!m || q.page !== undefined || Number.isNaN(Date.parse(m[1]!))) return null;
    return { before: { publishedAt: m[1]!, id: Number(m[2]) } };
  }
  const raw = q?.page;
  if (raw === undefined) return { page: 1 };
  if (typeof raw !== 'string' || !/^[1-9]\d{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_NUMBERED_PAGES ? { page } : null;
}

/** The link to the stories after the last one shown. */
function olderUrl(listPath: string, last: { publishedAt: string | null; id: number }): string {
  return `${listPath}?before=${encodeURIComponent(`${last.publishedAt}_${last.id}`)}`;
}

function sendHtml(
  reply: FastifyReply,
  status: number,
  html: string,
  keys: string[] = [],
  lastModified: string | null = null,
  cacheControl: string = PUBLIC_CACHE_CONTROL,
): FastifyReply {
  if (keys.length > 0) {
    const header = surrogateHeader(keys);
    reply.header('surrogate-key', header).header('cache-tag', header.replaceAll(' ', ','));
  }
  if (lastModified) reply.header('last-modified', httpDate(lastModified));
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? cacheControl : 'public, max-age=30')
    .send(html);
}

export async function renderNotFound(
  deps: Deps,
  edition: Edition,
  reply: FastifyReply,
  status = 404,
): Promise<FastifyReply> {
  const chrome = await editionChrome(deps, edition.code);
  const code = status === 404 ? 'not_found' : 'internal';
  const message = errorMessage(code, edition.code);
  const html = renderErrorPage({
    chrome: chromeView({
      edition,
      editions: deps.editions,
      chrome,
      title: message,
      canonical: paths.home(edition),
      robots: 'noindex',
      origin: deps.publicUrl,
      feeds: feedLinks(deps.publicUrl, edition),
    }),
    status,
    message,
  });
  return sendHtml(reply, status, html);
}

/** A byline: each author named as the edition writes them, linked to their page. */
function bylineOf(edition: Edition, authors: readonly AuthorProfile[]) {
  return authors.map((a) => ({
    name: authorNameIn(a, edition.code),
    url: paths.author(edition, a.slug),
  }));
}

async function storyPage(
  deps: Deps,
  edition: Edition,
  chrome: EditionChrome,
  rubricSlug: string,
  slug: string,
  reply: FastifyReply,
  page = 1,
): Promise<FastifyReply> {
  const story = await findPublicStory(deps, edition.code, slug);
  if (!story) return renderNotFound(deps, edition, reply);
  const canonical = storyUrl(edition, story, chrome);
  // The slug never changes; a story moved to another rubric keeps answering at its old path.
  if (chrome.rubricById.get(story.rubricId)?.slug !== rubricSlug)
    return reply.redirect(canonical, 301);
  const ctx = await storyContext(deps, story, chrome.rubricById);
  const translations = ctx.translations.map((t) => ({
    edition: editionOf(deps, t.story.edition),
    story: t.story,
  }));
  const translationPaths = new Map(ctx.translations.map((t) => [t.story.edition, t.path]));
  const origin = deps.publicUrl;
  const pictures = coverImages(origin, ctx.cover, story.blocks);
  const image = pictures.share?.url ?? firstImage(origin, story.blocks);
  const absolute = absoluteUrl(origin, canonical);
  const dateOnly = story.publishedDateOnly === true;
  const parent = ctx.rubric.parentId === null ? null : chrome.rubricById.get(ctx.rubric.parentId);
  const live = story.type === 'live' ? await readLive(deps, story) : null;
  const livePage = live ? entriesPage(live.entries, page) : null;
  if (live && !livePage) return renderNotFound(deps, edition, reply);
  const article = {
    origin,
    edition,
    url: absolute,
    story: {
      ...story,
      // A story known to the day: its local date ("2025-12-05"), not a midnight that never was.
      publishedAt: dateOnly
        ? localDay(new Date(story.publishedAt!), edition.timeZone)
        : story.publishedAt!,
    },
    sections: [...(parent ? [parent.name] : []), ctx.rubric.name],
    tags: ctx.tags.map((t) => t.name),
    author: ctx.author ? authorNameIn(ctx.author, edition.code) : null,
    authors: bylineOf(edition, ctx.authors).map((a) => ({
      name: a.name,
      url: absoluteUrl(origin, a.url),
    })),
    ...(pictures.structured.length ? { images: pictures.structured } : {}),
  };
  const html = renderStoryPage({
    chrome: chromeView({
      edition,
      editions: deps.editions,
      chrome,
      title: story.title,
      canonical: withPage(canonical, live ? page : 1),
      description: story.lead,
      translations: translationPaths,
      origin,
      feeds: feedLinks(origin, edition, { rubric: ctx.rubric }),
      ...(image ? { image } : {}),
      ...(pictures.share
        ? {
            imageWidth: pictures.share.width,
            imageHeight: pictures.share.height,
            imageAlt: pictures.share.alt,
          }
        : {}),
    }),
    story: {
      id: story.id,
      type: story.type,
      typeLabel: typeLabel(edition.code, story.type),
      title: story.title,
      lead: story.lead,
      blocks: story.blocks,
      publishedAt: story.publishedAt!,
      ...(dateOnly ? { dateOnly } : {}),
      updatedAt: story.updatedAt,
      rubric: rubricLink(edition, ctx.rubric),
      tags: ctx.tags.map((t) => ({ name: t.name, url: paths.tag(edition, t.slug) })),
      author: ctx.author ? authorNameIn(ctx.author, edition.code) : null,
      authors: bylineOf(edition, ctx.authors),
      corrections: story.corrections,
      ...(pictures.cover ? { cover: pictures.cover } : {}),
    },
    jsonLd: live
      ? liveBlogPosting(article, {
          coverageStartTime: live.head.startedAt ?? story.publishedAt!,
          coverageEndTime: live.head.endedAt,
          entries: livePage!.entries,
        })
      : newsArticle(article),
    ...(live
      ? {
          live: {
            head: live.head,
            entries: livePage!.entries,
            keyEvents: live.entries
              .filter((e) => e.keyEvent)
              .sort((a, b) => b.seq - a.seq)
              .map((entry) => {
                const on = livePage!.pageOf.get(entry.id) ?? 1;
                return {
                  entry,
                  url: `${on === page ? '' : withPage(canonical, on)}#entry-${entry.id}`,
                };
              }),
            headUrl: page === 1 ? liveHeadUrl(story.id) : null,
            scriptUrl: page === 1 ? assetUrl('live.js') : null,
            olderUrl: page < livePage!.pages ? withPage(canonical, page + 1) : null,
            newerUrl: page > 1 ? withPage(canonical, page - 1) : null,
          },
        }
      : {}),
    translations: translations.map((t) => ({
      edition: t.edition,
      url: translationPaths.get(t.edition.code)!,
      title: t.story.title,
    })),
    related: ctx.related.map((r) => storyCard(edition, r)),
    share: shareLinks(edition.code, absolute, story.title),
    printUrl: absolute,
    beacon: {
      url: beaconUrl(story.id),
      pixelUrl: beaconPixelUrl(story.id),
      scriptUrl: assetUrl('count.js'),
    },
  });
  return sendHtml(
    reply,
    200,
    html,
    [
      surrogate.edition(edition.code),
      surrogate.story(story.id),
      surrogate.related(story.rubricId),
      ...ctx.authors.map((a) => surrogate.author(a.id)),
      ...ctx.translations.map((t) => surrogate.story(t.story.id)),
    ],
    await lastModifiedOf(
      deps,
      [story, ...ctx.related.map((r) => r.story), ...ctx.translations.map((t) => t.story)],
      edition.code,
    ),
    live ? LIVE_PAGE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
  );
}

export function registerPublicSite(app: FastifyInstance, deps: Deps): void {
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const { edition, route } = resolvePath(deps.editions, req.url);
    if (route.kind === 'redirect') return reply.redirect(route.to, 301);
    if (route.kind === 'none') return renderNotFound(deps, edition, reply);
    if (route.kind === 'search') return renderSearch(deps, edition, req, reply);
    const start = listStart(req.query);
    if (start === null) return renderNotFound(deps, edition, reply);
    const chrome = await editionChrome(deps, edition.code);
    const origin = deps.publicUrl;
    const base = { edition, editions: deps.editions, chrome, origin };

    if (route.kind === 'calendar') {
      const page = await calendarPage(deps, edition, chrome, route);
      if (!page) return renderNotFound(deps, edition, reply);
      // Any story change may add a day: purged with the edition's home page.
      return sendHtml(reply, 200, page.html, [
        surrogate.edition(edition.code),
        surrogate.home(edition.code),
      ]);
    }

    if (route.kind === 'home') {
      const home = await homeStories(deps, edition.code, chrome);
      const [top, ...latest] = home.latest;
      const shown: Story[] = [...home.latest, ...home.sections.flatMap((s) => s.stories)].map(
        (r) => r.story,
      );
      // Pictures where the eye goes first: the top story, and the first story of each rubric.
      const topCard = top ? storyCard(edition, top, PICTURE_SIZES.top) : null;
      const sectionViews = home.sections.map((s) => ({
        rubric: rubricLink(edition, s.rubric),
        // The top story stands above; its rubric block shows the others.
        stories: s.stories
          .filter((r) => r.story.id !== top?.story.id)
          .map((r, i) => storyCard(edition, i === 0 ? r : { ...r, cover: null })),
      }));
      firstPictureEager([...(topCard ? [topCard] : []), ...sectionViews.flatMap((s) => s.stories)]);
      const ranked = await Promise.all(
        (['day', 'week'] as const).map((window) =>
          mostRead(deps, {
            edition: edition.code,
            window,
            limit: HOME_MOST_READ,
            rubrics: chrome.rubricById,
          }),
        ),
      );
      const [day, week] = ranked.map((list) =>
        list.map((r) => storyCard(edition, { ...r.read, cover: null })),
      ) as [StoryCardView[], StoryCardView[]];
      return sendHtml(
        reply,
        200,
        renderHomePage({
          chrome: chromeView({
            ...base,
            title: edition.siteName,
            canonical: paths.home(edition),
            feeds: feedLinks(origin, edition),
          }),
          top: topCard,
          latest: latest.map((r) => storyCard(edition, { ...r, cover: null })),
          sections: sectionViews,
          ...(day.length + week.length > 0 ? { mostRead: { day, week } } : {}),
        }),
        [surrogate.edition(edition.code), surrogate.home(edition.code)],
        await lastModifiedOf(deps, shown, edition.code),
      );
    }
    if (route.kind === 'story')
      return storyPage(
        deps,
        edition,
        chrome,
        route.rubric,
        route.slug,
        reply,
        'page' in start ? start.page : 1,
      );

    let heading: string;
    let listPath: string;
    let result: StoryReadPage | null;
    let children;
    let days;
    let calendar;
    let listKey: string;
    let feeds = feedLinks(origin, edition);
    const listOptions = { rubrics: chrome.rubricById };
    let profile;
    /** A rubric page's side column ranks the rubric's stories (its children's included). */
    let sideRubricIds: number[] | undefined;
    if (route.kind === 'author') {
      const found = await findPublicAuthor(deps, route.author);
      if (!found) return renderNotFound(deps, edition, reply);
      const { author, photo } = found;
      result = await authorStories(deps, edition.code, author, start, listOptions);
      heading = authorNameIn(author, edition.code);
      listKey = surrogate.author(author.id);
      feeds = feedLinks(origin, edition, { author: { slug: author.slug, name: heading } });
      listPath = paths.author(edition, author.slug);
      profile = {
        bio: authorBioIn(author, edition.code),
        photo: photo
          ? {
              url: photo.variants[0]?.url ?? photo.url,
              srcset: photo.srcset,
              width: photo.variants[0]?.width ?? photo.width,
              height: photo.variants[0]?.height ?? photo.height,
              alt: photo.alt,
            }
          : null,
      };
    } else if (route.kind === 'rubric') {
      const rubric = [...chrome.rubricById.values()].find((r) => r.slug === route.rubric);
      if (!rubric || rubric.hidden) {
        // A merged rubric's old address leads to the one it went into; a hidden one is not found.
        const to = rubric ? null : await taxonomyRedirect(deps, 'rubric', edition, route.rubric);
        return to ? reply.redirect(to, 301) : renderNotFound(deps, edition, reply);
      }
      const kids = [...chrome.rubricById.values()].filter((r) => r.parentId === rubric.id);
      result = await listPublicStories(
        deps,
        { kind: 'rubric', rubric, children: kids },
        start,
        listOptions,
      );
      heading = rubric.name;
      listKey = surrogate.rubric(rubric.id);
      feeds = feedLinks(origin, edition, { rubric });
      listPath = paths.rubric(edition, rubric.slug);
      children = kids.map((k) => rubricLink(edition, k));
      sideRubricIds = [rubric.id, ...kids.map((k) => k.id)];
    } else if (route.kind === 'tag') {
      const tag = await findPublicTag(deps, edition.code, route.tag);
      if (!tag) {
        const to = await taxonomyRedirect(deps, 'tag', edition, route.tag);
        return to ? reply.redirect(to, 301) : renderNotFound(deps, edition, reply);
      }
      result = await listPublicStories(deps, { kind: 'tag', tag }, start, listOptions);
      heading = tag.name;
      listKey = surrogate.tag(tag.id);
      feeds = feedLinks(origin, edition, { tag });
      listPath = paths.tag(edition, tag.slug);
    } else {
      result = await listPublicStories(
        deps,
        { kind: 'day', edition: edition.code, day: route.day },
        start,
        listOptions,
      );
      listKey = surrogate.archive(edition.code, route.day);
      const [y, m, d] = route.day.split('-').map(Number) as [number, number, number];
      const noon = new Date(Date.UTC(y, m - 1, d, 12));
      heading = formatDate(edition.code, noon, 'UTC');
      listPath = paths.archive(edition, route.day);
      const shift = (n: number) =>
        new Date(Date.UTC(y, m - 1, d + n, 12)).toISOString().slice(0, 10);
      const today = localDay(deps.clock.now(), edition.timeZone);
      calendar = {
        name: `${readerStrings(edition.code).months[m - 1]} ${y}`,
        url: calendarPaths.month(edition, y, m),
      };
      days = {
        prev: {
          name: formatDate(edition.code, new Date(`${shift(-1)}T12:00:00Z`), 'UTC'),
          url: paths.archive(edition, shift(-1)),
        },
        next:
          shift(1) <= today
            ? {
                name: formatDate(edition.code, new Date(`${shift(1)}T12:00:00Z`), 'UTC'),
                url: paths.archive(edition, shift(1)),
              }
            : null,
      };
    }
    // A day that is not a date lists nothing.
    if (!result) return renderNotFound(deps, edition, reply);
    const last = result.items.at(-1)?.story;
    const older = result.more && last ? olderUrl(listPath, last) : null;
    let pager;
    let canonical;
    if ('page' in start) {
      pager = pagination(listPath, start.page, result.total, PAGE_SIZE, result.totalExact);
      if (start.page > pager.pages) return renderNotFound(deps, edition, reply);
      // The last numbered page leads on with a cursor when the list goes further.
      if (!pager.nextUrl && older) pager = { ...pager, nextUrl: older };
      canonical = withPage(listPath, start.page);
    } else {
      if (result.items.length === 0) return renderNotFound(deps, edition, reply);
      pager = { page: 0, pages: 0, pagesExact: true, prevUrl: null, nextUrl: older };
      canonical = olderUrl(listPath, start.before);
    }
    return sendHtml(
      reply,
      200,
      renderListPage({
        chrome: chromeView({
          ...base,
          title: heading,
          canonical,
          feeds,
        }),
        kind: route.kind,
        heading,
        stories: firstPictureEager(
          result.items.map((r) => storyCard(edition, r, PICTURE_SIZES.thumb)),
        ),
        pagination: pager,
        ...(children ? { children } : {}),
        ...(days ? { days } : {}),
        ...(calendar ? { calendar } : {}),
        side: await sideView(deps, edition, chrome, sideRubricIds),
        ...(profile ? { profile } : {}),
      }),
      // The side column shows the edition's latest: purged with its home page.
      [surrogate.edition(edition.code), listKey, surrogate.home(edition.code)],
      await lastModifiedOf(
        deps,
        result.items.map((r) => r.story),
        edition.code,
      ),
    );
  };
  registerSearchApi(app, deps);
  registerLiveUpdates(app, deps);
  registerBeacon(app, deps);
  for (const url of ['/', '/*'])
    defineRoute(app, publicSurface, {
      method: 'GET',
      url,
      permission: 'public',
      answer: 'html',
      handler: ({ req, reply }) => handler(req, reply),
    });
}
