// Structured data in the page: one <script type="application/ld+json">, its text escaped so it cannot end early.

import { jsonLdText } from '../structured-data.js';

/**
 * A data block, not a script: browsers never run it, so the site's CSP (no inline scripts)
 * does not apply to it and Chromium reports no violation.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
  );
}
