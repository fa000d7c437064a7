// Links of a rubric or tag to its counterparts in the other editions: the linked names under it, and a dialog to choose one per edition or unlink.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { getLinks, listLinkedTags, listRubrics, listTags, saveLinks } from '../api/taxonomy.js';
import type { EditionCode, RubricNode } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';
import { rubricChoiceNodes } from './rubric-names.js';

export type LinkKind = 'rubric' | 'tag';

/** What a row needs of a rubric or tag. */
export interface Linkable {
  id: number;
  edition: EditionCode;
  name: string;
  key?: string | null;
}

/**
 * The linked rubrics or tags of the editions other than `edition` (rubrics: all of them, to name
 * the choices; tags: the linked ones only), asked again when `version` changes.
 */
export function useOtherEditions(kind: LinkKind, edition: EditionCode, version: number) {
  const [items, setItems] = useState<Linkable[]>([]);
  useEffect(() => {
    let live = true;
    const others = EDITION_CODES.filter((e) => e !== edition);
    void Promise.all(others.map((e) => (kind === 'rubric' ? listRubrics(e) : listLinkedTags(e))))
      .then((lists) => live && setItems(lists.flat()))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [kind, edition, version]);
  return items;
}

/** The names `item` is linked to in the other editions, each marked with its edition. */
export function LinkedNames({ item, others }: { item: Linkable; others: Linkable[] }) {
  const { t } = useI18n();
  const linked = item.key
    ? others.filter((o) => o.key === item.key && o.edition !== item.edition)
    : [];
  if (linked.length === 0) return null;
  return (
    <ul class="linked-names" data-testid="linked-names">
      {linked.map((o) => (
        <li key={o.id}>
          <span class="link-edition" aria-hidden="true">
            {o.edition}
          </span>
          <span class="visually-hidden">{t(`edition.${o.edition}`)}: </span>
          <span lang={o.edition}>{o.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** The row's "Editions…" button and its dialog. */
export function LinkAction(props: { kind: LinkKind; item: Linkable; onSaved: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class="button small"
        aria-label={t('links.linkName', { name: props.item.name })}
        onClick={() => setOpen(true)}
      >
        {t('links.link')}
      </button>
      {open && (
        <LinksDialog
          {...props}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            props.onSaved();
          }}
        />
      )}
    </>
  );
}

/** One choice per other edition (a rubric from its list, a tag by name), then save or unlink. */
function LinksDialog(props: {
  kind: LinkKind;
  item: Linkable;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { kind, item } = props;
  const { t, language } = useI18n();
  const others = EDITION_CODES.filter((e) => e !== item.edition);
  /** Per edition: a rubric's id, or a tag's name as typed; '' for none. */
  const [choice, setChoice] = useState<Partial<Record<EditionCode, string>>>({});
  const [rubrics, setRubrics] = useState<Partial<Record<EditionCode, RubricNode[]>>>({});
  const [linked, setLinked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      try {
        const links = await getLinks(kind, item.id);
        setLinked(links.key !== null);
        const chosen: Partial<Record<EditionCode, string>> = {};
        for (const o of links.items)
          if (o.edition !== item.edition)
            chosen[o.edition] = kind === 'rubric' ? String(o.id) : o.name;
        // What the editor typed while the links loaded stays: the links fill only the rest.
        setChoice((typed) => ({ ...chosen, ...typed }));
        if (kind === 'rubric') {
          const lists = await Promise.all(others.map((e) => listRubrics(e)));
          setRubrics(Object.fromEntries(others.map((e, i) => [e, lists[i]])));
        }
      } catch (e) {
        setError(errorText(e, language));
      }
    })();
  }, [kind, item.id]);

  /** The chosen ids; a tag's name is looked up in its edition (refused when there is none). */
  const chosenIds = async (): Promise<number[]> => {
    const ids: number[] = [];
    for (const edition of others) {
      const value = (choice[edition] ?? '').trim();
      if (!value) continue;
      if (kind === 'rubric') {
        ids.push(Number(value));
        continue;
      }
      const wanted = value.toLocaleLowerCase(edition);
      const found = (await listTags(edition, value)).find(
        (tag) => tag.name.toLocaleLowerCase(edition) === wanted,
      );
      if (!found)
        throw new Error(t('links.noTag', { name: value, edition: t(`edition.${edition}`) }));
      ids.push(found.id);
    }
    return ids;
  };

  const run = (ids: () => Promise<number[]>) => {
    setBusy(true);
    setError(null);
    void ids()
      .then((list) => saveLinks(kind, item.id, list))
      .then(props.onSaved, (e: unknown) => setError(errorText(e, language)))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog
      title={t(kind === 'rubric' ? 'links.rubricTitle' : 'links.tagTitle', { name: item.name })}
      testId="links-dialog"
      onClose={props.onClose}
      onSubmit={() => run(chosenIds)}
      actions={
        <>
          {linked && (
            <button
              type="button"
              class="button subtle"
              disabled={busy}
              onClick={() => run(async () => [])}
            >
              {t('links.unlink')}
            </button>
          )}
          <button type="button" class="button subtle" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button primary" disabled={busy}>
            {t('taxonomy.save')}
          </button>
        </>
      }
    >
      <p class="muted">{t(kind === 'rubric' ? 'links.rubricHint' : 'links.tagHint')}</p>
      {others.map((edition) => {
        const id = `link-${kind}-${item.id}-${edition}`;
        const value = choice[edition] ?? '';
        const set = (next: string) => setChoice((c) => ({ ...c, [edition]: next }));
        return (
          <Field id={id} label={t(`edition.${edition}`)} key={edition}>
            {kind === 'rubric' ? (
              <select
                id={id}
                lang={edition}
                value={value}
                onChange={(e) => set(e.currentTarget.value)}
              >
                <option value="">{t('links.none')}</option>
                {rubricChoiceNodes(rubrics[edition] ?? []).map((r) => (
                  <option value={String(r.id)} key={r.id}>
                    {r.value}
                  </option>
                ))}
              </select>
            ) : (
              <TagNameInput id={id} edition={edition} value={value} onInput={set} />
            )}
          </Field>
        );
      })}
      <ErrorAlert error={error} />
    </Dialog>
  );
}

/** A tag of an edition by name, its existing tags offered as one types. */
function TagNameInput(props: {
  id: string;
  edition: EditionCode;
  value: string;
  onInput: (value: string) => void;
}) {
  const { t } = useI18n();
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      listTags(props.edition, props.value.trim()).then(
        (tags) => setNames(tags.slice(0, 50).map((tag) => tag.name)),
        () => setNames([]),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [props.edition, props.value]);
  return (
    <>
      <input
        id={props.id}
        type="search"
        lang={props.edition}
        autocomplete="off"
        placeholder={t('links.none')}
        list={`${props.id}-list`}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <datalist id={`${props.id}-list`}>
        {names.map((name) => (
          <option value={name} key={name} />
        ))}
      </datalist>
    </>
  );
}
