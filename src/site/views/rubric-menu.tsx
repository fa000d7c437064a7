// The rubric menu: top-level rubrics, their sub-rubrics shown on hover or keyboard focus (no JS).

import type { ChromeView } from '../view-models.js';
import { strings } from './strings.js';

export function RubricMenu({ chrome }: { chrome: ChromeView }) {
  if (chrome.rubrics.length === 0) return null;
  const here = (url: string) => (url === chrome.canonical ? 'page' : undefined);
  return (
    <nav class="menu" aria-label={strings(chrome.edition.code).rubrics}>
      <div class="wrap">
        <ul>
          {chrome.rubrics.map((rubric) => (
            <li class={rubric.children.length > 0 ? 'has-sub' : undefined}>
              <a href={rubric.url} aria-current={here(rubric.url)}>
                {rubric.name}
              </a>
              {rubric.children.length > 0 && (
                <ul class="sub">
                  {rubric.children.map((child) => (
                    <li>
                      <a href={child.url} aria-current={here(child.url)}>
                        {child.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
