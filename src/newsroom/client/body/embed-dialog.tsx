// The embed dialog: a YouTube, X or Telegram link becomes an embed block (pasting the link alone does the same).

import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { insertBlock } from '../../editor/commands.js';
import { embedFromUrl } from '../../editor/embed-from-url.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import { Dialog } from '../components/dialog.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';

export function EmbedDialog(props: { view: EditorView; onClose: () => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    props.onClose();
    props.view.focus();
  };
  const apply = () => {
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
    <Dialog
      title={t('embed.title')}
      onClose={close}
      onSubmit={apply}
      testId="embed-dialog"
      actions={
        <button type="submit" class="button primary">
          {t('image.insert')}
        </button>
      }
    >
      <Field id="embed-url" label={t('embed.url')} error={error}>
        <input
          id="embed-url"
          type="text"
          inputMode="url"
          autoFocus
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </Field>
      <Field id="embed-title" label={t('embed.caption')}>
        <input
          id="embed-title"
          type="text"
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </Field>
    </Dialog>
  );
}
