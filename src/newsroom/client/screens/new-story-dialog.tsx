// Starts a story: edition, type, headline and rubric; the draft then opens in the editor.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { STORY_TYPES } from '../../../domain/story.js';
import { createStory } from '../api/stories.js';
import { listRubrics } from '../api/taxonomy.js';
import type { EditionCode, StoryType } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { EditionSelect } from '../components/edition-picker.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate } from '../router.js';
import { useSession, userCan } from '../session.js';
import { bilingual, rubricChoiceNodes, useRubricNamer } from './rubric-names.js';
import { RubricSelect } from '../components/rubric-select.js';

export function NewStoryDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const editions = EDITION_CODES.filter((e) => userCan(user, 'write', e));
  const [edition, setEdition] = useState<EditionCode>(
    editions.includes(user.uiLanguage) ? user.uiLanguage : (editions[0] ?? 'az'),
  );
  const [type, setType] = useState<StoryType>('news');
  const [title, setTitle] = useState('');
  const [rubric, setRubric] = useState('');
  const [choices, setChoices] = useState<{ value: string; id: number }[]>([]);
  const rubrics = choices.map((r) => r.value);
  // Each choice in the interface language beside the edition's name (linked rubrics).
  const namer = useRubricNamer(language);
  const labelOf = (value: string) => {
    const r = choices.find((c) => c.value === value);
    return r ? bilingual(value, namer.path(r.id, value)) : value;
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    listRubrics(edition).then(
      (list) => setChoices(rubricChoiceNodes(list)),
      () => setChoices([]),
    );
  }, [edition]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const story = await createStory({
        edition,
        type,
        title: title.trim(),
        rubric: rubric.trim(),
        // No byline sent: the server credits the sender (their author profile, else their name).
      });
      onClose();
      navigate(`${BASE}/stories/${story.id}`);
    } catch (e) {
      setError(errorText(e, language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('new.title')}
      onClose={onClose}
      onSubmit={() => void create()}
      testId="new-story-dialog"
      actions={
        <>
          <button type="button" class="button" onClick={onClose}>
            {t('new.cancel')}
          </button>
          <button type="submit" class="button primary" disabled={busy}>
            {t('new.create')}
          </button>
        </>
      }
    >
      <div class="field-row">
        <Field id="new-edition" label={t('story.edition')}>
          <EditionSelect
            id="new-edition"
            editions={editions}
            value={edition}
            onChange={setEdition}
          />
        </Field>
        <Field id="new-type" label={t('story.type')}>
          <select
            id="new-type"
            value={type}
            onChange={(e) => setType(e.currentTarget.value as StoryType)}
          >
            {STORY_TYPES.map((code) => (
              <option value={code} key={code}>
                {t(`type.${code}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <TextField
        id="new-title"
        label={t('story.headline')}
        required
        autoFocus
        lang={edition}
        value={title}
        onInput={setTitle}
      />
      {userCan(user, 'manage-taxonomy', edition) ? (
        <TextField
          id="new-rubric"
          label={t('story.rubric')}
          required
          list="new-rubric-list"
          lang={edition}
          placeholder={t('story.chooseRubric')}
          value={rubric}
          onInput={setRubric}
        >
          <datalist id="new-rubric-list">
            {choices.map((r) => {
              // The datalist shows the value beside its label: the label is the interface's name.
              const label = namer.path(r.id, r.value);
              return (
                <option value={r.value} key={r.id} {...(label !== r.value ? { label } : {})} />
              );
            })}
          </datalist>
        </TextField>
      ) : (
        <Field id="new-rubric" label={t('story.rubric')}>
          <RubricSelect
            id="new-rubric"
            required
            lang={edition}
            value={rubrics.includes(rubric) ? rubric : ''}
            choices={rubrics}
            labelOf={labelOf}
            placeholder={t('story.chooseRubric')}
            onChange={setRubric}
          />
        </Field>
      )}
      <ErrorAlert error={error} />
    </Dialog>
  );
}
