// Links to this page in the other editions, each in its own language; the current edition is marked.

import type { AlternateView, ChromeView } from '../view-models.js';
import { strings } from './strings.js';

/** The alternates in their order, with the current edition added first when the route left it out. */
export function editionLinks(chrome: ChromeView): AlternateView[] {
  const current = chrome.edition.code;
  if (chrome.alternates.some((a) => a.edition.code === current)) return chrome.alternates;
  return [
    { edition: chrome.edition, url: chrome.canonical, isTranslation: true },
    ...chrome.alternates,
  ];
}

export function LanguageSwitcher({ chrome }: { chrome: ChromeView }) {
  const links = editionLinks(chrome);
  if (links.length < 2) return null;
  return (
    <nav class="languages" aria-label={strings(chrome.edition.code).language}>
      <ul>
        {links.map(({ edition, url }) => {
          const current = edition.code === chrome.edition.code;
          return (
            <li>
              <a
                href={current ? chrome.canonical : url}
                hreflang={edition.language}
                lang={edition.language}
                aria-current={current ? 'true' : undefined}
              >
                {/* Phones show the code; the name stays the link's accessible name. */}
                <span class="lang-name">{edition.name}</span>
                <span class="lang-code" aria-hidden="true">
                  {edition.code.toUpperCase()}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
