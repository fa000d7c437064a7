// The media library as a grid of pictures to choose from: the image, gallery and video dialogs share it.

import { useEffect, useState } from 'preact/hooks';
import { listMedia, type MediaView } from '../api/media.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';

/** The library's pictures once `wanted` is true (loaded once); failures go to `onError`. */
export function useMediaLibrary(wanted: boolean, onError: (message: string) => void) {
  const { language } = useI18n();
  const [library, setLibrary] = useState<MediaView[] | null>(null);
  useEffect(() => {
    if (!wanted || library) return;
    listMedia().then(setLibrary, (e: unknown) => onError(errorText(e, language)));
  }, [wanted]);
  return library;
}

export interface MediaGridProps {
  items: MediaView[] | null;
  chosen: (item: MediaView) => boolean;
  onChoose: (item: MediaView) => void;
  testId?: string;
}

export function MediaGrid({ items, chosen, onChoose, testId }: MediaGridProps) {
  return (
    <div class="media-grid" data-testid={testId}>
      {(items ?? []).map((item) => (
        <button
          type="button"
          key={String(item.id)}
          class={chosen(item) ? 'media-item is-chosen' : 'media-item'}
          aria-pressed={chosen(item)}
          onClick={() => onChoose(item)}
        >
          <img src={item.url} alt={item.alt} loading="lazy" />
        </button>
      ))}
    </div>
  );
}
