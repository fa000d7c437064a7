// Pieces the rubric, tag and hot-tag panels share: loading an edition's list, the table, renaming, moving, adding.

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EditionCode } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';

/**
 * A list the panel loads (again after each change, or `delayMs` after its inputs settle);
 * `act` runs a change, then reloads; a failure of either becomes the panel's error.
 */
export function usePanelList<T>(load: () => Promise<T[]>, inputs: unknown[], delayMs = 0) {
  const { language } = useI18n();
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorText(e, language));
  const reload = () => load().then(setItems, fail);
  useEffect(() => {
    if (!delayMs) return void reload();
    const timer = setTimeout(() => void reload(), delayMs);
    return () => clearTimeout(timer);
  }, inputs);
  const act = (work: Promise<unknown>) => work.then(reload, fail);
  return { items, setItems, error, setError, fail, act };
}

/** The table of rubrics or tags: name, slug, and the row's actions. */
export function TaxonomyTable({
  children,
  extraColumn = false,
}: {
  children: ComponentChildren;
  /** A second actions column (rubrics: hide, merge, delete, then the order). */
  extraColumn?: boolean;
}) {
  const { t } = useI18n();
  return (
    <table class="story-table taxonomy-table">
      <thead>
        <tr>
          <th scope="col">{t('taxonomy.name')}</th>
          <th scope="col">{t('taxonomy.slug')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('taxonomy.actions')}</span>
          </th>
          {extraColumn && (
            <th scope="col">
              <span class="visually-hidden">{t('taxonomy.up')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A name edited in place: a changed, non-empty name is sent when the field is left or on Enter. */
export function RenameInput(props: {
  edition: EditionCode;
  label: string;
  name: string;
  onRename: (name: string) => void;
}) {
  return (
    <input
      type="text"
      aria-label={props.label}
      lang={props.edition}
      defaultValue={props.name}
      onChange={(e) => {
        const value = e.currentTarget.value.trim();
        if (value && value !== props.name) props.onRename(value);
      }}
    />
  );
}

/** Up and down buttons for the item at `index` of `count`. */
export function MoveButtons(props: { index: number; count: number; onMove: (by: -1 | 1) => void }) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-label={t('taxonomy.up')}
        disabled={props.index === 0}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={t('taxonomy.down')}
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
    </>
  );
}

/** `list` with the item at `index` moved `by` places. */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item!);
  return next;
}

/**
 * The form under a panel that adds a name (with `children` between the name and the button);
 * the name is cleared once `onAdd` is done, unless it answers false.
 */
export function AddNameForm(props: {
  edition: EditionCode;
  submitLabel: string;
  onAdd: (name: string) => Promise<unknown> | boolean | void;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const value = name.trim();
        if (!value) return;
        void Promise.resolve(props.onAdd(value)).then((kept) => kept !== false && setName(''));
      }}
    >
      <input
        type="text"
        lang={props.edition}
        aria-label={t('taxonomy.name')}
        placeholder={t('taxonomy.name')}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {props.children}
      <button type="submit" class="button">
        {props.submitLabel}
      </button>
    </form>
  );
}

/**
 * Link (the children), hide or show, merge into another (a choice among `others`), delete (asked once more): the
 * guarded actions of a rubric's or tag's row.
 */
export function GuardActions(props: {
  name: string;
  hidden: boolean;
  others: { id: number; name: string }[];
  onHide: (hidden: boolean) => void;
  onMerge: (into: number) => void;
  onDelete: () => void;
  /** More buttons before hide (linking across editions). */
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'idle' | 'merge' | 'delete'>('idle');
  const { name } = props;
  if (mode === 'merge')
    return (
      <span class="guard-actions">
        <select
          aria-label={t('taxonomy.mergeInto', { from: name })}
          autoFocus
          onChange={(e) => {
            const into = Number(e.currentTarget.value);
            if (into) {
              setMode('idle');
              props.onMerge(into);
            }
          }}
        >
          <option value="">{t('taxonomy.mergeInto', { from: name })}</option>
          {props.others.map((other) => (
            <option value={other.id} key={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        <button type="button" class="button small subtle" onClick={() => setMode('idle')}>
          {t('common.cancel')}
        </button>
      </span>
    );
  if (mode === 'delete')
    return (
      <span class="guard-actions">
        <span>{t('taxonomy.confirmDelete', { name })}</span>
        <button
          type="button"
          class="button small danger"
          onClick={() => {
            setMode('idle');
            props.onDelete();
          }}
        >
          {t('taxonomy.delete')}
        </button>
        <button type="button" class="button small subtle" onClick={() => setMode('idle')}>
          {t('common.cancel')}
        </button>
      </span>
    );
  return (
    <span class="guard-actions">
      {props.children}
      <button
        type="button"
        class="button small"
        aria-label={t(props.hidden ? 'taxonomy.showName' : 'taxonomy.hideName', { name })}
        onClick={() => props.onHide(!props.hidden)}
      >
        {t(props.hidden ? 'taxonomy.show' : 'taxonomy.hide')}
      </button>
      <button
        type="button"
        class="button small"
        aria-label={t('taxonomy.mergeName', { name })}
        disabled={props.others.length === 0}
        onClick={() => setMode('merge')}
      >
        {t('taxonomy.merge')}
      </button>
      <button
        type="button"
        class="button small"
        aria-label={t('taxonomy.deleteName', { name })}
        onClick={() => setMode('delete')}
      >
        {t('taxonomy.delete')}
      </button>
    </span>
  );
}
