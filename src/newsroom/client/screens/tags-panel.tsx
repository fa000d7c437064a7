// Tags of an edition: search, rename (the tag's page keeps its address) and merge one tag into another.

import { useEffect, useState } from 'preact/hooks';
import { listTags, mergeTag, renameTag } from '../api/taxonomy.js';
import type { EditionCode, TagWithCount } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';

export function TagsPanel({ edition }: { edition: EditionCode }) {
  const { t, language } = useI18n();
  const [q, setQ] = useState('');
  const [tags, setTags] = useState<TagWithCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState<TagWithCount | null>(null);

  const load = () =>
    listTags(edition, q).then(setTags, (e: unknown) => setError(errorText(e, language)));
  useEffect(() => {
    const timer = setTimeout(() => void load(), 250);
    return () => clearTimeout(timer);
  }, [edition, q]);
  const act = (work: Promise<unknown>) =>
    work.then(load, (e: unknown) => setError(errorText(e, language)));

  return (
    <div class="panel-wide">
      <input
        type="search"
        class="desk-search"
        lang={edition}
        aria-label={t('desk.search')}
        placeholder={t('desk.search')}
        value={q}
        onInput={(e) => setQ(e.currentTarget.value)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table class="story-table taxonomy-table">
        <thead>
          <tr>
            <th scope="col">{t('taxonomy.name')}</th>
            <th scope="col">{t('taxonomy.slug')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {(tags ?? []).map((tag) => (
            <tr key={tag.id} data-tag={tag.slug}>
              <td>
                <input
                  type="text"
                  lang={edition}
                  aria-label={t('taxonomy.rename')}
                  defaultValue={tag.name}
                  onChange={(e) => {
                    const value = e.currentTarget.value.trim();
                    if (value && value !== tag.name) void act(renameTag(tag.id, value));
                  }}
                />
              </td>
              <td class="muted">{tag.slug}</td>
              <td class="nowrap">
                {merging?.id === tag.id ? (
                  <select
                    aria-label={t('taxonomy.mergeInto', { from: tag.name })}
                    onChange={(e) => {
                      const into = Number(e.currentTarget.value);
                      if (into) void act(mergeTag(tag.id, into)).then(() => setMerging(null));
                    }}
                  >
                    <option value="">{t('taxonomy.mergeInto', { from: tag.name })}</option>
                    {(tags ?? [])
                      .filter((other) => other.id !== tag.id)
                      .map((other) => (
                        <option value={other.id} key={other.id}>
                          {other.name}
                        </option>
                      ))}
                  </select>
                ) : (
                  <button type="button" class="button small" onClick={() => setMerging(tag)}>
                    {t('taxonomy.merge')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
