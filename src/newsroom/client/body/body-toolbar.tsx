// The editor's toolbar: block and mark buttons with their shortcuts, the speaker or cite field, and the dialogs.

import { redo, undo } from 'prosemirror-history';
import { NodeSelection, type Command, type EditorState } from 'prosemirror-state';
import type { ComponentChildren } from 'preact';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'preact/hooks';
import {
  findAncestor,
  isBlockActive,
  isMarkActive,
  linkAt,
  nextTurn,
  setCite,
  setHeading,
  setParagraph,
  setSpeaker,
  toggleBold,
  toggleEditorNote,
  toggleItalic,
  toggleList,
  toggleWrapper,
} from '../../editor/commands.js';
import { shortcutLabel, type ShortcutAction } from '../../editor/keymap.js';
import { storySchema as schema } from '../../editor/schema/index.js';
import type { EditionCode } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { AttrField } from './attr-field.js';
import { EmbedDialog } from './embed-dialog.js';
import { GalleryDialog } from './gallery-dialog.js';
import { ImageDialog } from './image-dialog.js';
import { LinkDialog } from './link-dialog.js';
import { ShortcutsDialog } from './shortcuts-dialog.js';
import { VideoDialog } from './video-dialog.js';
import { NOTE_SUFFIX } from './note-suffix.js';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface ButtonSpec {
  action: string;
  label: MessageKey;
  glyph: ComponentChildren;
  shortcut?: ShortcutAction;
  command: Command | (() => void);
  active?: boolean;
  ui?: boolean;
}

export interface BodyToolbarProps {
  view: EditorView;
  state: EditorState;
  edition: EditionCode;
  linkRequest: number;
  /** Counts Ctrl+/ presses: each opens the list of shortcuts. */
  shortcutsRequest: number;
  mediaAvailable: boolean;
}

