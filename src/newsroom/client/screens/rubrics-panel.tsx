// Rubrics of an edition: the two-level tree, renaming, reordering within a level, and adding one.

import { useEffect, useState } from 'preact/hooks';
import { createRubric, listRubrics, orderRubrics, renameRubric } from '../api/taxonomy.js';
import type { EditionCode, RubricNode } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';

export function RubricsPanel({ edition }: { edition: EditionCode }) {
  const { t, language } = useI18n();
  const [rubrics, setRubrics] = useState<RubricNode[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<number | null>(null);

  const load = () =>
    listRubrics(edition).then(
      (list) => setRubrics([...list].sort((a, b) => a.position - b.position)),
      (e: unknown) => setError(errorText(e, language)),
    );
  useEffect(() => void load(), [edition]);
  const act = (work: Promise<unknown>) =>
    work.then(load, (e: unknown) => setError(errorText(e, language)));

  const tops = (rubrics ?? []).filter((r) => r.parentId === null);
  const move = (siblings: RubricNode[], i: number, by: number) => {
    const ids = siblings.map((s) => s.id);
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id!);
    void act(orderRubrics(edition, siblings[0]!.parentId, ids));
  };
  const row = (r: RubricNode, siblings: RubricNode[], depth: number) => {
    const i = siblings.indexOf(r);
    return (
      <tr key={r.id} data-rubric={r.slug}>
        <td style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
          <input
            type="text"
            aria-label={t('taxonomy.name')}
            lang={edition}
            defaultValue={r.name}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              if (value && value !== r.name) void act(renameRubric(r.id, value));
            }}
          />
        </td>
        <td class="muted">{r.slug}</td>
        <td class="nowrap">
          <button
            type="button"
            class="icon-button"
            aria-label={t('taxonomy.up')}
            disabled={i === 0}
            onClick={() => move(siblings, i, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('taxonomy.down')}
            disabled={i === siblings.length - 1}
            onClick={() => move(siblings, i, 1)}
          >
            ↓
          </button>
        </td>
      </tr>
    );
  };

  return (
    <div class="panel-wide">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table class="story-table taxonomy-table">
        <thead>
          <tr>
            <th scope="col">{t('taxonomy.name')}</th>
            <th scope="col">{t('taxonomy.slug')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {tops.map((top) => {
            const children = (rubrics ?? []).filter((r) => r.parentId === top.id);
            return [row(top, tops, 0), ...children.map((c) => row(c, children, 1))];
          })}
        </tbody>
      </table>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void act(createRubric({ edition, name: name.trim(), parentId })).then(() => setName(''));
        }}
      >
        <input
          type="text"
          lang={edition}
          aria-label={t('taxonomy.name')}
          placeholder={t('taxonomy.name')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <select
          aria-label={t('taxonomy.parent')}
          value={parentId ?? ''}
          onChange={(e) =>
            setParentId(e.currentTarget.value ? Number(e.currentTarget.value) : null)
          }
        >
          <option value="">{t('taxonomy.noParent')}</option>
          {tops.map((r) => (
            <option value={r.id} key={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('taxonomy.add')}
        </button>
      </form>
    </div>
  );
}
