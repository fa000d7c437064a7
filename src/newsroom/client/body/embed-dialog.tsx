// The embed dialog: a YouTube, X or Telegram link becomes an embed block (pasting the link alone does the same).

import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { insertBlock } from '../../editor/commands.js';
import { embedFromUrl } from '../../editor/embed-from-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { EditorDialog } from './editor-dialog.js';

export function EmbedDialog(props: { view: EditorView; onClose: () => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = (close: () => void) => {
    const embed = embedFromUrl(url);
    if (!embed) return setError(t('embed.invalid'));
    const node = schema.nodes.embed.create({
      provider: embed.provider,
      url: embed.url,
      title: title.trim() || null,
    });
    insertBlock(node)(props.view.state, props.view.dispatch);
    close();
  };
  return (
    <EditorDialog
      view={props.view}
      title={t('embed.title')}
      testId="embed-dialog"
      submitLabel={t('image.insert')}
      onClose={props.onClose}
      onApply={apply}
    >
      <TextField
        id="embed-url"
        label={t('embed.url')}
        error={error}
        inputMode="url"
        autoFocus
        value={url}
        onInput={setUrl}
      />
      <TextField id="embed-title" label={t('embed.caption')} value={title} onInput={setTitle} />
    </EditorDialog>
  );
}
