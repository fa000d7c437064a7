// The 409 merge: your version and the saved one side by side, field by field; choose, then save the result.

import { useState } from 'preact/hooks';
import { blockText, type Block } from '../../../domain/blocks.js';
import type { StoryView } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import {
  FIELD_NAMES,
  fieldsOf,
  sameField,
  type FieldName,
  type StoryFields,
} from './story-fields.js';

const LABELS: Record<FieldName, MessageKey> = {
  title: 'story.headline',
  lead: 'story.lead',
  type: 'story.type',
  rubric: 'story.rubric',
  related: 'story.related',
  tags: 'story.tags',
  authors: 'story.authors',
  blocks: 'story.body',
  cover: 'cover.title',
};

function Value({ name, fields }: { name: FieldName; fields: StoryFields }) {
  const { t } = useI18n();
  if (name === 'blocks')
    return (
      <div class="merge-body">
        {fields.blocks.map((b: Block, i) => (
          <p key={i} class={`merge-block merge-${b.type}`}>
            {b.type === 'question' || b.type === 'answer' ? (
              <strong>{t(`toolbar.${b.type}`)}: </strong>
            ) : null}
            {blockText(b) || <em>({b.type})</em>}
          </p>
        ))}
      </div>
    );
  if (name === 'tags') return <p>{fields.tags.join(', ') || '—'}</p>;
  if (name === 'authors') return <p>{fields.authors.map((a) => a.name).join(', ') || '—'}</p>;
  if (name === 'type') return <p>{t(`type.${fields.type}`)}</p>;
  if (name === 'cover') {
    const cover = fields.cover;
    if (!cover) return <p>—</p>;
    const thumb = cover.image.variants[0];
    return (
      <p>
        {thumb && (
          <img
            src={thumb.url}
            alt=""
            width={80}
            height={Math.round((80 * thumb.height) / thumb.width)}
          />
        )}{' '}
        {cover.alt ?? cover.image.alt}
      </p>
    );
  }
  return <p>{fields[name] || '—'}</p>;
}

export interface ConflictDialogProps {
  mine: StoryFields;
  current: StoryView;
  onResolve: (merged: StoryFields, current: StoryView) => void;
}

export function ConflictDialog({ mine, current, onResolve }: ConflictDialogProps) {
  const { t } = useI18n();
  const theirs = fieldsOf(current);
  const differing = FIELD_NAMES.filter((name) => !sameField(mine, theirs, name));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(
    Object.fromEntries(differing.map((name) => [name, 'mine'])),
  );
  const all = (side: 'mine' | 'theirs') =>
    setChoice(Object.fromEntries(differing.map((n) => [n, side])));
  const apply = () => {
    const merged: StoryFields = { ...theirs };
    for (const name of differing)
      if (choice[name] === 'mine')
        (merged as unknown as Record<string, unknown>)[name] = mine[name];
    onResolve(merged, current);
  };
  return (
    <Dialog
      title={t('conflict.title')}
      onClose={() => onResolve(mine, current)}
      onSubmit={apply}
      wide
      testId="conflict-dialog"
      actions={
        <>
          <button type="button" class="button" onClick={() => all('theirs')}>
            {t('conflict.allTheirs')}
          </button>
          <button type="button" class="button" onClick={() => all('mine')}>
            {t('conflict.allMine')}
          </button>
          <button type="submit" class="button primary">
            {t('conflict.apply')}
          </button>
        </>
      }
    >
      <p>{t('conflict.explain')}</p>
      <div class="merge-grid" lang={current.edition}>
        <div class="merge-head" />
        <div class="merge-head">{t('conflict.mine')}</div>
        <div class="merge-head">{t('conflict.theirs', { n: current.version })}</div>
        {differing.map((name) => (
          <>
            <div class="merge-field" key={`${name}-label`}>
              {t(LABELS[name])}
            </div>
            {(['mine', 'theirs'] as const).map((side) => (
              <label
                key={`${name}-${side}`}
                class={choice[name] === side ? 'merge-cell is-chosen' : 'merge-cell'}
                data-merge={`${name}-${side}`}
              >
                <span class="merge-pick">
                  <input
                    type="radio"
                    name={`merge-${name}`}
                    checked={choice[name] === side}
                    onChange={() => setChoice({ ...choice, [name]: side })}
                  />
                  {side === 'mine' ? t('conflict.keepMine') : t('conflict.takeTheirs')}
                </span>
                <Value name={name} fields={side === 'mine' ? mine : theirs} />
              </label>
            ))}
          </>
        ))}
      </div>
    </Dialog>
  );
}
