// A story's readers hour by hour over two days: the chart the server draws (SVG), and the total.

import { useEffect, useState } from 'preact/hooks';
import { getStoryViews } from '../api/numbers.js';
import { useI18n } from '../i18n/index.js';

export function ViewsPanel({ storyId }: { storyId: number }) {
  const { t, language } = useI18n();
  const [views, setViews] = useState<{ total: number; svg: string } | null>(null);
  useEffect(() => {
    // The chart is a nicety: a failure leaves the panel out.
    getStoryViews(storyId, language).then(setViews, () => setViews(null));
  }, [storyId, language]);
  if (!views) return null;
  return (
    <section class="panel views-panel" aria-labelledby="views-title" data-testid="story-views">
      <h2 id="views-title">{t('numbers.storyViews')}</h2>
      <img
        class="views-chart"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(views.svg)}`}
        alt={t('numbers.storyViews')}
        width={480}
        height={120}
      />
      <p class="muted">{t('numbers.total', { n: views.total })}</p>
    </section>
  );
}
