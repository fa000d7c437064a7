// The image dialog: insert from the media library or an upload when the server has one, else by address; edit texts.

import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'preact/hooks';
import { insertBlock, updateSelectedNode } from '../../editor/commands.js';
import { isAllowedImageSrc } from '../../editor/safe-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import { listMedia, uploadMedia, type MediaItem } from '../api/media.js';
import { Dialog } from '../components/dialog.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';

type Tab = 'library' | 'upload' | 'url';

export interface ImageDialogProps {
  view: EditorView;
  /** The selected image, when editing one. */
  editing: Node | null;
  mediaAvailable: boolean;
  onClose: () => void;
}

export function ImageDialog({ view, editing, mediaAvailable, onClose }: ImageDialogProps) {
  const { t, language } = useI18n();
  const attr = (name: string) => (editing?.attrs[name] as string | null | undefined) ?? '';
  const [tab, setTab] = useState<Tab>(editing || !mediaAvailable ? 'url' : 'library');
  const [src, setSrc] = useState(attr('src'));
  const [alt, setAlt] = useState(attr('alt'));
  const [caption, setCaption] = useState(attr('caption'));
  const [credit, setCredit] = useState(attr('credit'));
  const [size, setSize] = useState<{ width: number | null; height: number | null }>({
    width: (editing?.attrs.width as number | null) ?? null,
    height: (editing?.attrs.height as number | null) ?? null,
  });
  const [file, setFile] = useState<File | null>(null);
  const [library, setLibrary] = useState<MediaItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (tab !== 'library' || library) return;
    listMedia().then(setLibrary, (e: unknown) => setError(errorText(e, language)));
  }, [tab]);

  const close = () => {
    onClose();
    view.focus();
  };
  const choose = (item: MediaItem) => {
    setSrc(item.src);
    setAlt(item.alt || alt);
    setCaption(item.caption ?? caption);
    setCredit(item.credit ?? credit);
    setSize({ width: item.width, height: item.height });
  };

  const apply = async () => {
    setError(null);
    let source = src.trim();
    let dims = size;
    if (!alt.trim()) return setError(t('image.altRequired'));
    if (tab === 'upload' && !editing) {
      if (!file) return setError(t('image.invalid'));
      setBusy(true);
      try {
        const item = await uploadMedia(file, { alt, caption, credit });
        source = item.src;
        dims = { width: item.width, height: item.height };
      } catch (e) {
        setBusy(false);
        return setError(errorText(e, language));
      }
      setBusy(false);
    }
    if (!isAllowedImageSrc(source)) return setError(t('image.invalid'));
    const attrs = {
      src: source,
      alt: alt.trim(),
      caption: caption.trim() || null,
      credit: credit.trim() || null,
      width: dims.width,
      height: dims.height,
    };
    if (editing) updateSelectedNode(attrs)(view.state, view.dispatch);
    else insertBlock(schema.nodes.image.create(attrs))(view.state, view.dispatch);
    close();
  };

  const tabs: Tab[] = mediaAvailable && !editing ? ['library', 'upload', 'url'] : ['url'];
  const tabLabel = {
    library: t('image.library'),
    upload: t('image.upload'),
    url: t('image.byUrl'),
  };
  return (
    <Dialog
      title={editing ? t('image.edit') : t('image.title')}
      onClose={close}
      onSubmit={() => void apply()}
      testId="image-dialog"
      wide
      actions={
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? t('image.uploading') : editing ? t('image.save') : t('image.insert')}
        </button>
      }
    >
      {tabs.length > 1 && (
        <div class="tabs" role="tablist">
          {tabs.map((name) => (
            <button
              type="button"
              role="tab"
              key={name}
              aria-selected={tab === name}
              class={tab === name ? 'tab is-active' : 'tab'}
              onClick={() => setTab(name)}
            >
              {tabLabel[name]}
            </button>
          ))}
        </div>
      )}
      {!mediaAvailable && !editing && <p class="hint">{t('image.noLibrary')}</p>}
      {tab === 'library' && (
        <div class="media-grid">
          {(library ?? []).map((item) => (
            <button
              type="button"
              key={String(item.id)}
              class={item.src === src ? 'media-item is-chosen' : 'media-item'}
              onClick={() => choose(item)}
            >
              <img src={item.src} alt={item.alt} loading="lazy" />
            </button>
          ))}
        </div>
      )}
      {tab === 'upload' && (
        <Field id="image-file" label={t('image.upload')}>
          <input
            id="image-file"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </Field>
      )}
      {tab === 'url' && (
        <Field id="image-src" label={t('image.src')}>
          <input
            id="image-src"
            type="text"
            inputMode="url"
            value={src}
            onInput={(e) => setSrc(e.currentTarget.value)}
          />
        </Field>
      )}
      <Field id="image-alt" label={t('image.alt')}>
        <input
          id="image-alt"
          type="text"
          value={alt}
          onInput={(e) => setAlt(e.currentTarget.value)}
        />
      </Field>
      <Field id="image-caption" label={t('image.caption')}>
        <input
          id="image-caption"
          type="text"
          value={caption}
          onInput={(e) => setCaption(e.currentTarget.value)}
        />
      </Field>
      <Field id="image-credit" label={t('image.credit')}>
        <input
          id="image-credit"
          type="text"
          value={credit}
          onInput={(e) => setCredit(e.currentTarget.value)}
        />
      </Field>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
