// The dense table of stories on the desk: status, edition, headline, type, rubric, author, last change.

import type { DeskPage, StorySummary } from '../api/types.js';
import { AppLink } from '../components/app-link.js';
import { StatusChip } from '../components/status-chip.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { BASE } from '../router.js';

/** A desk row: the summary, with the rubric's id and who else has the story open (desk lists). */
type Row = StorySummary & Partial<Pick<DeskPage['items'][number], 'rubricId' | 'presence'>>;

export function StoryTable({
  stories,
  rubricName,
}: {
  stories: Row[];
  /** The rubric's name in the interface language. */
  rubricName?: (id: number, fallback: string) => string;
}) {
  const { t, language } = useI18n();
  const rubricOf = (s: Row) =>
    rubricName && s.rubricId !== undefined ? rubricName(s.rubricId, s.rubric) : s.rubric;
  return (
    <table class="story-table desk-table" data-testid="story-table">
      <thead>
        <tr>
          <th scope="col" class="w-status">
            {t('desk.status')}
          </th>
          <th scope="col" class="w-edition">
            {t('desk.edition')}
          </th>
          <th scope="col" class="col-headline">
            {t('desk.headline')}
          </th>
          <th scope="col" class="w-rubric">
            {t('story.rubric')}
          </th>
          <th scope="col" class="w-author">
            {t('desk.author')}
          </th>
          <th scope="col" class="w-time">
            {t('desk.updated')}
          </th>
        </tr>
      </thead>
      <tbody>
        {stories.map((s) => (
          <tr key={s.id} data-story-id={s.id}>
            <td>
              <StatusChip status={s.status} />
            </td>
            <td>
              <span class="edition-code">{s.edition}</span>
            </td>
            <td class="col-headline">
              <AppLink href={`${BASE}/stories/${s.id}`} lang={s.edition}>
                {s.title || t('desk.untitled')}
              </AppLink>
              {s.type !== 'news' && <span class="type-tag">{t(`type.${s.type}`)}</span>}
              {s.stale && <span class="type-tag warn">{t('translate.stale')}</span>}
              {s.status === 'scheduled' && s.scheduledAt && (
                <small class="muted"> · {formatTime(s.scheduledAt, language)}</small>
              )}
              {s.presence && s.presence.length > 0 && (
                <small
                  class="presence-tag"
                  data-testid="desk-presence"
                  title={t('desk.presence', { names: s.presence.map((p) => p.name).join(', ') })}
                >
                  {' '}
                  <span aria-hidden="true">●</span>{' '}
                  {t('desk.presence', { names: s.presence.map((p) => p.name).join(', ') })}
                </small>
              )}
              {s.embargoUntil && Date.parse(s.embargoUntil) > Date.now() && (
                <small class="embargo-tag" data-testid="desk-embargo">
                  {' '}
                  · {t('desk.embargo', { time: formatTime(s.embargoUntil, language) })}
                </small>
              )}
            </td>
            <td
              class="muted clip"
              lang={rubricOf(s) === s.rubric ? s.edition : language}
              title={rubricOf(s)}
            >
              {rubricOf(s)}
            </td>
            <td class="muted clip" title={s.author ?? undefined}>
              {s.author ?? '—'}
            </td>
            <td class="muted">{formatTime(s.updatedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
