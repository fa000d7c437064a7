// Tags of an edition: search, rename (the tag's page keeps its address) and merge one tag into another.

import { useState } from 'preact/hooks';
import { listTags, mergeTag, renameTag } from '../api/taxonomy.js';
import type { EditionCode, Tag } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { useI18n } from '../i18n/index.js';
import { RenameInput, TaxonomyTable, usePanelList } from './taxonomy-parts.js';

export function TagsPanel({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [merging, setMerging] = useState<Tag | null>(null);
  const { items: tags, error, act } = usePanelList(() => listTags(edition, q), [edition, q], 250);

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
      <ErrorAlert error={error} />
      <TaxonomyTable>
        {(tags ?? []).map((tag) => (
          <tr key={tag.id} data-tag={tag.slug}>
            <td>
              <RenameInput
                edition={edition}
                label={t('taxonomy.rename')}
                name={tag.name}
                onRename={(name) => void act(renameTag(tag.id, name))}
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
      </TaxonomyTable>
    </div>
  );
}
