// The desk: stories by status with filters (edition, rubric, author, mine, headline search) and what is scheduled next.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { STORY_STATUSES } from '../../../domain/story.js';
import { listStories } from '../api/stories.js';
import { listRubrics } from '../api/taxonomy.js';
import type {
  EditionCode,
  RubricNode,
  StoryFilters,
  StoryStatus,
  StorySummary,
} from '../api/types.js';
import { EditionSelect } from '../components/edition-picker.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate, useLocation } from '../router.js';
import { useSession, userCan } from '../session.js';
import { NewStoryDialog } from './new-story-dialog.js';
import { ScheduledNext } from './scheduled-next.js';
import { useRubricNamer } from './rubric-names.js';
import { StoryTable } from './story-table.js';

/** How often the desk refreshes itself. */
const REFRESH_MS = 5000;

const PAGE = 50;

function filtersOf(search: URLSearchParams): StoryFilters {
  const status = search.get('status') ?? '';
  const edition = search.get('edition') ?? '';
  return {
    status: (STORY_STATUSES as readonly string[]).includes(status) ? (status as StoryStatus) : '',
    edition: (EDITION_CODES as readonly string[]).includes(edition) ? (edition as EditionCode) : '',
    rubric: search.get('rubric') ?? '',
    author: search.get('author') ?? '',
    mine: search.get('mine') === '1',
    q: search.get('q') ?? '',
  };
}

function hrefOf(filters: StoryFilters): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== '' && value !== false && value !== undefined)
      search.set(key, value === true ? '1' : String(value));
  const text = search.toString();
  return `${BASE}/${text ? `?${text}` : ''}`;
}

export function DeskScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const filters = filtersOf(search);
  const key = JSON.stringify(filters);
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const [rubrics, setRubrics] = useState<RubricNode[]>([]);
  const [query, setQuery] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  // The desk asks again every few seconds while it is in sight, so others' changes show by themselves.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setTick((n) => n + 1);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const update = (patch: Partial<StoryFilters>) => {
    setLimit(PAGE);
    navigate(hrefOf({ ...filters, ...patch }), true);
  };

  useEffect(() => {
    let live = true;
    setError(null);
    const { author: _author, ...server } = filters;
    listStories({ ...server, limit: filters.author ? 100 : limit }).then(
      (list) => {
        if (!live) return;
        setStories(list.items);
        setTotal(list.total);
      },
      (e: unknown) => live && setError(errorText(e, language)),
    );
    return () => {
      live = false;
    };
  }, [key, limit, tick]);

  useEffect(() => {
    const edition = filters.edition || user.editions[0] || 'az';
    listRubrics(edition).then(setRubrics, () => setRubrics([]));
  }, [filters.edition]);
  // Rubrics named in the interface language; across editions the filter lists the language's own
  // rubrics, and the server takes in the ones linked to the chosen one in every edition.
  const namer = useRubricNamer(language);
  const rubricOptions = filters.edition || namer.own.length === 0 ? rubrics : namer.own;

  useEffect(() => {
    const timer = setTimeout(() => {
      if (query !== (filters.q ?? '')) update({ q: query });
    }, 300);
    return () => clearTimeout(timer);
  }, [query]);

  // The API filters by author id, which desk rows do not carry: the byline filter works on the rows.
  const [authors, setAuthors] = useState<string[]>([]);
  useEffect(() => {
    if (!filters.author && stories)
      setAuthors([...new Set(stories.flatMap((s) => (s.author ? [s.author] : [])))].sort());
  }, [stories]);
  const shown = filters.author
    ? (stories ?? []).filter((s) => s.author === filters.author)
    : stories;

  const editions = user.role === 'chief' || user.role === 'admin' ? EDITION_CODES : user.editions;
  return (
    <div class="desk">
      <section class="desk-main" aria-labelledby="desk-title">
        <div class="desk-head">
          <h1 id="desk-title">{t('desk.title')}</h1>
          <input
            type="search"
            class="desk-search"
            data-testid="desk-search"
            placeholder={t('desk.search')}
            aria-label={t('desk.search')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          {userCan(user, 'write') && (
            <button
              type="button"
              class="button primary"
              data-testid="new-story"
              onClick={() => setCreating(true)}
            >
              {t('desk.newStory')}
            </button>
          )}
        </div>
        <nav class="status-tabs" aria-label={t('desk.status')}>
          {(['', ...STORY_STATUSES] as const).map((status) => (
            <button
              type="button"
              key={status || 'all'}
              data-status-tab={status || 'all'}
              class={filters.status === status ? 'status-tab is-active' : 'status-tab'}
              aria-pressed={filters.status === status}
              onClick={() => update({ status })}
            >
              {status ? <span class={`dot dot-${status}`} aria-hidden="true" /> : null}
              {status ? t(`status.${status}`) : t('status.all')}
            </button>
          ))}
        </nav>
        <div class="filters">
          <EditionSelect
            withAll
            editions={editions}
            value={filters.edition ?? ''}
            onChange={(edition) => update({ edition, rubric: '' })}
          />
          <select
            aria-label={t('desk.rubric')}
            value={filters.rubric}
            onChange={(e) => update({ rubric: e.currentTarget.value })}
          >
            <option value="">{t('desk.allRubrics')}</option>
            {rubricOptions.map((r) => (
              <option value={String(r.id)} key={r.id}>
                {r.parentId ? `— ${namer.name(r)}` : namer.name(r)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('desk.author')}
            value={filters.author}
            onChange={(e) => update({ author: e.currentTarget.value })}
          >
            <option value="">{t('desk.allAuthors')}</option>
            {authors.map((name) => (
              <option value={name} key={name}>
                {name}
              </option>
            ))}
          </select>
          <label class="check">
            <input
              type="checkbox"
              data-testid="filter-mine"
              checked={filters.mine}
              onChange={(e) => update({ mine: e.currentTarget.checked })}
            />
            {t('desk.mine')}
          </label>
          {total !== null && (
            <span class="count">
              {t('desk.count', { n: filters.author ? (shown?.length ?? 0) : total })}
            </span>
          )}
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : shown === null ? (
          <p class="muted">{t('app.loading')}</p>
        ) : shown.length === 0 ? (
          <p class="empty-state">{t('desk.empty')}</p>
        ) : (
          <StoryTable stories={shown} rubricName={namer.path} />
        )}
        {stories && !filters.author && total !== null && stories.length < total && (
          <button type="button" class="button subtle" onClick={() => setLimit(limit + PAGE)}>
            {t('desk.loadMore')}
          </button>
        )}
      </section>
      <ScheduledNext />
      {creating && <NewStoryDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
