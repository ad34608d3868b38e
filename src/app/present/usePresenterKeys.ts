import { useLayoutEffect, useRef } from 'react';
import { presenterAction, type PresenterAction } from './keys.ts';

/**
 * Listens for the presenter's keys on the whole window while mounted. A layout
 * effect, so the keys work from the moment the first slide is on screen.
 */
export function usePresenterKeys(onAction: (action: PresenterAction) => void): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterAction(e);
      if (!action) return;
      e.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
