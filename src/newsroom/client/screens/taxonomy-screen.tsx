// The taxonomy screen for chiefs and admins: rubrics, tags (rename, merge) and the hot-tags strip of an edition.

import { useState } from 'preact/hooks';
import type { EditionCode } from '../api/types.js';
import { EditionSwitch } from '../components/edition-picker.js';
import { Tabs } from '../components/tabs.js';
import { useI18n } from '../i18n/index.js';
import { useSession, userCan } from '../session.js';
import { HotTagsPanel } from './hot-tags-panel.js';
import { RubricsPanel } from './rubrics-panel.js';
import { TagsPanel } from './tags-panel.js';

const TABS = ['rubrics', 'tags', 'hotTags'] as const;
type Tab = (typeof TABS)[number];

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
        <EditionSwitch value={edition} onChange={setEdition} />
      </div>
      <Tabs choices={TABS} value={tab} label={(name) => t(`taxonomy.${name}`)} onChange={setTab} />
      {tab === 'rubrics' && <RubricsPanel key={edition} edition={edition} />}
      {tab === 'tags' && <TagsPanel key={edition} edition={edition} />}
      {tab === 'hotTags' && <HotTagsPanel key={edition} edition={edition} />}
    </section>
  );
}
