// The gallery dialog: pictures chosen from the media library or added by address, each with its texts, in order.

import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import type { GalleryImage } from '../../../domain/blocks.js';
import { insertBlock, updateSelectedNode } from '../../editor/commands.js';
import { isAllowedImageSrc } from '../../editor/safe-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import type { MediaView } from '../api/media.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { EditorDialog } from './editor-dialog.js';
import { MediaGrid, useMediaLibrary } from './media-grid.js';

export interface GalleryDialogProps {
  view: EditorView;
  /** The selected gallery, when editing one. */
  editing: Node | null;
  mediaAvailable: boolean;
  onClose: () => void;
}

/** A picture as the story model keeps it: texts left out when empty. */
function cleaned(image: GalleryImage): GalleryImage {
  const out: GalleryImage = { src: image.src.trim(), alt: image.alt.trim() };
  if (image.caption?.trim()) out.caption = image.caption.trim();
  if (image.credit?.trim()) out.credit = image.credit.trim();
  if (image.width) out.width = image.width;
  if (image.height) out.height = image.height;
  return out;
}

function fromLibrary(item: MediaView): GalleryImage {
  return {
    src: item.url,
    alt: item.alt,
    caption: item.caption ?? undefined,
    credit: item.credit ?? undefined,
    width: item.width ?? undefined,
    height: item.height ?? undefined,
  };
}

export function GalleryDialog({ view, editing, mediaAvailable, onClose }: GalleryDialogProps) {
  const { t } = useI18n();
  const [images, setImages] = useState<GalleryImage[]>(
    (editing?.attrs.images as GalleryImage[] | undefined) ?? [],
  );
  const [caption, setCaption] = useState((editing?.attrs.caption as string | null) ?? '');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const library = useMediaLibrary(mediaAvailable, setError);

  const toggle = (item: MediaView) =>
    setImages((list) =>
      list.some((i) => i.src === item.url)
        ? list.filter((i) => i.src !== item.url)
        : [...list, fromLibrary(item)],
    );
  const addAddress = () => {
    if (!isAllowedImageSrc(address.trim())) return setError(t('image.invalid'));
    setError(null);
    setImages((list) => [...list, { src: address.trim(), alt: '' }]);
    setAddress('');
  };
  const change = (index: number, patch: Partial<GalleryImage>) =>
    setImages((list) => list.map((image, i) => (i === index ? { ...image, ...patch } : image)));
  const move = (index: number, by: -1 | 1) =>
    setImages((list) => {
      const to = index + by;
      if (to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return next;
    });
  const remove = (index: number) => setImages((list) => list.filter((_, i) => i !== index));

  const apply = (close: () => void) => {
    if (images.length === 0) return setError(t('gallery.empty'));
    const missing = images.findIndex((image) => !image.alt.trim());
    if (missing >= 0) return setError(t('gallery.altRequired', { n: missing + 1 }));
    const attrs = { images: images.map(cleaned), caption: caption.trim() || null };
    if (editing) updateSelectedNode(attrs)(view.state, view.dispatch);
    else insertBlock(schema.nodes.gallery.create(attrs))(view.state, view.dispatch);
    close();
  };

  return (
    <EditorDialog
      view={view}
      title={editing ? t('gallery.edit') : t('gallery.title')}
      testId="gallery-dialog"
      wide
      submitLabel={editing ? t('image.save') : t('image.insert')}
      onClose={onClose}
      onApply={apply}
    >
      {mediaAvailable ? (
        <>
          <p class="hint">{t('gallery.pick')}</p>
          <MediaGrid
            items={library}
            chosen={(item) => images.some((i) => i.src === item.url)}
            onChoose={toggle}
            testId="gallery-library"
          />
        </>
      ) : (
        <p class="hint">{t('image.noLibrary')}</p>
      )}
      <div class="gallery-add">
        <TextField
          id="gallery-address"
          label={t('image.src')}
          inputMode="url"
          value={address}
          onInput={setAddress}
        />
        <button type="button" class="button" onClick={addAddress}>
          {t('gallery.add')}
        </button>
      </div>
      <ol class="gallery-list" aria-label={t('gallery.chosen', { n: images.length })}>
        {images.map((image, i) => (
          <li key={`${image.src}-${i}`} class="gallery-entry">
            <img src={image.src} alt="" width={96} height={64} loading="lazy" />
            <div class="gallery-texts">
              <TextField
                id={`gallery-alt-${i}`}
                label={`${t('image.alt')} · ${i + 1}`}
                value={image.alt}
                onInput={(alt) => change(i, { alt })}
              />
              <TextField
                id={`gallery-caption-${i}`}
                label={t('image.caption')}
                value={image.caption ?? ''}
                onInput={(text) => change(i, { caption: text })}
              />
              <TextField
                id={`gallery-credit-${i}`}
                label={t('image.credit')}
                value={image.credit ?? ''}
                onInput={(text) => change(i, { credit: text })}
              />
            </div>
            <div class="gallery-moves">
              <button
                type="button"
                class="button"
                disabled={i === 0}
                aria-label={t('gallery.up', { n: i + 1 })}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="button"
                disabled={i === images.length - 1}
                aria-label={t('gallery.down', { n: i + 1 })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="button"
                aria-label={t('gallery.remove', { n: i + 1 })}
                onClick={() => remove(i)}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <TextField
        id="gallery-caption"
        label={t('gallery.caption')}
        value={caption}
        onInput={setCaption}
      />
      <ErrorAlert error={error} />
    </EditorDialog>
  );
}
