import { createContext, useContext } from 'react';
import type { EngineClient } from '../worker/client-base.ts';

/** Makes an engine client: the module worker in the app, the in-thread core in component tests. */
export type ClientFactory = () => EngineClient;

export const EngineContext = createContext<ClientFactory | null>(null);

export function useClientFactory(): ClientFactory {
  const factory = useContext(EngineContext);
  if (factory === null) throw new Error('useClientFactory: no EngineContext provider above this component.');
  return factory;
}
