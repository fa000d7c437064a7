// The page header: the coloured top bar (site name, search, languages), rubric menu and hot tags.

import type { ChromeView } from '../view-models.js';
import { HotTags } from './hot-tags.js';
import { LanguageSwitcher } from './language-switcher.js';
import { RubricMenu } from './rubric-menu.js';
import { SearchForm } from './search-form.js';
import { searchStrings } from './search-strings.js';

export function SiteHeader({ chrome }: { chrome: ChromeView }) {
  const { edition } = chrome;
  return (
    <header class="site-header">
      <div class="topbar">
        <div class="wrap topbar-inner">
          <a class="brand" href={edition.prefix}>
            {edition.siteName}
          </a>
          <SearchForm edition={edition} />
          {/* Phones: the search page's link in place of the form, so the header keeps to one row. */}
          <a class="search-link" href={`${edition.prefix}search`}>
            {searchStrings(edition.code).heading}
          </a>
          <LanguageSwitcher chrome={chrome} />
        </div>
      </div>
      <RubricMenu chrome={chrome} />
      <HotTags chrome={chrome} />
    </header>
  );
}
