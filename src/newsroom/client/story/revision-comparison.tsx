// Two versions of a story side by side, as an editor reads them: named fields, blocks as blocks, corrections as notes, who saved each and when.

import type { ComponentChildren } from 'preact';
import { blockText, type Block } from '../../../domain/blocks.js';
import type { Correction } from '../../../domain/story.js';
import type { CoverView } from '../../../operations/cover-view.js';
import type { RevisionComparison, RevisionSummary } from '../api/types.js';
import { formatTime } from '../format.js';
import { useI18n, type MessageKey, type Translate } from '../i18n/index.js';

/** The interface's name of each compared field. */
const FIELD_LABELS: Record<string, MessageKey> = {
  type: 'story.type',
  title: 'story.headline',
  slug: 'diff.slug',
  rubric: 'story.rubric',
  lead: 'story.lead',
  tags: 'story.tags',
  author: 'desk.author',
  publishedAt: 'diff.publishedAt',
  embargoUntil: 'diff.embargoUntil',
  corrections: 'diff.corrections',
  cover: 'diff.cover',
};

const BLOCK_LABELS: Record<Block['type'], MessageKey> = {
  paragraph: 'toolbar.paragraph',
  heading: 'toolbar.heading',
  question: 'toolbar.question',
  answer: 'toolbar.answer',
  quote: 'toolbar.quote',
  image: 'toolbar.image',
  list: 'toolbar.bulletList',
  embed: 'toolbar.embed',
  gallery: 'block.gallery',
  video: 'block.video',
};

type Language = ReturnType<typeof useI18n>['language'];

function fieldValue(field: string, value: unknown, t: Translate, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'type' && typeof value === 'string') return t(`type.${value}` as MessageKey);
  if ((field === 'publishedAt' || field === 'embargoUntil') && typeof value === 'string')
    return formatTime(value, language);
  if (Array.isArray(value)) return value.map((v) => fieldValue(field, v, t, language)).join(', ');
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : JSON.stringify(value);
}

/** Corrections as the notes readers see, each with its time. */
function CorrectionList({ value }: { value: unknown }) {
  const { language } = useI18n();
  const list = Array.isArray(value) ? (value as Correction[]) : [];
  if (list.length === 0) return <>—</>;
  return (
    <ul class="diff-corrections">
      {list.map((c) => (
        <li key={c.at}>
          <time dateTime={c.at}>{formatTime(c.at, language)}</time> {c.note}
        </li>
      ))}
    </ul>
  );
}

/** A cover as an editor recognises it: a thumbnail and its texts (the item's where the story has none). */
function CoverValue({ value }: { value: unknown }) {
  const { t } = useI18n();
  const cover = value as CoverView | null;
  if (!cover?.image) return <>—</>;
  const thumb = cover.image.variants[0]?.url ?? cover.image.url;
  const x = Math.round(cover.focus.x * 100);
  const y = Math.round(cover.focus.y * 100);
  return (
    <span class="diff-cover">
      <img
        src={thumb}
        alt=""
        width={80}
        height={Math.round((80 * cover.image.height) / cover.image.width)}
      />
      <span>
        {cover.alt ?? cover.image.alt}
        {(cover.caption ?? cover.image.caption) && ` · ${cover.caption ?? cover.image.caption}`}
        {(cover.credit ?? cover.image.credit) && ` · ${cover.credit ?? cover.image.credit}`}
        <br />
        <span class="muted">{t('cover.focus', { x, y })}</span>
      </span>
    </span>
  );
}

/** One block with its kind, and the speaker of a question or an answer. */
function BlockView({ block }: { block: Block }) {
  const { t } = useI18n();
  const speaker = 'speaker' in block && block.speaker ? ` · ${block.speaker}` : '';
  return (
    <div class={`diff-block diff-block-${block.type}`} data-block-type={block.type}>
      <span class="diff-block-kind">
        {t(BLOCK_LABELS[block.type])}
        {speaker}
      </span>
      <span class="diff-block-text">{blockText(block) || '—'}</span>
    </div>
  );
}

function Row(props: { label: string; before: ComponentChildren; after: ComponentChildren }) {
  return (
    <div class="diff-row">
      <div class="diff-label">{props.label}</div>
      <del>{props.before}</del>
      <ins>{props.after}</ins>
    </div>
  );
}

function Saved({ revision, n }: { revision: RevisionSummary | undefined; n: number }) {
  const { t, language } = useI18n();
  return (
    <div class="diff-version">
      <strong>{t('revisions.version', { n })}</strong>
      {revision && (
        <span class="muted">
          {' '}
          {revision.savedByName} · {formatTime(revision.savedAt, language)}
        </span>
      )}
    </div>
  );
}

export function Comparison(props: { diff: RevisionComparison; revisions: RevisionSummary[] }) {
  const { t, language } = useI18n();
  const { diff } = props;
  const find = (n: number) => props.revisions.find((r) => r.version === n);
  return (
    <div class="diff" data-testid="revision-diff">
      <div class="diff-row diff-head">
        <div class="diff-label" />
        <Saved revision={find(diff.from)} n={diff.from} />
        <Saved revision={find(diff.to)} n={diff.to} />
      </div>
      {diff.fields.length === 0 && diff.blocks.length === 0 && (
        <p class="muted diff-none">{t('revisions.unchanged')}</p>
      )}
      {diff.fields.map((f) => (
        <Row
          key={f.field}
          label={FIELD_LABELS[f.field] ? t(FIELD_LABELS[f.field]!) : f.field}
          before={
            f.field === 'cover' ? (
              <CoverValue value={f.before} />
            ) : f.field === 'corrections' ? (
              <CorrectionList value={f.before} />
            ) : (
              fieldValue(f.field, f.before, t, language)
            )
          }
          after={
            f.field === 'cover' ? (
              <CoverValue value={f.after} />
            ) : f.field === 'corrections' ? (
              <CorrectionList value={f.after} />
            ) : (
              fieldValue(f.field, f.after, t, language)
            )
          }
        />
      ))}
      {diff.blocks.map((c, i) => (
        <Row
          key={i}
          label={
            c.kind === 'added'
              ? t('revisions.added')
              : c.kind === 'removed'
                ? t('revisions.removed')
                : t('diff.changed')
          }
          before={
            c.kind === 'added' ? null : (
              <BlockView block={c.kind === 'removed' ? c.block : c.before} />
            )
          }
          after={
            c.kind === 'removed' ? null : (
              <BlockView block={c.kind === 'added' ? c.block : c.after} />
            )
          }
        />
      ))}
    </div>
  );
}
