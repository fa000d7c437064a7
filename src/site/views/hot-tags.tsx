// The hot-tags strip at the top of every page: the edition's trending tags as chips.

import type { ChromeView } from '../view-models.js';
import { strings } from './strings.js';

export function HotTags({ chrome }: { chrome: ChromeView }) {
  if (chrome.hotTags.length === 0) return null;
  const label = strings(chrome.edition.code).hotTags;
  return (
    <nav class="hot-tags" aria-label={label} data-testid="hot-tags">
      <div class="wrap">
        <span class="hot-label" aria-hidden="true">
          {label}
        </span>
        <ul>
          {chrome.hotTags.map((tag) => (
            <li>
              <a href={tag.url} aria-current={tag.url === chrome.canonical ? 'page' : undefined}>
                {tag.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
