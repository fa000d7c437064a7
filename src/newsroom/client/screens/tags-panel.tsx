// Tags of an edition: search, rename (the tag's page keeps its address) and merge one tag into another.

import { useState } from 'preact/hooks';
import {
  deleteTaxonomy,
  listTags,
  mergeTag,
  renameTag,
  setTaxonomyHidden,
} from '../api/taxonomy.js';
import type { EditionCode } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { useI18n } from '../i18n/index.js';
import { LinkAction, LinkedNames, useOtherEditions } from './taxonomy-links.js';
import { GuardActions, RenameInput, TaxonomyTable, usePanelList } from './taxonomy-parts.js';

export function TagsPanel({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { items: tags, error, act } = usePanelList(() => listTags(edition, q), [edition, q], 250);
  const [version, setVersion] = useState(0);
  const others = useOtherEditions('tag', edition, version);
  const relinked = () => {
    setVersion((v) => v + 1);
    void act(Promise.resolve());
  };

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
          <tr key={tag.id} data-tag={tag.slug} data-hidden={tag.hidden ? 'true' : undefined}>
            <td>
              <RenameInput
                edition={edition}
                label={t('taxonomy.rename')}
                name={tag.name}
                onRename={(name) => void act(renameTag(tag.id, name))}
              />
              {tag.hidden && <small class="muted hidden-mark">{t('taxonomy.hidden')}</small>}
              <LinkedNames item={tag} others={others} />
            </td>
            <td class="muted">{tag.slug}</td>
            <td class="guard-cell">
              <GuardActions
                name={tag.name}
                hidden={tag.hidden === true}
                others={(tags ?? []).filter((other) => other.id !== tag.id)}
                onHide={(hidden) => void act(setTaxonomyHidden('tag', tag.id, hidden))}
                onMerge={(into) => void act(mergeTag(tag.id, into))}
                onDelete={() => void act(deleteTaxonomy('tag', tag.id))}
              >
                <LinkAction kind="tag" item={tag} onSaved={relinked} />
              </GuardActions>
            </td>
          </tr>
        ))}
      </TaxonomyTable>
    </div>
  );
}
