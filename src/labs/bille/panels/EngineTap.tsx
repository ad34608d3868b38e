import { useMemo, useState, type ReactNode } from 'react';
import { EngineContext, useClientFactory } from '../../../app/engine-context.ts';
import type { EngineClient } from '../../../worker/client-base.ts';

/**
 * Hands its children the engine client the lab's run uses, so a panel can
 * send requests (evaluate, generate) to the same network that trains. The
 * lab's run makes its client through the context; this wraps the factory
 * and keeps the latest client it made.
 */
export function EngineTap({ children }: { children: (client: EngineClient | null) => ReactNode }) {
  const parent = useClientFactory();
  const [client, setClient] = useState<EngineClient | null>(null);
  const factory = useMemo(
    () => () => {
      const made = parent();
      setClient(made);
      return made;
    },
    [parent],
  );
  return <EngineContext.Provider value={factory}>{children(client)}</EngineContext.Provider>;
}
