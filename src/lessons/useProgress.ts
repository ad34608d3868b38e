import { useEffect, useState } from 'react';
import { readProgress, writeProgress, type Progress } from './progress.ts';

/**
 * The saved reading progress, and whether what was saved could not be read (it
 * is then replaced by what could be kept, so the notice shows once).
 */
export function useProgress(): { progress: Progress; corrupt: boolean; dismiss(): void } {
  const [state, setState] = useState(() => readProgress());
  useEffect(() => {
    if (state.corrupt) writeProgress(state.progress);
  }, [state]);
  return { progress: state.progress, corrupt: state.corrupt, dismiss: () => setState((s) => ({ ...s, corrupt: false })) };
}
