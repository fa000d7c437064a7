// Validated configuration from the environment: one place that reads process.env.

import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LEDE_DATA_DIR: z.string().min(1).default('./data'),
  LEDE_DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must be a postgres:// URL or sqlite:<file>')
    .optional(),
  LEDE_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase PostgreSQL schema name')
    .optional(),
  LEDE_TIME_ZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Baku')
    .default('Asia/Baku'),
  LEDE_TRUST_PROXY: z
    .string()
    .regex(/^(off|on|[0-9a-f.:/, ]+)$/i, 'must be off, on, or the proxy addresses (CIDR list)')
    .default('off'),
  LEDE_FEED_CONTENT: z.enum(['full', 'summary']).default('full'),
  LEDE_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  LEDE_CDN_PURGE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LEDE_CDN_PURGE_TOKEN: z.string().min(1).max(1000).optional(),
  LEDE_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  LEDE_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => !u.endsWith('/'), 'must not end with "/"')
    .optional(),
  LEDE_SITE_NAME: z.string().min(1).max(100).default('Lede'),
  LEDE_DEMO: z.enum(['on', 'off']).default('on'),
  LEDE_LOG: z.enum(['on', 'off']).default('on'),
  LEDE_WARM: z.enum(['on', 'off']).default('on'),
  LEDE_ACCESS_LOG: z.enum(['on', 'off']).default('on'),
  LEDE_WORKERS: z
    .string()
    .regex(/^(auto|[1-9]\d?)$/, 'must be auto or a number of processes from 1 to 99')
    .default('auto'),
  LEDE_COUNTER_PORT: z
    .string()
    .regex(/^(off|\d{1,5})$/, 'must be off or a port number (0 picks a free one)')
    .refine((v) => v === 'off' || Number(v) <= 65535, 'must be a port number up to 65535')
    .default('off'),
  LEDE_MEDIA_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  LEDE_MEDIA_MAX_MEGAPIXELS: z.coerce.number().positive().max(1000).default(50),
  LEDE_BACKUP_EVERY: z
    .string()
    .regex(/^(off|[1-9]\d{0,4}[mhd])$/, 'must be off or a period such as 30m, 6h, 1d')
    .default('off'),
  LEDE_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(7),
});

const PERIOD_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
  timeZone: string;
  siteName: string;
  /** The site's public origin ("https://lede.example"), for absolute links in feeds, sitemaps and the API. */
  publicUrl: string;
  /**
   * Whom to believe for the client address (X-Forwarded-For): nobody (false), any proxy (true),
   * or the listed proxy addresses. Login throttling and rate limits count per client address.
   */
  trustProxy: boolean | string;
  /** Feeds carry whole stories or only their leads. */
  feedContent: 'full' | 'summary';
  /** Redis for a Lede of several processes: events (cache purges) reach every process. */
  redisUrl: string | null;
  /** Subscribers: the content API's requests per key per minute; the CDN's purge URL, if any. */
  distribution: { apiRateLimit: number; cdnPurge: { url: string; token: string | null } | null };
  loadDemo: boolean;
  log: boolean;
  /** One log line per request (method, path, status, bytes, ms, page cache, worker). */
  accessLog: boolean;
  /** `lede serve`'s worker processes; null: one per core. */
  workers: number | null;
  /**
   * The port of the read counter's own process (LEDE_COUNTER_PORT), or null: `lede serve` then
   * answers the beacons in its workers. A front server routes `/beacon/` to this port.
   */
  counterPort: number | null;
  /** `lede serve` reads the search tables and stories into PostgreSQL's shared buffers as it starts. */
  warm: boolean;
  /** Upload limits: bytes of a file, pixels (width × height) of an image. */
  media: { maxBytes: number; maxPixels: number };
  /** Scheduled backups by `lede serve` into LEDE_DATA_DIR/backups: how often (null: never), how many kept. */
  backup: { everyMs: number | null; keep: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.LEDE_DATA_DIR);
  const url = c.LEDE_DATABASE_URL;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    database:
      url && !url.startsWith('sqlite:')
        ? {
            kind: 'postgres',
            url,
            ...(c.LEDE_DATABASE_SCHEMA ? { schema: c.LEDE_DATABASE_SCHEMA } : {}),
          }
        : {
            kind: 'sqlite',
            file: url
              ? path.resolve(url.slice('sqlite:'.length))
              : path.join(dataDir, 'lede.sqlite'),
          },
    timeZone: c.LEDE_TIME_ZONE,
    siteName: c.LEDE_SITE_NAME,
    redisUrl: c.LEDE_REDIS_URL ?? null,
    feedContent: c.LEDE_FEED_CONTENT,
    trustProxy:
      c.LEDE_TRUST_PROXY === 'off'
        ? false
        : c.LEDE_TRUST_PROXY === 'on'
          ? true
          : c.LEDE_TRUST_PROXY,
    distribution: {
      apiRateLimit: c.LEDE_API_RATE_LIMIT,
      cdnPurge: c.LEDE_CDN_PURGE_URL
        ? { url: c.LEDE_CDN_PURGE_URL, token: c.LEDE_CDN_PURGE_TOKEN ?? null }
        : null,
    },
    publicUrl:
      c.LEDE_PUBLIC_URL ??
      `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}${c.PORT === 80 || c.PORT === 0 ? '' : `:${c.PORT}`}`,
    loadDemo: c.LEDE_DEMO === 'on',
    log: c.LEDE_LOG === 'on',
    accessLog: c.LEDE_ACCESS_LOG === 'on',
    workers: c.LEDE_WORKERS === 'auto' ? null : Number(c.LEDE_WORKERS),
    counterPort: c.LEDE_COUNTER_PORT === 'off' ? null : Number(c.LEDE_COUNTER_PORT),
    warm: c.LEDE_WARM === 'on',
    media: {
      maxBytes: Math.round(c.LEDE_MEDIA_MAX_MB * 1024 * 1024),
      maxPixels: Math.round(c.LEDE_MEDIA_MAX_MEGAPIXELS * 1_000_000),
    },
    backup: {
      everyMs:
        c.LEDE_BACKUP_EVERY === 'off'
          ? null
          : Number(c.LEDE_BACKUP_EVERY.slice(0, -1)) *
            PERIOD_MS[c.LEDE_BACKUP_EVERY.slice(-1) as keyof typeof PERIOD_MS],
      keep: c.LEDE_BACKUP_KEEP,
    },
  };
}
