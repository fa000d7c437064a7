// The story's metadata above the body: headline, lead, type, rubric and tags (the edition is fixed).

import { useEffect, useState } from 'preact/hooks';
import { STORY_TYPES } from '../../../domain/story.js';
import { listRubrics, listTags } from '../api/taxonomy.js';
import type { EditionCode, StoryType, Tag } from '../api/types.js';
import { CommitInput } from '../components/commit-input.js';
import { AuthorsPicker } from './authors-picker.js';
import { RelatedPicker } from './related-picker.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';
import {
  bilingual,
  rubricChoiceNodes,
  useRubricNamer,
  useTagNamer,
} from '../screens/rubric-names.js';
import { RubricSelect } from '../components/rubric-select.js';
import { useSession, userCan } from '../session.js';
import type { StoryFields } from './story-fields.js';

export interface MetadataFormProps {
  /** The story's id (not offered as its own related story). */
  storyId: number;
  edition: EditionCode;
  fields: StoryFields;
  readOnly: boolean;
  onChange: (patch: Partial<StoryFields>) => void;
}

function splitTags(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t !== '' && !seen.has(t.toLowerCase()) && (seen.add(t.toLowerCase()), true));
}

export function MetadataForm({ storyId, edition, fields, readOnly, onChange }: MetadataFormProps) {
  const { t, language } = useI18n();
  const { user } = useSession();
  // Chiefs and admins may name a new rubric; everyone else chooses one the edition has.
  const mayAddRubrics = userCan(user, 'manage-taxonomy', edition);
  const [rubrics, setRubrics] = useState<{ value: string; id: number }[]>([]);
  const namer = useRubricNamer(language);
  const tagName = useTagNamer(language);
  const [tags, setTags] = useState<Tag[]>([]);
  // A rubric choice as the interface language says it, beside the edition's name.
  const rubricLabel = (r: { value: string; id: number }) =>
    bilingual(r.value, namer.path(r.id, r.value));

  useEffect(() => {
    listRubrics(edition).then(
      (list) => setRubrics(rubricChoiceNodes(list)),
      () => setRubrics([]),
    );
    listTags(edition).then(setTags, () => setTags([]));
  }, [edition]);

  return (
    <div class="metadata" lang={edition}>
      <Field id="story-title" label={t('story.headline')} class="field-headline">
        <textarea
          id="story-title"
          data-testid="story-title"
          rows={2}
          readOnly={readOnly}
          value={fields.title}
          onInput={(e) => onChange({ title: e.currentTarget.value.replace(/\s*\n\s*/g, ' ') })}
        />
      </Field>
      <Field id="story-lead" label={t('story.lead')} class="field-lead">
        <textarea
          id="story-lead"
          data-testid="story-lead"
          rows={3}
          readOnly={readOnly}
          value={fields.lead}
          onInput={(e) => onChange({ lead: e.currentTarget.value })}
        />
      </Field>
      <div class="field-row meta-row" lang={undefined}>
        <Field id="story-type" label={t('story.type')}>
          <select
            id="story-type"
            data-testid="story-type"
            disabled={readOnly}
            value={fields.type}
            onChange={(e) => onChange({ type: e.currentTarget.value as StoryType })}
          >
            {STORY_TYPES.map((code) => (
              <option value={code} key={code}>
                {t(`type.${code}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="story-rubric" label={t('story.rubric')}>
          {mayAddRubrics ? (
            <>
              <CommitInput
                id="story-rubric"
                testId="story-rubric"
                list="story-rubric-list"
                readOnly={readOnly}
                value={fields.rubric}
                onCommit={(value) => onChange({ rubric: value.trim() })}
              />
              <datalist id="story-rubric-list">
                {rubrics.map((r) => {
                  // The value is the story edition's name; the label says it in the interface language.
                  const label = namer.path(r.id, r.value);
                  return (
                    <option value={r.value} key={r.id} {...(label !== r.value ? { label } : {})} />
                  );
                })}
              </datalist>
            </>
          ) : (
            <RubricSelect
              id="story-rubric"
              testId="story-rubric"
              disabled={readOnly}
              value={fields.rubric}
              choices={rubrics.map((r) => r.value)}
              labelOf={(value) => {
                const r = rubrics.find((x) => x.value === value);
                return r ? rubricLabel(r) : value;
              }}
              placeholder={t('story.chooseRubric')}
              onChange={(rubric) => onChange({ rubric })}
            />
          )}
        </Field>
        <Field
          id="story-tags"
          label={t('story.tags')}
          hint={t('story.tagsHint')}
          class="field-tags"
        >
          <CommitInput
            id="story-tags"
            testId="story-tags"
            list="story-tag-list"
            readOnly={readOnly}
            value={fields.tags.join(', ')}
            onCommit={(value) => onChange({ tags: splitTags(value) })}
          />
          <datalist id="story-tag-list">
            {tags.slice(0, 200).map((tag) => {
              const label = tagName(tag);
              return (
                <option value={tag.name} key={tag.id} {...(label !== tag.name ? { label } : {})} />
              );
            })}
          </datalist>
        </Field>
      </div>
      <Field id="story-authors" label={t('story.authors')} class="field-authors">
        <AuthorsPicker
          id="story-authors"
          edition={edition}
          value={fields.authors}
          readOnly={readOnly}
          onChange={(authors) => onChange({ authors })}
        />
      </Field>
      <Field id="story-related" label={t('story.related')} class="field-related">
        <RelatedPicker
          id="story-related"
          storyId={storyId}
          edition={edition}
          value={fields.related}
          readOnly={readOnly}
          onChange={(related) => onChange({ related })}
        />
      </Field>
    </div>
  );
}
