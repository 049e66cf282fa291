/**
 * Like useAnalyticsQuery, but the last answer stays on screen while a new
 * question is being answered (a chart does not blink away when a picker
 * changes), and answers to questions no longer asked are dropped.
 * Wrap `ask` in useCallback: its identity is the question.
 */
import { useEffect, useState } from 'react';
import type { Outcome } from '../db/outcome';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { AnalyticsApi } from './analytics-api';
import { analytics } from './analytics-client';

export interface LatestAnswer<T> {
  /** The latest answer (undefined before the first one). */
  value: T | undefined;
  /** A newer question is being answered. */
  busy: boolean;
  /** Why the latest question could not be answered, else null. */
  error: string | null;
}

interface Held<T> {
  workspaceId: string | null;
  value: T | undefined;
  busy: boolean;
  error: string | null;
}

export function useLatestAnswer<T>(ask: ((api: AnalyticsApi) => Promise<Outcome<T>>) | null): LatestAnswer<T> {
  const revision = useAppStore(selectors.dataRevision);
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const workspaceId = useAppStore(selectors.activeWorkspaceId);
  const [held, setHeld] = useState<Held<T>>({ workspaceId, value: undefined, busy: true, error: null });

  useEffect(() => {
    if (workspaceStatus !== 'ready' || !ask) return;
    let current = true;
    // Another workspace's answer is never shown for this one.
    setHeld((previous) =>
      previous.workspaceId === workspaceId ? { ...previous, busy: true } : { workspaceId, value: undefined, busy: true, error: null },
    );
    ask(analytics()).then(
      (outcome) => {
        if (!current) return;
        setHeld((previous) =>
          outcome.ok
            ? { workspaceId, value: outcome.value, busy: false, error: null }
            : { ...previous, workspaceId, busy: false, error: outcome.message },
        );
      },
      (error: unknown) => {
        if (current) setHeld((previous) => ({ ...previous, busy: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [ask, revision, workspaceStatus, workspaceId]);

  const sameWorkspace = held.workspaceId === workspaceId;
  return {
    value: sameWorkspace ? held.value : undefined,
    busy: !sameWorkspace || held.busy || workspaceStatus !== 'ready',
    error: sameWorkspace ? held.error : null,
  };
}
