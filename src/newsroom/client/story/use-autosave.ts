// Autosave of a story being edited: a debounced PATCH with If-Match; a 409 hands back the saved version to merge.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/http.js';
import { saveStory } from '../api/stories.js';
import type { StoryView } from '../api/types.js';
import { changedFields, fieldsOf, isDirty, type StoryFields } from './story-fields.js';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; current: StoryView };

export interface Autosave {
  state: SaveState;
  /** Saves now; resolves when the story on the server has every local change (or fails). */
  flush: () => Promise<StoryView | null>;
  /** After a merge: the conflict is settled, saving resumes on the new base. */
  resolved: () => void;
}

const DELAY_MS = 1200;

/**
 * `server` is the story as last saved; `fields` what the user has now. When `enabled`, changes are
 * saved DELAY_MS after the last keystroke, only the changed fields, based on server.version.
 */
export function useAutosave(
  server: StoryView,
  fields: StoryFields,
  enabled: boolean,
  onSaved: (story: StoryView) => void,
): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const serverRef = useRef(server);
  const fieldsRef = useRef(fields);
  const inFlight = useRef<Promise<StoryView | null> | null>(null);
  const conflict = useRef(false);
  serverRef.current = server;
  fieldsRef.current = fields;
  conflict.current = state.kind === 'conflict';

  const save = useCallback(async (): Promise<StoryView | null> => {
    if (inFlight.current) await inFlight.current.catch(() => null);
    const base = serverRef.current;
    const sent = fieldsRef.current;
    if (conflict.current) return null;
    if (!isDirty(fieldsOf(base), sent)) return base;
    setState({ kind: 'saving' });
    const run = saveStory(base.id, base.version, changedFields(fieldsOf(base), sent)).then(
      (saved) => {
        serverRef.current = saved;
        onSaved(saved);
        setState(
          isDirty(fieldsOf(saved), fieldsRef.current) ? { kind: 'dirty' } : { kind: 'saved' },
        );
        return saved;
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 409 && error.body.current) {
          setState({ kind: 'conflict', current: error.body.current as StoryView });
          conflict.current = true;
        } else setState({ kind: 'error', error });
        return null;
      },
    );
    inFlight.current = run;
    try {
      return await run;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }, [onSaved]);

  const dirty = isDirty(fieldsOf(server), fields);
  const fieldsKey = JSON.stringify(fields);
  useEffect(() => {
    if (!dirty || state.kind === 'conflict' || state.kind === 'saving') return;
    if (state.kind !== 'error') setState({ kind: 'dirty' });
    if (!enabled) return;
    const retry = state.kind === 'error' && (state.error as ApiError).status === 0;
    if (state.kind === 'error' && !retry) return;
    const timer = setTimeout(() => void save(), retry ? 5000 : DELAY_MS);
    return () => clearTimeout(timer);
  }, [fieldsKey, dirty, enabled, state.kind, server.version]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    state:
      state.kind === 'conflict' || state.kind === 'saving'
        ? state
        : dirty
          ? state.kind === 'saved'
            ? { kind: 'dirty' }
            : state
          : { kind: 'saved' },
    flush: save,
    resolved: () => {
      conflict.current = false;
      setState({ kind: 'dirty' });
    },
  };
}
