// The story body editor: a ProseMirror view over the story schema, its toolbar and its dialogs.

import type { Block } from '../../../domain/blocks.js';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'preact/hooks';
import { editableDoc, savedBlocks } from '../../editor/editable-doc.js';
import { storyPlugins } from '../../editor/plugins.js';
import type { EditionCode } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { BodyToolbar } from './body-toolbar.js';
import { NOTE_SUFFIX } from './note-suffix.js';

export interface BodyEditorProps {
  blocks: Block[];
  edition: EditionCode;
  readOnly: boolean;
  /** Changing it replaces the document with `blocks` (after a merge or a restore). */
  resetKey: number;
  onChange: (blocks: Block[]) => void;
  /** Whether POST /api/media exists (the image dialog then offers an upload). */
  mediaAvailable: boolean;
}

export function BodyEditor(props: BodyEditorProps) {
  const { t } = useI18n();
  const mount = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [, setTick] = useState(0);
  const [linkRequest, setLinkRequest] = useState(0);
  const [shortcutsRequest, setShortcutsRequest] = useState(0);

  useEffect(() => {
    const state = EditorState.create({
      doc: editableDoc(props.blocks),
      plugins: storyPlugins({
        requestLink: () => setLinkRequest((n) => n + 1),
        requestShortcuts: () => setShortcutsRequest((n) => n + 1),
        noteSuffix: () => NOTE_SUFFIX[latest.current.edition],
      }),
    });
    const view = new EditorView(mount.current, {
      state,
      editable: () => !latest.current.readOnly,
      attributes: {
        class: 'story-body-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('story.body'),
        spellcheck: 'true',
        'data-testid': 'body-editor',
      },
      dispatchTransaction(tr) {
        const next = view.state.apply(tr);
        view.updateState(next);
        setTick((n) => n + 1);
        if (tr.docChanged) latest.current.onChange(savedBlocks(next.doc));
      },
    });
    viewRef.current = view;
    setTick((n) => n + 1);
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The view is made once per reset; later block changes come from the view itself.
  }, [props.resetKey]);

  useEffect(() => {
    viewRef.current?.setProps({ editable: () => !props.readOnly });
  }, [props.readOnly]);

  const view = viewRef.current;
  return (
    <div class={`body-editor ${props.readOnly ? 'is-readonly' : ''}`}>
      {view && !props.readOnly && (
        <BodyToolbar
          view={view}
          state={view.state}
          edition={props.edition}
          linkRequest={linkRequest}
          shortcutsRequest={shortcutsRequest}
          mediaAvailable={props.mediaAvailable}
        />
      )}
      <div
        class="body-page"
        lang={props.edition}
        style={{
          '--label-question': JSON.stringify(t('toolbar.question')),
          '--label-answer': JSON.stringify(t('toolbar.answer')),
        }}
      >
        <div ref={mount} />
      </div>
    </div>
  );
}
