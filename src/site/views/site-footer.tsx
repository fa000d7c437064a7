// The page footer: site name and tagline, the top-level rubrics, rights notice.

import type { ChromeView } from '../view-models.js';
import { strings } from './strings.js';

export function SiteFooter({ chrome }: { chrome: ChromeView }) {
  const { edition } = chrome;
  const t = strings(edition.code);
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="footer-brand">
          <a href={edition.prefix}>{edition.siteName}</a>
          <span> · {t.tagline}</span>
        </p>
        {chrome.rubrics.length > 0 && (
          <ul class="footer-rubrics">
            {chrome.rubrics.map((rubric) => (
              <li>
                <a href={rubric.url}>{rubric.name}</a>
              </li>
            ))}
          </ul>
        )}
        <p class="rights">
          © {edition.siteName}. {t.rights}
        </p>
      </div>
    </footer>
  );
}
