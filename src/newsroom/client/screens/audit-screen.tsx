// The audit log for admins: who did what to which story and when, filtered by action, edition and story, older entries on demand.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { STORY_STATUSES } from '../../../domain/story.js';
import { listAudit, type AuditEntry, type AuditFilters } from '../api/audit.js';
import type { EditionCode, StoryStatus } from '../api/types.js';
import { AppLink } from '../components/app-link.js';
import { CommitInput } from '../components/commit-input.js';
import { EditionSelect } from '../components/edition-picker.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { useI18n, type MessageKey, type Translate, type UiLanguage } from '../i18n/index.js';
import { BASE, navigate, useLocation } from '../router.js';
import { useSession, userCan } from '../session.js';

const PAGE = 50;

/** The actions the operations record, grouped as the filter offers them. */
const ACTION_GROUPS: readonly { label: MessageKey; actions: readonly string[] }[] = [
  { label: 'audit.groupAccess', actions: ['login', 'login.failed', 'logout'] },
  {
    label: 'audit.groupStories',
    actions: [
      'story.create',
      'story.update',
      'story.restore',
      'story.translate',
      'story.submit',
      'story.return',
      'story.approve',
      'story.publish',
      'story.schedule',
      'story.reschedule',
      'story.unschedule',
      'story.embargo-lifted',
      'story.correct',
      'story.unpublish',
      'story.republish',
      'story.rework',
      'live.post',
      'live.edit',
      'live.delete',
      'live.close',
      'live.reopen',
    ],
  },
  {
    label: 'audit.groupSettings',
    actions: [
      'media.upload',
      'media.update',
      'media.delete',
      'rubric.create',
      'rubric.rename',
      'rubric.order',
      'tag.rename',
      'tag.merge',
      'rubric.hide',
      'rubric.show',
      'rubric.merge',
      'rubric.delete',
      'tag.hide',
      'tag.show',
      'tag.delete',
      'rubric.link',
      'tag.link',
      'hot-tags.set',
      'user.add',
      'user.update',
      'user.password-set',
      'user.reset-link',
      'user.password-reset',
      'two-factor.enrol',
      'two-factor.disable',
      'two-factor.reset',
      'two-factor.recovery-used',
      'two-factor.roles',
      'token.create',
      'token.revoke',
      'subscriber.add',
      'subscriber.revoke',
      'webhook.add',
      'webhook.delete',
      'delivery.replay',
    ],
  },
];
const KNOWN_ACTIONS = new Set(ACTION_GROUPS.flatMap((g) => g.actions));

/** The action in words of the interface language; an action the client does not know, as recorded. */
export function actionLabel(t: Translate, action: string): string {
  return KNOWN_ACTIONS.has(action) ? t(`audit.action.${action}` as MessageKey) : action;
}

interface Filters {
  action: string;
  edition: EditionCode | '';
  storyId: string;
}

function filtersOf(search: URLSearchParams): Filters {
  const edition = search.get('edition') ?? '';
  const storyId = search.get('storyId') ?? '';
  return {
    action: search.get('action') ?? '',
    edition: (EDITION_CODES as readonly string[]).includes(edition) ? (edition as EditionCode) : '',
    storyId: /^[1-9]\d{0,9}$/.test(storyId) ? storyId : '',
  };
}

function hrefOf(filters: Filters): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string][])
    if (value) search.set(key, value);
  const text = search.toString();
  return `${BASE}/audit${text ? `?${text}` : ''}`;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isStatus(value: unknown): value is StoryStatus {
  return typeof value === 'string' && (STORY_STATUSES as readonly string[]).includes(value);
}

/** One detail value as short text: times in the agency's zone, lists joined, objects as JSON. */
function valueText(value: unknown, language: UiLanguage): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value) && value.length === 0) return '—';
  if (typeof value === 'string')
    return ISO_TIME.test(value) ? formatTime(value, language, { seconds: true }) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.map((v) => valueText(v, language)).join(', ');
  return JSON.stringify(value);
}

function Details({ entry }: { entry: AuditEntry }) {
  const { t, language } = useI18n();
  const { from, to, ...rest } = entry.detail;
  const parts: string[] = [];
  if (isStatus(from) && isStatus(to)) parts.push(`${t(`status.${from}`)} → ${t(`status.${to}`)}`);
  else if (from !== undefined || to !== undefined)
    parts.push(`${valueText(from, language)} → ${valueText(to, language)}`);
  for (const [key, value] of Object.entries(rest)) {
    // The headline is shown with the story link.
    if (key === 'title' && entry.storyId !== null) continue;
    parts.push(`${key}: ${valueText(value, language)}`);
  }
  const text = parts.join(' · ');
  return (
    <td class="muted clip" title={text || undefined}>
      {text || '—'}
    </td>
  );
}

