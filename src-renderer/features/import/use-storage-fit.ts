/**
 * Before the import starts: would its orders fit in the room this browser still
 * gives the app? The stored columns take less than the file's text (typed arrays
 * and dictionaries instead of characters), so the file's size is a safe upper
 * estimate. A failed write still rolls back (QuotaExceededError leaves the
 * workspace as it was); this only spares the user a long wait for that.
 */
import { useEffect, useState } from 'react';
import { checkFits, type FitCheck } from '../../db/storage';

export function useStorageFit(bytesNeeded: number): FitCheck | null {
  const [check, setCheck] = useState<FitCheck | null>(null);
  useEffect(() => {
    let current = true;
    void checkFits(bytesNeeded).then((result) => {
      if (current) setCheck(result);
    });
    return () => {
      current = false;
    };
  }, [bytesNeeded]);
  return check;
}
