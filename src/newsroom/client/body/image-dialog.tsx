// The image dialog: insert from the media library or an upload when the server has one, else by address; edit texts.

import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { insertBlock, updateSelectedNode } from '../../editor/commands.js';
import { isAllowedImageSrc } from '../../editor/safe-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import { uploadMedia, type MediaView } from '../api/media.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { Tabs } from '../components/tabs.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { EditorDialog } from './editor-dialog.js';
import { MediaGrid, useMediaLibrary } from './media-grid.js';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const library = useMediaLibrary(tab === 'library', setError);

  const choose = (item: MediaView) => {
    setSrc(item.url);
    setAlt(item.alt || alt);
    setCaption(item.caption ?? caption);
    setCredit(item.credit ?? credit);
    setSize({ width: item.width, height: item.height });
  };

  const apply = async (close: () => void) => {
    setError(null);
    let source = src.trim();
    let dims = size;
    if (!alt.trim()) return setError(t('image.altRequired'));
    if (tab === 'upload' && !editing) {
      if (!file) return setError(t('image.invalid'));
      setBusy(true);
      try {
        const item = await uploadMedia(file, { alt, caption, credit });
        source = item.url;
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
    <EditorDialog
      view={view}
      title={editing ? t('image.edit') : t('image.title')}
      testId="image-dialog"
      wide
      busy={busy}
      submitLabel={busy ? t('image.uploading') : editing ? t('image.save') : t('image.insert')}
      onClose={onClose}
      onApply={(close) => void apply(close)}
    >
      {tabs.length > 1 && (
        <Tabs choices={tabs} value={tab} label={(name) => tabLabel[name]} onChange={setTab} />
      )}
      {!mediaAvailable && !editing && <p class="hint">{t('image.noLibrary')}</p>}
      {tab === 'library' && (
        <MediaGrid items={library} chosen={(item) => item.url === src} onChoose={choose} />
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
        <TextField
          id="image-src"
          label={t('image.src')}
          inputMode="url"
          value={src}
          onInput={setSrc}
        />
      )}
      <TextField id="image-alt" label={t('image.alt')} value={alt} onInput={setAlt} />
      <TextField
        id="image-caption"
        label={t('image.caption')}
        value={caption}
        onInput={setCaption}
      />
      <TextField id="image-credit" label={t('image.credit')} value={credit} onInput={setCredit} />
      <ErrorAlert error={error} />
    </EditorDialog>
  );
}
