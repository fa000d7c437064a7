// Presence: a heartbeat while a story is open; answers who else has it open and the story's saved version.

import { useEffect, useRef, useState } from 'preact/hooks';
import { heartbeat } from '../api/stories.js';
import type { PresenceUser } from '../api/types.js';

const EVERY_MS = 10_000;

/** `onVersion` hears the story's saved version at each beat (someone else may have saved). */
export function usePresence(storyId: number, onVersion: (version: number) => void): PresenceUser[] {
  const [others, setOthers] = useState<PresenceUser[]>([]);
  const versionHandler = useRef(onVersion);
  versionHandler.current = onVersion;
  useEffect(() => {
    let live = true;
    const beat = () =>
      heartbeat(storyId).then(
        (answer) => {
          if (!live) return;
          setOthers(answer.others);
          versionHandler.current(answer.version);
        },
        () => undefined,
      );
    void beat();
    const timer = setInterval(() => void beat(), EVERY_MS);
    const onVisible = () => document.visibilityState === 'visible' && void beat();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      heartbeat(storyId, true).catch(() => undefined);
    };
  }, [storyId]);
  return others;
}
