/** Saves rejected rows as a CSV through the bridge (save dialog or browser download). */
import { useCallback, useState } from 'react';
import { bridge } from '../../bridge';
import { describeError, type Outcome } from '../../db/outcome';
import { rejectedRowsFileName } from './rejected-rows';

export interface SaveRejectedRows {
  save(sourceName: string, csv: () => Promise<Outcome<string>>): Promise<void>;
  /** Why the last save failed ('' when it did not). */
  error: string;
}

export function useSaveRejectedRows(): SaveRejectedRows {
  const [error, setError] = useState('');
  const save = useCallback(async (sourceName: string, csv: () => Promise<Outcome<string>>) => {
    setError('');
    try {
      const text = await csv();
      if (!text.ok) return setError(text.message);
      await bridge.saveFile({ suggestedName: rejectedRowsFileName(sourceName), data: text.value, filters: [{ name: 'CSV', extensions: ['csv'] }] });
    } catch (failure) {
      setError(describeError(failure));
    }
  }, []);
  return { save, error };
}
