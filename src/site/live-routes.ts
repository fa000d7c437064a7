// A live story's update resources: the head (cached one second) and numbered ranges of entries (immutable once full).

import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { surrogate, surrogateHeader } from '../domain/surrogate-keys.js';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import { editionOf, type Deps } from '../operations/deps.js';
import { readLiveHead, readLiveRange } from '../operations/read-live.js';
import { LiveEntryItem } from './views/live-blog.js';

/** A full range at its version never changes: caches keep it for a year. */
export const RANGE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** The head and the range still filling: one second for browsers and CDNs alike. */
export const LIVE_HEAD_CACHE = 'public, max-age=1, s-maxage=1';

/** Where readers poll a live story's head. */
export const liveHeadUrl = (storyId: number) => `/live/${storyId}/head.json`;
/** Where range n of a live story is, at a version (the head names the current one). */
export const liveRangeUrl = (storyId: number, n: number, version: number) =>
  `/live/${storyId}/${n}.${version}.json`;

function sendJson(
  reply: FastifyReply,
  storyId: number,
  cacheControl: string,
  body: unknown,
): FastifyReply {
  const keys = surrogateHeader([surrogate.story(storyId)]);
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', cacheControl)
    .header('surrogate-key', keys)
    .header('cache-tag', keys.replaceAll(' ', ','))
    .header('access-control-allow-origin', '*')
    .send(JSON.stringify(body));
}

function notFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .header('cache-control', LIVE_HEAD_CACHE)
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify({ error: 'not_found', message: 'no such live story or range' }));
}

const STORY = /^[1-9]\d{0,14}$/;
const RANGE = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,14})\.json$/;

export function registerLiveUpdates(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, publicSurface, {
    method: 'GET',
    url: '/live/:story/:file',
    permission: 'public',
    answer: 'json',
    handler: async ({ req, reply }) => {
      const { story, file } = req.params as { story: string; file: string };
      if (!STORY.test(story)) return notFound(reply);
      const storyId = Number(story);
      if (file === 'head.json') {
        const head = await readLiveHead(deps, storyId);
        if (!head) return notFound(reply);
        return sendJson(reply, storyId, LIVE_HEAD_CACHE, head);
      }
      const m = RANGE.exec(file);
      if (!m) return notFound(reply);
      const found = await readLiveRange(deps, storyId, Number(m[1]));
      if (!found) return notFound(reply);
      const { range } = found;
      // An old version's address leads to the range as it is now (the head names it).
      if (range.version !== Number(m[2]))
        return reply
          .header('cache-control', LIVE_HEAD_CACHE)
          .redirect(liveRangeUrl(storyId, range.n, range.version), 302);
      const edition = editionOf(deps, found.story.edition);
      return sendJson(reply, storyId, range.full ? RANGE_IMMUTABLE : LIVE_HEAD_CACHE, {
        storyId,
        n: range.n,
        version: range.version,
        full: range.full,
        entries: range.entries.map((e) =>
          e.deletedAt
            ? { id: e.id, seq: e.seq, deleted: true }
            : {
                id: e.id,
                seq: e.seq,
                deleted: false,
                pinned: e.pinned,
                keyEvent: e.keyEvent,
                postedAt: e.postedAt,
                editedAt: e.editedAt,
                html: renderToString(h(LiveEntryItem, { entry: e, edition })),
              },
        ),
      });
    },
  });
}