export function BodyToolbar({
  view,
  state,
  edition,
  linkRequest,
  shortcutsRequest,
  mediaAvailable,
}: BodyToolbarProps) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<
    'link' | 'image' | 'gallery' | 'video' | 'embed' | 'shortcuts' | null
  >(null);
  useEffect(() => {
    if (linkRequest > 0) setDialog('link');
  }, [linkRequest]);
  useEffect(() => {
    if (shortcutsRequest > 0) setDialog('shortcuts');
  }, [shortcutsRequest]);

  const run = (command: Command) => {
    command(view.state, view.dispatch, view);
    view.focus();
  };
  const can = (command: Command) => command(state);
  const { nodes, marks } = schema;
  const turn = findAncestor(state, [nodes.question, nodes.answer]);
  const quote = findAncestor(state, [nodes.quote]);
  const selected = state.selection instanceof NodeSelection ? state.selection.node : null;

  const groups: ButtonSpec[][] = [
    [
      {
        action: 'undo',
        label: 'toolbar.undo',
        glyph: <Icon name="undo" />,
        shortcut: 'undo',
        command: undo,
      },
      {
        action: 'redo',
        label: 'toolbar.redo',
        glyph: <Icon name="redo" />,
        shortcut: 'redo',
        command: redo,
      },
    ],
    [
      {
        action: 'paragraph',
        label: 'toolbar.paragraph',
        glyph: '¶',
        shortcut: 'paragraph',
        command: setParagraph,
        active: isBlockActive(state, 'paragraph') && !turn && !quote,
      },
      {
        action: 'heading',
        label: 'toolbar.heading',
        glyph: 'H2',
        shortcut: 'heading2',
        command: setHeading(2),
        active: isBlockActive(state, 'heading', { level: 2 }),
      },
      {
        action: 'subheading',
        label: 'toolbar.subheading',
        glyph: 'H3',
        shortcut: 'heading3',
        command: setHeading(3),
        active: isBlockActive(state, 'heading', { level: 3 }),
      },
    ],
    [
      {
        action: 'bold',
        label: 'toolbar.bold',
        glyph: 'B',
        shortcut: 'bold',
        command: toggleBold,
        active: isMarkActive(state, marks.bold),
      },
      {
        action: 'italic',
        label: 'toolbar.italic',
        glyph: 'I',
        shortcut: 'italic',
        command: toggleItalic,
        active: isMarkActive(state, marks.italic),
      },
      {
        action: 'link',
        label: 'toolbar.link',
        glyph: <Icon name="link" />,
        shortcut: 'link',
        command: () => setDialog('link'),
        active: isMarkActive(state, marks.link),
        ui: true,
      },
      {
        action: 'editor-note',
        label: 'toolbar.editorNote',
        glyph: NOTE_SUFFIX[edition].replace(' - ', '(…').concat(')'),
        shortcut: 'editorNote',
        command: toggleEditorNote(NOTE_SUFFIX[edition]),
        active: isMarkActive(state, marks.editorNote),
      },
    ],
    [
      {
        action: 'question',
        label: 'toolbar.question',
        glyph: 'Q',
        shortcut: 'question',
        command: toggleWrapper('question'),
        active: isBlockActive(state, 'question'),
      },
      {
        action: 'answer',
        label: 'toolbar.answer',
        glyph: 'A',
        shortcut: 'answer',
        command: toggleWrapper('answer'),
        active: isBlockActive(state, 'answer'),
      },
      {
        action: 'next-turn',
        label: 'toolbar.nextTurn',
        glyph: 'Q⇄A',
        shortcut: 'nextTurn',
        command: nextTurn,
      },
    ],
    [
      {
        action: 'quote',
        label: 'toolbar.quote',
        glyph: '❝',
        shortcut: 'quote',
        command: toggleWrapper('quote'),
        active: isBlockActive(state, 'quote'),
      },
      {
        action: 'bullet-list',
        label: 'toolbar.bulletList',
        glyph: '•≡',
        shortcut: 'bulletList',
        command: toggleList(false),
        active: isBlockActive(state, 'bullet_list'),
      },
      {
        action: 'ordered-list',
        label: 'toolbar.orderedList',
        glyph: '1≡',
        shortcut: 'orderedList',
        command: toggleList(true),
        active: isBlockActive(state, 'ordered_list'),
      },
    ],
    [
      {
        action: 'image',
        label: 'toolbar.image',
        glyph: <Icon name="image" />,
        command: () => setDialog('image'),
        ui: true,
        active: selected?.type === nodes.image,
      },
      {
        action: 'gallery',
        label: 'toolbar.gallery',
        glyph: '▦',
        command: () => setDialog('gallery'),
        ui: true,
        active: selected?.type === nodes.gallery,
      },
      {
        action: 'video',
        label: 'toolbar.video',
        glyph: '▶',
        command: () => setDialog('video'),
        ui: true,
        active: selected?.type === nodes.video,
      },
      {
        action: 'embed',
        label: 'toolbar.embed',
        glyph: <Icon name="embed" />,
        command: () => setDialog('embed'),
        ui: true,
      },
    ],
    [
      {
        action: 'shortcuts',
        label: 'toolbar.shortcuts',
        glyph: '?',
        shortcut: 'shortcuts',
        command: () => setDialog('shortcuts'),
        ui: true,
      },
    ],
  ];

  return (
    <div class="toolbar-wrap">
      <div class="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        {groups.map((group, i) => (
          <div class="toolbar-group" key={i}>
            {group.map((b) => {
              const label = t(b.label);
              const title = b.shortcut ? `${label} (${shortcutLabel(b.shortcut, MAC)})` : label;
              const enabled = b.ui || can(b.command as Command);
              return (
                <button
                  type="button"
                  key={b.action}
                  class={`tool tool-${b.action}`}
                  data-action={b.action}
                  title={title}
                  aria-pressed={b.active === undefined ? undefined : b.active}
                  disabled={!enabled}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => (b.ui ? (b.command as () => void)() : run(b.command as Command))}
                >
                  {/* The glyph is a picture of the action ("H2", "Q⇄A"); the hidden label names it. */}
                  <span aria-hidden="true">{b.glyph}</span>
                  <span class="visually-hidden">{label}</span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {turn && (
        <div class="toolbar-context">
          <AttrField
            key={`speaker-${turn.pos}`}
            label={`${t('toolbar.speaker')} (${t(turn.node.type === nodes.question ? 'toolbar.question' : 'toolbar.answer')})`}
            value={(turn.node.attrs.speaker as string | null) ?? ''}
            placeholder={t('toolbar.speakerHint')}
            testId="speaker-input"
            onCommit={(value) => setSpeaker(value)(view.state, view.dispatch)}
          />
        </div>
      )}
      {quote && (
        <div class="toolbar-context">
          <AttrField
            key={`cite-${quote.pos}`}
            label={t('toolbar.cite')}
            value={(quote.node.attrs.cite as string | null) ?? ''}
            testId="cite-input"
            onCommit={(value) => setCite(value)(view.state, view.dispatch)}
          />
        </div>
      )}
      {dialog === 'link' && (
        <LinkDialog
          view={view}
          current={linkAt(state)?.href ?? ''}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'image' && (
        <ImageDialog
          view={view}
          editing={selected?.type === nodes.image ? selected : null}
          mediaAvailable={mediaAvailable}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'gallery' && (
        <GalleryDialog
          view={view}
          editing={selected?.type === nodes.gallery ? selected : null}
          mediaAvailable={mediaAvailable}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'video' && (
        <VideoDialog
          view={view}
          editing={selected?.type === nodes.video ? selected : null}
          mediaAvailable={mediaAvailable}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'embed' && <EmbedDialog view={view} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && (
        <ShortcutsDialog
          view={view}
          entries={groups
            .flat()
            .filter((b) => b.shortcut)
            .map((b) => ({ label: t(b.label), keys: shortcutLabel(b.shortcut!, MAC) }))}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
