// Newsroom numbers routes: a story's views (with its chart), what an edition reads now and most, the hot-tags trend settings.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import { hotTagTrend, hotTagTrendSchema, setHotTagTrend } from '../../operations/hot-tag-trend.js';
import { editionNumbers, storyViews } from '../../operations/newsroom-numbers.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';
import { viewsChartSvg } from './views-chart.js';

const CHART_LABELS = {
  az: (h: number) => `Saatlar üzrə baxışlar, son ${h} saat`,
  ru: (h: number) => `Просмотры по часам за последние ${h} ч`,
  en: (h: number) => `Views per hour, last ${h} hours`,
} as const;

const numbered = z.object({
  id: z.number().int(),
  title: z.string(),
  url: z.string(),
  views: z.number().int(),
});

const rising = numbered.extend({
  views: z.number().int().describe('readers in the last two hours'),
  usual: z.number().describe('readers in the same hours, on average over the past 7 days'),
  score: z.number().describe('(views + 5) / (usual + 5)'),
});

const trendView = z.object({
  edition: z.enum(EDITION_CODES),
  follow: z.boolean(),
  blocked: z.array(z.string()),
  proposals: z.array(
    z.object({
      name: z.string(),
      views: z.number(),
      usual: z.number().describe('views in the same hours, on average over the past 7 days'),
      score: z.number().describe('(views + 5) / (usual + 5)'),
      blocked: z.boolean(),
    }),
  ),
});

export function registerNumbersRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['numbers'];
  const editionQuery = z.object({ edition: z.enum(EDITION_CODES) }).strict();

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/views',
    permission: 'authenticated',
    summary: "A story's readers per hour (counted once a reader a day), with an SVG chart",
    tags,
    params: z.object({ id: z.coerce.number().int().positive() }),
    query: z
      .object({
        hours: z.coerce
          .number()
          .int()
          .min(6)
          .max(24 * 14)
          .optional(),
        lang: z.enum(EDITION_CODES).optional(),
      })
      .strict(),
    response: z.object({
      storyId: z.number().int(),
      hours: z.array(z.object({ at: z.iso.datetime(), views: z.number().int() })),
      total: z.number().int(),
      svg: z.string(),
    }),
    handler: async ({ actor, params, query, deps }) => {
      const hours = query.hours ?? 48;
      const series = await storyViews(deps, actor, params.id, hours);
      const timeZone = deps.editions[0]?.timeZone ?? 'UTC';
      const clock = new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      });
      const svg = viewsChartSvg(series.hours, CHART_LABELS[query.lang ?? 'en'](hours), (at) =>
        clock.format(new Date(at)),
      );
      return { ...series, svg };
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/numbers',
    permission: 'authenticated',
    summary:
      'What an edition reads now (10-15 minutes), the stories rising against their usual level, and the most read over 24 hours and 7 days',
    tags,
    query: editionQuery,
    response: z.object({
      edition: z.enum(EDITION_CODES),
      readNow: z.array(numbered),
      rising: z.array(rising),
      day: z.array(numbered),
      week: z.array(numbered),
    }),
    handler: async ({ query, deps }) => editionNumbers(deps, query.edition),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/hot-tags/trend',
    permission: 'authenticated',
    summary: 'Rising tags proposed for the hot-tags strip, and whether the strip follows them',
    tags,
    query: editionQuery,
    response: trendView,
    handler: async ({ query, deps }) => hotTagTrend(deps, query.edition),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/hot-tags/trend',
    permission: 'manage-taxonomy',
    summary:
      'Let the strip follow the trend (pinned tags keep their places) and block tags from it',
    tags,
    body: hotTagTrendSchema,
    response: trendView,
    handler: async ({ actor, body, deps }) => setHotTagTrend(deps, actor, body),
  });
}
