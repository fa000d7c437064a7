// The story's cover image: chosen from the media library or uploaded, its texts for this story, and a focal point set by clicking the picture.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CoverView } from '../../../operations/cover-view.js';
import { listMedia, uploadMedia, type MediaView } from '../api/media.js';
import { Dialog } from '../components/dialog.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';

export interface CoverFieldProps {
  cover: CoverView | null;
  readOnly: boolean;
  /** The story's language: alt text and caption are written in it. */
  lang: string;
  onChange: (cover: CoverView | null) => void;
}

/** A media item as a cover: the story's own texts empty (the item's stand), focus in the centre. */
export function coverOfMedia(item: MediaView): CoverView {
  return {
    mediaId: item.id,
    alt: null,
    caption: null,
    credit: null,
    focus: { x: 0.5, y: 0.5 },
    image: {
      key: item.url.split('/')[2] ?? '',
      width: item.width,
      height: item.height,
      url: item.url,
      variants: item.variants,
      alt: item.alt,
      caption: item.caption,
      credit: item.credit,
    },
  };
}

const clamp = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

function LibraryDialog(props: { onPick: (item: MediaView) => void; onClose: () => void }) {
  const { t, language } = useI18n();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<MediaView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(
      () =>
        void listMedia(q.trim()).then(setItems, (e: unknown) => setError(errorText(e, language))),
      q ? 250 : 0,
    );
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <Dialog title={t('cover.choose')} onClose={props.onClose} wide testId="cover-library">
      <TextField id="cover-search" label={t('cover.search')} value={q} onInput={setQ} />
      {items && items.length === 0 && <p class="hint">{t('cover.empty')}</p>}
      <div class="media-grid">
        {(items ?? []).map((item) => (
          <button
            type="button"
            key={String(item.id)}
            class="media-item"
            aria-label={`${t('cover.pick')}: ${item.alt || item.name}`}
            onClick={() => props.onPick(item)}
          >
            <img
              src={item.variants[0]?.url ?? item.url}
              alt=""
              width={item.variants[0]?.width ?? item.width}
              height={item.variants[0]?.height ?? item.height}
              loading="lazy"
            />
          </button>
        ))}
      </div>
      <ErrorAlert error={error} />
    </Dialog>
  );
}

/** The picture with the focal point on it; a click (or arrow keys) moves the point. */
function FocusPicker(props: {
  cover: CoverView;
  readOnly: boolean;
  onFocus: (focus: { x: number; y: number }) => void;
}) {
  const { t } = useI18n();
  const { cover } = props;
  const marker = useRef<HTMLSpanElement>(null);
  const x = Math.round(cover.focus.x * 100);
  const y = Math.round(cover.focus.y * 100);
  useEffect(() => {
    // Set through the CSS object model: the page's security policy allows no style attributes.
    marker.current?.style.setProperty('left', `${x}%`);
    marker.current?.style.setProperty('top', `${y}%`);
  }, [x, y]);
  const shown =
    cover.image.variants.find((v) => v.width >= 640) ??
    cover.image.variants[cover.image.variants.length - 1];
  const img = (
    <img
      src={shown?.url ?? cover.image.url}
      alt={cover.alt ?? cover.image.alt}
      width={shown?.width ?? cover.image.width}
      height={shown?.height ?? cover.image.height}
    />
  );
  if (props.readOnly)
    return (
      <div class="cover-picture">
        {img}
        <span class="cover-marker" ref={marker} aria-hidden="true" />
      </div>
    );
  return (
    <button
      type="button"
      class="cover-picture"
      data-testid="cover-focus"
      aria-label={`${t('cover.focusButton')}. ${t('cover.focus', { x, y })}`}
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        // A click from the keyboard (Enter, Space) has no position: it keeps the point.
        if (e.detail === 0) return;
        props.onFocus({
          x: clamp((e.clientX - box.left) / box.width),
          y: clamp((e.clientY - box.top) / box.height),
        });
      }}
      onKeyDown={(e) => {
        const step = {
          ArrowLeft: [-0.05, 0],
          ArrowRight: [0.05, 0],
          ArrowUp: [0, -0.05],
          ArrowDown: [0, 0.05],
        }[e.key];
        if (!step) return;
        e.preventDefault();
        props.onFocus({ x: clamp(cover.focus.x + step[0]!), y: clamp(cover.focus.y + step[1]!) });
      }}
    >
      {img}
      <span class="cover-marker" ref={marker} aria-hidden="true" />
    </button>
  );
}

export function CoverField({ cover, readOnly, lang, onChange }: CoverFieldProps) {
  const { t, language } = useI18n();
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      onChange(coverOfMedia(await uploadMedia(file, { alt: '', caption: '', credit: '' })));
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  const text = (field: 'alt' | 'caption' | 'credit', value: string) =>
    cover && onChange({ ...cover, [field]: value === '' ? null : value });
  const fromItem = (value: string | null) =>
    value ? t('cover.fromItem', { text: value }) : undefined;

  return (
    <section class="panel cover-field" aria-labelledby="cover-heading" data-testid="cover-field">
      <h2 id="cover-heading" class="panel-title">
        {t('cover.title')}
      </h2>
      {cover ? (
        <>
          <FocusPicker
            cover={cover}
            readOnly={readOnly}
            onFocus={(focus) => onChange({ ...cover, focus })}
          />
          <p class="hint" data-testid="cover-focus-text">
            {!readOnly && `${t('cover.focusHint')} `}
            {t('cover.focus', {
              x: Math.round(cover.focus.x * 100),
              y: Math.round(cover.focus.y * 100),
            })}
          </p>
          <div lang={lang}>
            <TextField
              id="cover-alt"
              label={t('cover.alt')}
              value={cover.alt ?? ''}
              placeholder={fromItem(cover.image.alt)}
              onInput={(v) => text('alt', v)}
            />
            <TextField
              id="cover-caption"
              label={t('cover.caption')}
              value={cover.caption ?? ''}
              placeholder={fromItem(cover.image.caption)}
              onInput={(v) => text('caption', v)}
            />
            <TextField
              id="cover-credit"
              label={t('cover.credit')}
              value={cover.credit ?? ''}
              placeholder={fromItem(cover.image.credit)}
              onInput={(v) => text('credit', v)}
            />
          </div>
        </>
      ) : (
        <p class="hint">{t('cover.none')}</p>
      )}
      {!readOnly && (
        <div class="cover-actions">
          <button type="button" class="button" onClick={() => setChoosing(true)} disabled={busy}>
            {t('cover.choose')}
          </button>
          <label class={busy ? 'button is-busy' : 'button'}>
            {t('cover.upload')}
            <input
              ref={fileInput}
              type="file"
              class="visually-hidden"
              data-testid="cover-upload"
              accept="image/jpeg,image/png,image/webp"
              disabled={busy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void upload(file);
              }}
            />
          </label>
          {cover && (
            <button type="button" class="button subtle" onClick={() => onChange(null)}>
              {t('cover.remove')}
            </button>
          )}
        </div>
      )}
      <ErrorAlert error={error} />
      {choosing && (
        <LibraryDialog
          onClose={() => setChoosing(false)}
          onPick={(item) => {
            setChoosing(false);
            onChange(coverOfMedia(item));
          }}
        />
      )}
    </section>
  );
}
