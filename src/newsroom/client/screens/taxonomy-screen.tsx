// The taxonomy screen for chiefs and admins: rubrics, tags (rename, merge) and the hot-tags strip of an edition.

import { useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import type { EditionCode } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { useSession, userCan } from '../session.js';
import { HotTagsPanel } from './hot-tags-panel.js';
import { RubricsPanel } from './rubrics-panel.js';
import { TagsPanel } from './tags-panel.js';

type Tab = 'rubrics' | 'tags' | 'hotTags';

export function TaxonomyScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const [edition, setEdition] = useState<EditionCode>(user.editions[0] ?? 'az');
  const [tab, setTab] = useState<Tab>('rubrics');
  if (!userCan(user, 'manage-taxonomy'))
    return <p class="empty-state">{t('taxonomy.forbidden')}</p>;
  return (
    <section class="taxonomy" aria-labelledby="taxonomy-title">
      <div class="desk-head">
        <h1 id="taxonomy-title">{t('taxonomy.title')}</h1>
        <div class="segmented" role="group" aria-label={t('story.edition')}>
          {EDITION_CODES.map((code) => (
            <button
              type="button"
              key={code}
              aria-pressed={edition === code}
              class={edition === code ? 'is-active' : ''}
              onClick={() => setEdition(code)}
            >
              {t(`edition.${code}`)}
            </button>
          ))}
        </div>
      </div>
      <div class="tabs" role="tablist">
        {(['rubrics', 'tags', 'hotTags'] as const).map((name) => (
          <button
            type="button"
            role="tab"
            key={name}
            aria-selected={tab === name}
            class={tab === name ? 'tab is-active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {t(`taxonomy.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'rubrics' && <RubricsPanel key={edition} edition={edition} />}
      {tab === 'tags' && <TagsPanel key={edition} edition={edition} />}
      {tab === 'hotTags' && <HotTagsPanel key={edition} edition={edition} />}
    </section>
  );
}