export function AuditScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const filters = filtersOf(search);
  const key = JSON.stringify(filters);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const allowed = userCan(user, 'read-audit');

  const apiFilters: AuditFilters = {
    action: filters.action,
    edition: filters.edition,
    storyId: filters.storyId ? Number(filters.storyId) : null,
  };

  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    setEntries(null);
    setNext(null);
    setError(null);
    listAudit(apiFilters, null, PAGE, controller.signal).then(
      (page) => {
        setEntries(page.items);
        setNext(page.next);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(errorText(e, language));
      },
    );
    return () => controller.abort();
  }, [key, allowed]);

  const older = async () => {
    if (next === null || loadingOlder) return;
    setLoadingOlder(true);
    setError(null);
    try {
      const page = await listAudit(apiFilters, next, PAGE);
      if (JSON.stringify(filtersOf(new URLSearchParams(location.search))) !== key) return;
      setEntries((shown) => [...(shown ?? []), ...page.items]);
      setNext(page.next);
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setLoadingOlder(false);
    }
  };

  if (!allowed) return <p class="empty-state">{t('audit.forbidden')}</p>;

  const update = (patch: Partial<Filters>) => navigate(hrefOf({ ...filters, ...patch }), true);
  const filtered = Boolean(filters.action || filters.edition || filters.storyId);

  return (
    <section class="audit" aria-labelledby="audit-title">
      <div class="desk-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
      </div>
      <div class="filters" data-testid="audit-filters">
        <select
          aria-label={t('audit.action')}
          data-testid="audit-action"
          value={filters.action}
          onChange={(e) => update({ action: e.currentTarget.value })}
        >
          <option value="">{t('audit.allActions')}</option>
          {filters.action && !KNOWN_ACTIONS.has(filters.action) && (
            <option value={filters.action}>{filters.action}</option>
          )}
          {ACTION_GROUPS.map((group) => (
            <optgroup label={t(group.label)} key={group.label}>
              {group.actions.map((action) => (
                <option value={action} key={action}>
                  {actionLabel(t, action)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <EditionSelect
          withAll
          testId="audit-edition"
          value={filters.edition}
          onChange={(edition) => update({ edition })}
        />
        <CommitInput
          value={filters.storyId}
          placeholder={t('audit.storyId')}
          ariaLabel={t('audit.storyId')}
          testId="audit-story-id"
          onCommit={(value) => update({ storyId: value.trim().replace(/^#/, '') })}
        />
        {filtered && (
          <button
            type="button"
            class="button subtle small"
            onClick={() => update({ action: '', edition: '', storyId: '' })}
          >
            {t('audit.clear')}
          </button>
        )}
        {entries && <span class="count">{t('audit.shown', { n: entries.length })}</span>}
      </div>
      <ErrorAlert error={error} />
      {entries === null ? (
        !error && <p class="muted">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p class="empty-state">{t('audit.empty')}</p>
      ) : (
        <table class="story-table audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col" class="w-time">
                {t('audit.when')}
              </th>
              <th scope="col" class="w-who">
                {t('audit.who')}
              </th>
              <th scope="col" class="w-action">
                {t('audit.action')}
              </th>
              <th scope="col" class="w-story">
                {t('audit.story')}
              </th>
              <th scope="col" class="w-edition">
                {t('audit.edition')}
              </th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const title = typeof entry.detail.title === 'string' ? entry.detail.title : '';
              return (
                <tr key={entry.id} data-audit-id={entry.id} data-action={entry.action}>
                  <td class="muted nowrap">
                    <time dateTime={entry.at}>
                      {formatTime(entry.at, language, { seconds: true })}
                    </time>
                  </td>
                  <td class="clip" title={entry.actorName}>
                    {entry.actorName}
                  </td>
                  <td title={entry.action}>{actionLabel(t, entry.action)}</td>
                  <td class="clip" title={title || undefined}>
                    {entry.storyId !== null ? (
                      <AppLink
                        href={`${BASE}/stories/${entry.storyId}`}
                        lang={entry.edition ?? undefined}
                      >
                        #{entry.storyId}
                        {title && ` ${title}`}
                      </AppLink>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td>
                    {entry.edition ? (
                      <span class="edition-code">{entry.edition}</span>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <Details entry={entry} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {entries && next !== null && (
        <button
          type="button"
          class="button subtle"
          data-testid="audit-older"
          disabled={loadingOlder}
          onClick={() => void older()}
        >
          {t('audit.older')}
        </button>
      )}
    </section>
  );
}
