// Rubrics of an edition: the two-level tree, renaming, reordering within a level, and adding one.

import { useState } from 'preact/hooks';
import {
  createRubric,
  deleteTaxonomy,
  listRubrics,
  mergeRubric,
  orderRubrics,
  renameRubric,
  setTaxonomyHidden,
} from '../api/taxonomy.js';
import type { EditionCode, RubricNode } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { useI18n } from '../i18n/index.js';
import {
  AddNameForm,
  GuardActions,
  MoveButtons,
  RenameInput,
  TaxonomyTable,
  moved,
  usePanelList,
} from './taxonomy-parts.js';
import { LinkAction, LinkedNames, useOtherEditions } from './taxonomy-links.js';

export function RubricsPanel({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  const [parentId, setParentId] = useState<number | null>(null);
  const { items, error, act } = usePanelList(
    () => listRubrics(edition).then((list) => [...list].sort((a, b) => a.position - b.position)),
    [edition],
  );
  const rubrics = items ?? [];
  const [version, setVersion] = useState(0);
  const others = useOtherEditions('rubric', edition, version);
  const relinked = () => {
    setVersion((v) => v + 1);
    void act(Promise.resolve());
  };

  const tops = rubrics.filter((r) => r.parentId === null);
  const row = (r: RubricNode, siblings: RubricNode[], depth: number) => {
    const i = siblings.indexOf(r);
    return (
      <tr key={r.id} data-rubric={r.slug} data-hidden={r.hidden ? 'true' : undefined}>
        <td style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
          <RenameInput
            edition={edition}
            label={t('taxonomy.name')}
            name={r.name}
            onRename={(name) => void act(renameRubric(r.id, name))}
          />
          {r.hidden && <small class="muted hidden-mark">{t('taxonomy.hidden')}</small>}
          <LinkedNames item={r} others={others} />
        </td>
        <td class="muted">{r.slug}</td>
        <td class="guard-cell">
          <GuardActions
            name={r.name}
            hidden={r.hidden === true}
            others={rubrics.filter((o) => o.id !== r.id && o.parentId !== r.id)}
            onHide={(hidden) => void act(setTaxonomyHidden('rubric', r.id, hidden))}
            onMerge={(into) => void act(mergeRubric(r.id, into))}
            onDelete={() => void act(deleteTaxonomy('rubric', r.id))}
          >
            <LinkAction kind="rubric" item={r} onSaved={relinked} />
          </GuardActions>
        </td>
        <td class="nowrap">
          <MoveButtons
            index={i}
            count={siblings.length}
            onMove={(by) =>
              void act(
                orderRubrics(
                  edition,
                  r.parentId,
                  moved(siblings, i, by).map((s) => s.id),
                ),
              )
            }
          />
        </td>
      </tr>
    );
  };

  return (
    <div class="panel-wide">
      <ErrorAlert error={error} />
      <TaxonomyTable extraColumn>
        {tops.map((top) => {
          const children = rubrics.filter((r) => r.parentId === top.id);
          return [row(top, tops, 0), ...children.map((c) => row(c, children, 1))];
        })}
      </TaxonomyTable>
      <AddNameForm
        edition={edition}
        submitLabel={t('taxonomy.add')}
        onAdd={(name) => act(createRubric({ edition, name, parentId }))}
      >
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
      </AddNameForm>
    </div>
  );
}
