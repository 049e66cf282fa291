/**
 * Asks the analytics worker a question and re-asks whenever the loaded data
 * changes (dataRevision) or the question does. Wrap `ask` in useCallback: its
 * identity is the question.
 */
import { useEffect, useState } from 'react';
import type { Outcome } from '../db/outcome';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { AnalyticsApi } from './analytics-api';
import { analytics } from './analytics-client';

export type QueryState<T> =
  | { status: 'waiting' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string };

export function useAnalyticsQuery<T>(ask: (api: AnalyticsApi) => Promise<Outcome<T>>): QueryState<T> {
  const revision = useAppStore(selectors.dataRevision);
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const [state, setState] = useState<QueryState<T>>({ status: 'waiting' });

  useEffect(() => {
    if (workspaceStatus !== 'ready') {
      setState({ status: 'waiting' });
      return;
    }
    let current = true;
    setState({ status: 'waiting' });
    ask(analytics()).then(
      (outcome) => {
        if (current) setState(outcome.ok ? { status: 'ready', value: outcome.value } : { status: 'failed', message: outcome.message });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [ask, revision, workspaceStatus]);

  return state;
}
