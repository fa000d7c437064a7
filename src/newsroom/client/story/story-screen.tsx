// The story editor screen: metadata, the body editor, autosave, presence, workflow, revisions and translations.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/http.js';
import { mediaAvailable } from '../api/media.js';
import { getStory } from '../api/stories.js';
import type { StoryView } from '../api/types.js';
import { BodyEditor } from '../body/body-editor.js';
import { AppLink } from '../components/app-link.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { BASE } from '../router.js';
import { ConflictDialog } from './conflict-dialog.js';
import { CoverField } from './cover-field.js';
import { LivePanel } from './live-panel.js';
import { MetadataForm } from './metadata-form.js';
import { RevisionsDialog } from './revisions-dialog.js';
import { SaveIndicator } from './save-indicator.js';
import { fieldsOf, type StoryFields } from './story-fields.js';
import { TranslateMenu } from './translate-menu.js';
import { useAutosave } from './use-autosave.js';
import { usePresence } from './use-presence.js';
import { WorkflowPanel } from './workflow-panel.js';
import { ViewsPanel } from './views-panel.js';

export function StoryScreen({ id }: { id: number }) {
  const { t, language } = useI18n();
  const [story, setStory] = useState<StoryView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getStory(id).then(setStory, setError);
  }, [id]);
  if (error)
    return (
      <section class="empty-state">
        <p class="error" role="alert">
          {error instanceof ApiError && (error.status === 404 || error.status === 403)
            ? t('story.notFound')
            : errorText(error, language)}
        </p>
        <AppLink href={`${BASE}/`}>{t('nav.backToDesk')}</AppLink>
      </section>
    );
  if (!story) return <p class="muted boot">{t('app.loading')}</p>;
  return <StoryEditor initial={story} />;
}

function StoryEditor({ initial }: { initial: StoryView }) {
  const { t, language } = useI18n();
  const [server, setServer] = useState(initial);
  const [fields, setFields] = useState<StoryFields>(() => fieldsOf(initial));
  const [resetKey, setResetKey] = useState(0);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [media, setMedia] = useState(false);

  useEffect(() => {
    mediaAvailable().then(setMedia, () => setMedia(false));
  }, []);

  const published = server.status === 'published';
  const canEdit = published ? !!server.allowed?.correct : !!server.allowed?.edit;
  const onSaved = useCallback((saved: StoryView) => setServer(saved), []);
  const autosave = useAutosave(server, fields, canEdit && !published, onSaved);

  /** A new version from elsewhere (a workflow step, a restore): adopt it, keeping nothing stale. */
  const adopt = (next: StoryView, replaceText: boolean) => {
    setServer(next);
    if (replaceText) {
      setFields(fieldsOf(next));
      setResetKey((k) => k + 1);
    }
  };

  const change = (patch: Partial<StoryFields>) => setFields((f) => ({ ...f, ...patch }));

  // Someone else saved: with no local edits, take their version; otherwise the next save merges.
  const others = usePresence(server.id, (version) => {
    if (version <= server.version || autosave.state.kind !== 'saved') return;
    getStory(server.id).then(
      (next) => {
        if (next.version > server.version && autosave.state.kind === 'saved') adopt(next, true);
      },
      () => undefined,
    );
  });

  return (
    <div class="story-screen" data-story-id={server.id} data-version={server.version}>
      <h1 class="visually-hidden" lang={server.edition}>
        {fields.title || t('desk.untitled')}
      </h1>
      <div class="story-bar">
        <AppLink href={`${BASE}/`} class="back">
          {t('story.backToDesk')}
        </AppLink>
        <span class="edition-code big" title={t(`edition.${server.edition}`)}>
          {server.edition}
        </span>
        <span class="muted">{t('story.version', { n: server.version })}</span>
        {server.authors.length > 0 && (
          <span class="muted" lang={server.edition}>
            {t('story.by', { name: server.authors.map((a) => a.name).join(', ') })}
          </span>
        )}
        {others.length > 0 && (
          <span class="presence" data-testid="presence" role="status">
            {t('presence.alsoOpen', { names: others.map((o) => o.name).join(', ') })}
          </span>
        )}
        <span class="spacer" />
        <SaveIndicator
          state={autosave.state}
          autosave={canEdit && !published}
          onSave={() => void autosave.flush()}
        />
      </div>
      <div class="story-layout">
        <article class="story-main">
          {!canEdit && <p class="notice">{t('story.readOnly')}</p>}
          {server.type === 'live' && <LivePanel storyId={server.id} canEdit={canEdit} />}
          <MetadataForm
            storyId={server.id}
            edition={server.edition}
            fields={fields}
            readOnly={!canEdit}
            onChange={change}
          />
          <BodyEditor
            blocks={fields.blocks}
            edition={server.edition}
            readOnly={!canEdit}
            resetKey={resetKey}
            onChange={(blocks) => change({ blocks })}
            mediaAvailable={media}
          />
        </article>
        <aside class="story-side">
          <CoverField
            cover={fields.cover}
            readOnly={!canEdit}
            lang={server.edition}
            onChange={(cover) => change({ cover })}
          />
          <WorkflowPanel
            story={server}
            fields={fields}
            flush={autosave.flush}
            onChanged={(next) => adopt(next, false)}
          />
          <section class="panel" aria-label={t('revisions.title')}>
            <dl class="facts">
              <dt>{t('desk.updated')}</dt>
              <dd>{formatTime(server.updatedAt, language)}</dd>
              {server.publishedAt && (
                <>
                  <dt>{t('status.published')}</dt>
                  <dd>{formatTime(server.publishedAt, language)}</dd>
                </>
              )}
            </dl>
            <div class="workflow-buttons">
              <button
                type="button"
                class="button small"
                data-testid="open-revisions"
                onClick={() => setRevisionsOpen(true)}
              >
                {t('revisions.title')}
              </button>
              {published && (
                <a class="button small subtle" href={server.url} target="_blank" rel="noopener">
                  {t('story.openOnSite')} ↗
                </a>
              )}
            </div>
            {server.corrections.length > 0 && (
              <ul class="corrections">
                {server.corrections.map((c) => (
                  <li key={c.at}>
                    <time>{formatTime(c.at, language)}</time> {c.note}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <TranslateMenu story={server} />
          {published && <ViewsPanel storyId={server.id} />}
        </aside>
      </div>
      {autosave.state.kind === 'conflict' && (
        <ConflictDialog
          mine={fields}
          current={autosave.state.current}
          onResolve={(merged, current) => {
            setServer(current);
            setFields(merged);
            setResetKey((k) => k + 1);
            autosave.resolved();
          }}
        />
      )}
      {revisionsOpen && (
        <RevisionsDialog
          story={server}
          flush={autosave.flush}
          onRestored={(next) => adopt(next, true)}
          onClose={() => setRevisionsOpen(false)}
        />
      )}
    </div>
  );
}
