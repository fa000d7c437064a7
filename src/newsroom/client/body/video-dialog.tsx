// The video dialog: the video's page, a poster from the media library or an address, a title, caption and credit.

import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { videoProviderOf } from '../../../domain/video.js';
import { insertBlock, updateSelectedNode } from '../../editor/commands.js';
import { isAllowedImageSrc, isWebUrl } from '../../editor/safe-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { EditorDialog } from './editor-dialog.js';
import { MediaGrid, useMediaLibrary } from './media-grid.js';

export interface VideoDialogProps {
  view: EditorView;
  /** The selected video, when editing one. */
  editing: Node | null;
  mediaAvailable: boolean;
  onClose: () => void;
}

export function VideoDialog({ view, editing, mediaAvailable, onClose }: VideoDialogProps) {
  const { t } = useI18n();
  const attr = (name: string) => (editing?.attrs[name] as string | null | undefined) ?? '';
  const [url, setUrl] = useState(attr('url'));
  const [poster, setPoster] = useState(attr('poster'));
  const [title, setTitle] = useState(attr('title'));
  const [caption, setCaption] = useState(attr('caption'));
  const [credit, setCredit] = useState(attr('credit'));
  const [error, setError] = useState<string | null>(null);
  const library = useMediaLibrary(mediaAvailable, setError);

  const apply = (close: () => void) => {
    const page = url.trim();
    if (!isWebUrl(page) || !page.startsWith('https:')) return setError(t('video.invalid'));
    if (poster.trim() && !isAllowedImageSrc(poster.trim())) return setError(t('image.invalid'));
    const attrs = {
      provider: videoProviderOf(page),
      url: page,
      poster: poster.trim() || null,
      title: title.trim() || null,
      caption: caption.trim() || null,
      credit: credit.trim() || null,
    };
    if (editing) updateSelectedNode(attrs)(view.state, view.dispatch);
    else insertBlock(schema.nodes.video.create(attrs))(view.state, view.dispatch);
    close();
  };

  return (
    <EditorDialog
      view={view}
      title={editing ? t('video.edit') : t('video.title')}
      testId="video-dialog"
      wide
      submitLabel={editing ? t('image.save') : t('image.insert')}
      onClose={onClose}
      onApply={apply}
    >
      <TextField
        id="video-url"
        label={t('video.url')}
        inputMode="url"
        autoFocus
        value={url}
        onInput={setUrl}
      />
      <p class="hint">{t('video.hint')}</p>
      <TextField id="video-title" label={t('video.name')} value={title} onInput={setTitle} />
      {mediaAvailable && (
        <>
          <p class="hint">{t('video.pickPoster')}</p>
          <MediaGrid
            items={library}
            chosen={(item) => item.url === poster}
            onChoose={(item) => setPoster(item.url === poster ? '' : item.url)}
            testId="video-posters"
          />
        </>
      )}
      <TextField
        id="video-poster"
        label={t('video.poster')}
        inputMode="url"
        value={poster}
        onInput={setPoster}
      />
      <TextField
        id="video-caption"
        label={t('image.caption')}
        value={caption}
        onInput={setCaption}
      />
      <TextField id="video-credit" label={t('image.credit')} value={credit} onInput={setCredit} />
      <ErrorAlert error={error} />
    </EditorDialog>
  );
}
